/// A wire-load model (`wire_load` group): the estimated length of a net from its fanout, and
/// its capacitance and resistance per unit length.
public struct LibertyWireLoad: Equatable, Sendable {
    /// How the estimated wire is arranged between driver and loads (`tree_type`).
    public enum Tree: String, Equatable, Sendable {
        case balanced = "balanced_tree"
        case worstCase = "worst_case_tree"
        case bestCase = "best_case_tree"
    }

    /// Capacitance per unit length.
    public var capacitance = 0.0
    /// Resistance per unit length.
    public var resistance = 0.0
    /// Length added per fanout beyond the table.
    public var slope = 0.0
    /// `fanout_length` pairs, sorted by fanout.
    public var fanoutLengths: [(fanout: Double, length: Double)] = []

    /// An empty model. - Complexity: O(1)
    public init() {}

    public static func == (a: Self, b: Self) -> Bool {
        a.capacitance == b.capacitance && a.resistance == b.resistance && a.slope == b.slope
            && a.fanoutLengths.elementsEqual(b.fanoutLengths) { $0.fanout == $1.fanout && $0.length == $1.length }
    }

    /// The estimated length for `fanout` loads: interpolated in the table, extrapolated with
    /// `slope` beyond it (never below 0). - Complexity: O(log table)
    public func length(fanout: Double) -> Double {
        guard let first = fanoutLengths.first, let last = fanoutLengths.last else { return 0 }
        if fanout < first.fanout { return max(first.length - (first.fanout - fanout) * slope, 0) }
        if fanout >= last.fanout { return last.length + (fanout - last.fanout) * slope }
        var (lower, upper) = (0, fanoutLengths.count - 1)
        while upper - lower > 1 {
            let mid = (lower + upper) / 2
            if fanout >= fanoutLengths[mid].fanout { lower = mid } else { upper = mid }
        }
        let (a, b) = (fanoutLengths[lower], fanoutLengths[lower + 1])
        return a.length + (fanout - a.fanout) * (b.length - a.length) / (b.fanout - a.fanout)
    }

    /// The estimated wire capacitance and resistance for `fanout` loads. - Complexity: O(log table)
    public func wire(fanout: Double) -> (capacitance: Double, resistance: Double) {
        let length = length(fanout: fanout)
        return (length * capacitance, length * resistance)
    }
}
