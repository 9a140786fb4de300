/// Where a library measures its delays and slews, as fractions of the supply: the input and
/// output crossings delays run between (`input_threshold_pct_*`, `output_threshold_pct_*`),
/// the lower and upper crossings of a slew (`slew_lower_threshold_pct_*`,
/// `slew_upper_threshold_pct_*`), and `slew_derate_from_library` (table slews times it are
/// the lower-to-upper times). Defaults are Liberty's: 50 %, 20 % and 80 %, derate 1.
public struct LibertyThresholds: Equatable, Sendable {
    /// Per transition (indexed by `RiseFall.rawValue`).
    public var input = [0.5, 0.5]
    public var output = [0.5, 0.5]
    public var slewLower = [0.2, 0.2]
    public var slewUpper = [0.8, 0.8]
    /// `slew_derate_from_library`.
    public var slewDerate = 1.0

    /// Liberty's defaults. - Complexity: O(1)
    public init() {}

    /// Sets the attribute `name` (a `*_threshold_pct_*` or `slew_derate_from_library`) to
    /// `value`; returns whether `name` is one of them. - Complexity: O(1)
    mutating func set(_ name: String, _ value: Double) -> Bool {
        if name == "slew_derate_from_library" {
            slewDerate = value
            return true
        }
        let rf: RiseFall
        if name.hasSuffix("_rise") { rf = .rise } else if name.hasSuffix("_fall") { rf = .fall } else { return false }
        switch name.dropLast(5) {
        case "input_threshold_pct": input[rf.rawValue] = value / 100
        case "output_threshold_pct": output[rf.rawValue] = value / 100
        case "slew_lower_threshold_pct": slewLower[rf.rawValue] = value / 100
        case "slew_upper_threshold_pct": slewUpper[rf.rawValue] = value / 100
        default: return false
        }
        return true
    }
}
