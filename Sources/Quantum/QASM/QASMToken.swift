/// One token of an OpenQASM 2 program.
struct QASMToken: Equatable {
    enum Kind: Equatable {
        case identifier, integer, real, string, symbol, end
    }

    var kind: Kind
    /// The text (a string's contents without the quotes).
    var text: String
    var location: QASMLocation

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol && text == symbol }
    func isIdentifier(_ name: String) -> Bool { kind == .identifier && text == name }

    /// The token as an error message shows it.
    var shown: String {
        switch kind {
        case .end: return "the end of the file"
        case .string: return "the string \"\(text.prefix(40))\""
        case .integer, .real: return "the number \(text.prefix(40))"
        case .identifier: return "'\(text.prefix(40))'"
        case .symbol: return "'\(text)'"
        }
    }
}
