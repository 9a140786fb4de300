/// A signal transition: rising or falling.
public enum RiseFall: Int, Sendable, CaseIterable {
    case rise, fall
}
