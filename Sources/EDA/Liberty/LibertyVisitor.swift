/// Receives a Liberty file from `LibertyParser` as events, in file order: a group opens, its
/// attributes and nested groups follow, it closes. Values are only valid during the call (they
/// point into the file's bytes); every method may throw to stop the parse.
protocol LibertyVisitor {
    /// `name (arguments) {` at `location`.
    mutating func beginGroup(_ name: LibertyWord, arguments: [LibertyWord], at location: NetlistLocation) throws
    /// The `}` that closes the innermost open group.
    mutating func endGroup() throws
    /// `name : value ;` (a value of several words, `a + b`, arrives as its words).
    mutating func simpleAttribute(_ name: LibertyWord, value: [LibertyWord], at location: NetlistLocation) throws
    /// `name (value, value, …) ;`, `define (…)` among them.
    mutating func complexAttribute(_ name: LibertyWord, values: [LibertyWord], at location: NetlistLocation) throws
}
