/// An analysis corner: `min` for hold (early) checks, `max` for setup (late) checks.
public enum MinMax: Int, Sendable, CaseIterable {
    case min, max
}
