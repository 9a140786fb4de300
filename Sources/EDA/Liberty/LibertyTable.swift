/// A lookup table of a Liberty library (NLDM): up to three axes, each a variable with its
/// breakpoints, and the values over their grid, row-major (the first axis varies slowest).
/// A table of order 0 holds one value (`scalar`).
public struct LibertyTable: Equatable, Sendable {
    /// What an axis measures.
    public enum Variable: String, Equatable, Sendable {
        case inputNetTransition = "input_net_transition"
        case inputTransitionTime = "input_transition_time"
        case totalOutputNetCapacitance = "total_output_net_capacitance"
        case equalOrOppositeOutputNetCapacitance = "equal_or_opposite_output_net_capacitance"
        case relatedPinTransition = "related_pin_transition"
        case constrainedPinTransition = "constrained_pin_transition"
        case relatedOutTotalOutputNetCapacitance = "related_out_total_output_net_capacitance"
        case other
    }

    /// One axis: its variable and breakpoints (at least one).
    public struct Axis: Equatable, Sendable {
        public var variable: Variable
        public var values: [Double]

        /// Creates an axis. - Complexity: O(1)
        public init(_ variable: Variable, _ values: [Double]) {
            self.variable = variable
            self.values = values
        }
    }

    /// The axes, at most three.
    public var axes: [Axis]
    /// The values, `axes.map(\.values.count).reduce(1, *)` of them.
    public var values: [Double]

    /// A table over `axes` with `values` row-major. - Complexity: O(1)
    public init(axes: [Axis], values: [Double]) {
        precondition(axes.count <= 3 && values.count == axes.reduce(1) { $0 * $1.values.count })
        self.axes = axes
        self.values = values
    }

    /// The number of axes. - Complexity: O(1)
    public var order: Int { axes.count }
}
