/// The factors `set_timing_derate` sets: per kind of delay (cell delay, cell timing check, net
/// delay), per path (clock or data), per transition, early (`min`) or late (`max`); 1 when unset.
public struct TimingDerates: Equatable, Sendable {
    /// What a derate scales.
    public enum Kind: Int, Sendable, CaseIterable {
        case cellDelay, cellCheck, netDelay
    }

    /// Which paths a derate applies to.
    public enum Path: Int, Sendable, CaseIterable {
        case clock, data
    }

    private var factors = [Double](repeating: 1, count: 24)

    /// No derating. - Complexity: O(1)
    public init() {}

    /// The factor for `kind` on `path`, transition `riseFall`, early (`.min`) or late (`.max`).
    /// - Complexity: O(1)
    public subscript(_ kind: Kind, _ path: Path, _ riseFall: RiseFall, _ earlyLate: MinMax) -> Double {
        get { factors[((kind.rawValue * 2 + path.rawValue) * 2 + riseFall.rawValue) * 2 + earlyLate.rawValue] }
        set { factors[((kind.rawValue * 2 + path.rawValue) * 2 + riseFall.rawValue) * 2 + earlyLate.rawValue] = newValue }
    }

    /// Sets `factor` for the given kinds and paths and the selected transitions and corners.
    /// - Complexity: O(1)
    public mutating func set(_ factor: Double, kinds: [Kind], paths: [Path], _ selection: RiseFallMinMaxSelection) {
        for kind in kinds {
            for path in paths {
                for riseFall in RiseFall.allCases {
                    for earlyLate in MinMax.allCases where selection.contains(riseFall, earlyLate) {
                        self[kind, path, riseFall, earlyLate] = factor
                    }
                }
            }
        }
    }
}
