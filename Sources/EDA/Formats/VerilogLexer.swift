/// A token of structural Verilog.
struct VerilogToken: Equatable {
    enum Kind: Equatable { case identifier, number, symbol, end }
    var kind: Kind
    var text: String
    var at: NetlistLocation

    /// How an error message shows the token.
    var shown: String { kind == .end ? "end of file" : "'\(text.count > 40 ? String(text.prefix(40)) + "…" : text)'" }
}

/// Splits Verilog source into identifiers (plain or escaped `\name`), numbers (`12`, `1'b0`,
/// `'h1`), and symbols (two-character `~^ ^~ && || ~& ~|` first), skipping whitespace,
/// `//` and `/* */` comments and `(* … *)` attributes. Tracks line and column.
struct VerilogLexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var location: NetlistLocation { NetlistLocation(line: line, column: pos - lineStart + 1) }

    private func byte(_ offset: Int = 0) -> UInt8? { pos + offset < bytes.count ? bytes[pos + offset] : nil }

    private mutating func step() {
        if bytes[pos] == 0x0A {
            line += 1
            lineStart = pos + 1
        }
        pos += 1
    }

    private static func isIdentifierStart(_ b: UInt8) -> Bool {
        (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }

    private static func isIdentifierPart(_ b: UInt8) -> Bool {
        isIdentifierStart(b) || (b >= 0x30 && b <= 0x39) || b == 0x24
    }

    /// Whether `b` is a one-byte symbol: `( ) [ ] { } , ; : = & | ^ ~ ! ? . # @`.
    private static func isSymbol(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"),
             UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "&"), UInt8(ascii: "|"),
             UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "."), UInt8(ascii: "#"),
             UInt8(ascii: "@"):
            return true
        default:
            return false
        }
    }

    /// Whether `a b` is a two-byte symbol: `~^ ^~ && || ~& ~|`.
    private static func isPair(_ a: UInt8, _ b: UInt8) -> Bool {
        switch (a, b) {
        case (UInt8(ascii: "~"), UInt8(ascii: "^")), (UInt8(ascii: "^"), UInt8(ascii: "~")), (UInt8(ascii: "&"), UInt8(ascii: "&")),
             (UInt8(ascii: "|"), UInt8(ascii: "|")), (UInt8(ascii: "~"), UInt8(ascii: "&")), (UInt8(ascii: "~"), UInt8(ascii: "|")):
            return true
        default:
            return false
        }
    }

    /// The text of each one-byte symbol, made once.
    private static let symbolText: [String] = (0 ..< 256).map { String(decoding: [UInt8($0)], as: UTF8.self) }

    /// The next token (`.end` at the end of the input).
    /// - Throws: `NetlistError` for an unterminated comment or attribute, or a stray byte.
    /// - Complexity: O(length of the token and the blanks before it)
    mutating func next() throws -> VerilogToken {
        try skipBlanks()
        let at = location
        guard let b = byte() else { return VerilogToken(kind: .end, text: "", at: at) }
        let start = pos
        if Self.isIdentifierStart(b) {
            while let c = byte(), Self.isIdentifierPart(c) { step() }
        } else if b == UInt8(ascii: "\\") {
            step()
            while let c = byte(), c > 0x20, c != 0x7F { step() }
            guard pos > start + 1 else {
                throw NetlistError(.expected("an escaped identifier after '\\'", found: "white space"), at: at)
            }
            return VerilogToken(kind: .identifier, text: String(decoding: bytes[(start + 1) ..< pos], as: UTF8.self), at: at)
        } else if (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "'") {
            while let c = byte(), (c >= 0x30 && c <= 0x39) || c == UInt8(ascii: "_") { step() }
            if byte() == UInt8(ascii: "'") {
                step()
                if let c = byte(), c == UInt8(ascii: "s") || c == UInt8(ascii: "S") { step() }
                while let c = byte(), Self.isIdentifierPart(c) || c == UInt8(ascii: "?") { step() }
            }
            return VerilogToken(kind: .number, text: String(decoding: bytes[start ..< pos], as: UTF8.self), at: at)
        } else {
            if let next = byte(1), Self.isPair(b, next) {
                step(); step()
                return VerilogToken(kind: .symbol, text: String(decoding: bytes[start ..< pos], as: UTF8.self), at: at)
            }
            guard Self.isSymbol(b) else {
                let shown = b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))"
                throw NetlistError(.expected("an identifier, a number or one of ( ) [ ] , ; : = & | ^ ~ ?", found: shown), at: at)
            }
            step()
            return VerilogToken(kind: .symbol, text: Self.symbolText[Int(b)], at: at)
        }
        return VerilogToken(kind: .identifier, text: String(decoding: bytes[start ..< pos], as: UTF8.self), at: at)
    }

    private mutating func skipBlanks() throws {
        while let b = byte() {
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                step()
            } else if b == UInt8(ascii: "/") && byte(1) == UInt8(ascii: "/") {
                while let c = byte(), c != 0x0A { step() }
            } else if b == UInt8(ascii: "/") && byte(1) == UInt8(ascii: "*") {
                try skip(until: "*/", what: "comment")
            } else if b == UInt8(ascii: "(") && byte(1) == UInt8(ascii: "*") && byte(2) != UInt8(ascii: ")") {
                try skip(until: "*)", what: "attribute")
            } else {
                return
            }
        }
    }

    /// Skips from the current opener past `close`.
    private mutating func skip(until close: String, what: String) throws {
        let at = location
        let c = Array(close.utf8)
        step(); step()
        while pos < bytes.count {
            if bytes[pos] == c[0], byte(1) == c[1] {
                step(); step()
                return
            }
            step()
        }
        throw NetlistError(.expected("'\(close)' closing the \(what) opened at \(at)", found: "end of file"), at: location)
    }
}
