/// A value for each of rise/fall × min/max, any of them unset: how SDC stores delays,
/// transitions, loads and driving cells, each command setting the values it selects.
public struct RiseFallMinMax<Value>: Sendable where Value: Sendable {
    private var riseMin: Value?
    private var riseMax: Value?
    private var fallMin: Value?
    private var fallMax: Value?

    /// All four unset. - Complexity: O(1)
    public init() {}

    /// The value for `riseFall` at `minMax`, or `nil` when unset. - Complexity: O(1)
    public subscript(_ riseFall: RiseFall, _ minMax: MinMax) -> Value? {
        get {
            switch (riseFall, minMax) {
            case (.rise, .min): riseMin
            case (.rise, .max): riseMax
            case (.fall, .min): fallMin
            case (.fall, .max): fallMax
            }
        }
        set {
            switch (riseFall, minMax) {
            case (.rise, .min): riseMin = newValue
            case (.rise, .max): riseMax = newValue
            case (.fall, .min): fallMin = newValue
            case (.fall, .max): fallMax = newValue
            }
        }
    }

    /// Sets `value` for every selected combination. - Complexity: O(1)
    public mutating func set(_ value: Value, for selection: RiseFallMinMaxSelection) {
        for riseFall in RiseFall.allCases {
            for minMax in MinMax.allCases where selection.contains(riseFall, minMax) { self[riseFall, minMax] = value }
        }
    }

    /// Whether no value is set. - Complexity: O(1)
    public var isEmpty: Bool { riseMin == nil && riseMax == nil && fallMin == nil && fallMax == nil }
}

extension RiseFallMinMax: Equatable where Value: Equatable {}
