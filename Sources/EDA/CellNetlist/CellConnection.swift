/// One connection of a cell or module instance as written: `.pin(expression)` (named) or the
/// expression at its place in the list (positional, `pin == nil`). An empty connection (`.Q_N()`,
/// or an empty place `(a, , b)`) has no expression.
public struct CellConnection: Equatable, Sendable {
    /// The pin or port name of a named connection; `nil` for a positional one.
    public var pin: String?
    /// What the pin connects to; `nil` when it is left open.
    public var expression: NetExpression?
    /// Where the connection starts.
    public var at: NetlistLocation

    /// Creates a connection. - Complexity: O(1)
    public init(pin: String?, expression: NetExpression?, at: NetlistLocation) {
        self.pin = pin
        self.expression = expression
        self.at = at
    }
}
