/// Which of the four (rise, fall) × (min, max) values an SDC command sets: `-rise`, `-fall`,
/// `-min`, `-max` each narrow it; neither of a pair selects both.
public struct RiseFallMinMaxSelection: Equatable, Sendable {
    public var rise: Bool
    public var fall: Bool
    public var min: Bool
    public var max: Bool

    /// All four values.
    public static let all = RiseFallMinMaxSelection(rise: true, fall: true, min: true, max: true)

    /// Creates a selection. - Complexity: O(1)
    public init(rise: Bool, fall: Bool, min: Bool, max: Bool) {
        (self.rise, self.fall, self.min, self.max) = (rise, fall, min, max)
    }

    /// The selection SDC flags make: a pair with neither flag given selects both. - Complexity: O(1)
    public init(riseFlag: Bool, fallFlag: Bool, minFlag: Bool, maxFlag: Bool) {
        self.init(rise: riseFlag || !fallFlag, fall: fallFlag || !riseFlag, min: minFlag || !maxFlag, max: maxFlag || !minFlag)
    }

    /// Whether the selection includes `riseFall` at `minMax`. - Complexity: O(1)
    public func contains(_ riseFall: RiseFall, _ minMax: MinMax) -> Bool {
        (riseFall == .rise ? rise : fall) && (minMax == .min ? min : max)
    }
}
