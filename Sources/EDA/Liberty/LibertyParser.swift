/// Splits a Liberty file into groups and attributes and reports them to a `LibertyVisitor`:
///
///     statement := NAME '(' args ')' '{' statement* '}'      a group
///                | NAME '(' args ')' ';'?                    a complex attribute (define too)
///                | NAME ':' value+ ';'?                      a simple attribute
///
/// Arguments are separated by commas or blanks; words are bare or quoted (quoted ones may span
/// lines); `/* … */` and `//` comments, and a backslash before a newline, count as blanks. A
/// simple attribute without `;` ends at the end of its line.
struct LibertyParser {
    /// Deepest group nesting accepted (the parser recurses per level; real libraries nest ~6).
    static let maxNesting = 200

    private enum Token {
        case word(LibertyWord)
        case open, close, openBrace, closeBrace, colon, semicolon, comma
        case end
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var line = 1
    private var lineStart = 0
    /// Whether a newline was skipped before the token just read.
    private var newlineBefore = false
    /// Where the token just read starts.
    private var tokenLocation = NetlistLocation(line: 1, column: 1)
    private var peeked: Token?

    /// Parses `bytes` into `visitor`.
    /// - Throws: `NetlistError` naming the line and column and what was expected, or whatever
    ///   the visitor throws. - Complexity: O(n)
    static func parse<V: LibertyVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, into visitor: inout V) throws {
        var parser = LibertyParser(bytes: bytes)
        try parser.statements(into: &visitor, depth: 0)
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private var location: NetlistLocation { NetlistLocation(line: line, column: pos - lineStart + 1) }

    private mutating func statements<V: LibertyVisitor>(into visitor: inout V, depth: Int) throws {
        while true {
            let token = try next()
            switch token {
            case .end:
                if depth > 0 { throw NetlistError(.expected("'}' closing the group", found: "the end of the file"), at: tokenLocation) }
                return
            case .closeBrace:
                if depth == 0 { throw NetlistError(.expected("a group or an attribute", found: "'}' with no open group"), at: tokenLocation) }
                return
            case .semicolon:
                continue
            case .word(let name):
                try statement(name, into: &visitor, depth: depth)
            default:
                throw NetlistError(.expected("a group or attribute name", found: describe(token)), at: tokenLocation)
            }
        }
    }

    private mutating func statement<V: LibertyVisitor>(_ name: LibertyWord, into visitor: inout V, depth: Int) throws {
        let token = try next()
        switch token {
        case .colon:
            var value: [LibertyWord] = []
            while true {
                let t = try peek()
                if case .word(let w) = t, value.isEmpty || !newlineBefore {
                    _ = try next()
                    value.append(w)
                } else { break }
            }
            guard !value.isEmpty else {
                throw NetlistError(.expected("a value after '\(name.string):'", found: describe(try peek())), at: tokenLocation)
            }
            if case .semicolon = try peek() { _ = try next() }
            try visitor.simpleAttribute(name, value: value, at: name.location)
        case .open:
            let arguments = try argumentList(of: name)
            if case .openBrace = try peek() {
                _ = try next()
                guard depth < LibertyParser.maxNesting else {
                    throw NetlistError(.unsupported("groups nested deeper than \(LibertyParser.maxNesting) levels"), at: name.location)
                }
                try visitor.beginGroup(name, arguments: arguments, at: name.location)
                try statements(into: &visitor, depth: depth + 1)
                try visitor.endGroup()
            } else {
                if case .semicolon = try peek() { _ = try next() }
                try visitor.complexAttribute(name, values: arguments, at: name.location)
            }
        default:
            throw NetlistError(.expected("':' or '(' after '\(name.string)'", found: describe(token)), at: tokenLocation)
        }
    }

    private mutating func argumentList(of name: LibertyWord) throws -> [LibertyWord] {
        var arguments: [LibertyWord] = []
        while true {
            let token = try next()
            switch token {
            case .close: return arguments
            case .comma: continue
            case .word(let w): arguments.append(w)
            default:
                throw NetlistError(.expected("')' closing the arguments of '\(name.string)'", found: describe(token)), at: tokenLocation)
            }
        }
    }

    private func describe(_ token: Token) -> String {
        switch token {
        case .word(let w): "'\(w.string.prefix(40))'"
        case .open: "'('"
        case .close: "')'"
        case .openBrace: "'{'"
        case .closeBrace: "'}'"
        case .colon: "':'"
        case .semicolon: "';'"
        case .comma: "','"
        case .end: "the end of the file"
        }
    }

    // MARK: - Tokens

    private mutating func peek() throws -> Token {
        if let peeked { return peeked }
        let token = try scan()
        peeked = token
        return token
    }

    private mutating func next() throws -> Token {
        if let token = peeked {
            peeked = nil
            return token
        }
        return try scan()
    }

    private mutating func newline(at i: Int) {
        line += 1
        lineStart = i + 1
    }

    /// Skips blanks, newlines, comments and continuations, noting whether a newline passed.
    private mutating func skipBlanks() throws {
        newlineBefore = false
        while pos < bytes.count {
            let b = bytes[pos]
            if b == 0x0A {
                newline(at: pos)
                newlineBefore = true
                pos += 1
            } else if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C {
                pos += 1
            } else if b == UInt8(ascii: "/"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "*") {
                let start = location
                pos += 2
                while pos + 1 < bytes.count, !(bytes[pos] == UInt8(ascii: "*") && bytes[pos + 1] == UInt8(ascii: "/")) {
                    if bytes[pos] == 0x0A { newline(at: pos) }
                    pos += 1
                }
                guard pos + 1 < bytes.count else {
                    throw NetlistError(.expected("'*/' closing the comment opened here", found: "the end of the file"), at: start)
                }
                pos += 2
            } else if b == UInt8(ascii: "/"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "/") {
                while pos < bytes.count, bytes[pos] != 0x0A { pos += 1 }
            } else if let end = LibertyWord.continuationEnd(bytes, at: pos) {
                newline(at: end - 1)
                pos = end
            } else {
                return
            }
        }
    }

    private static func isPunctuation(_ b: UInt8) -> Bool {
        switch b {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ":"),
             UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\""), 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C:
            true
        default:
            false
        }
    }

    /// The next token.
    /// - Throws: `NetlistError` for an unclosed comment or string.
    private mutating func scan() throws -> Token {
        try skipBlanks()
        tokenLocation = location
        guard pos < bytes.count else { return .end }
        let b = bytes[pos]
        pos += 1
        switch b {
        case UInt8(ascii: "("): return .open
        case UInt8(ascii: ")"): return .close
        case UInt8(ascii: "{"): return .openBrace
        case UInt8(ascii: "}"): return .closeBrace
        case UInt8(ascii: ":"): return .colon
        case UInt8(ascii: ";"): return .semicolon
        case UInt8(ascii: ","): return .comma
        case UInt8(ascii: "\""):
            let start = pos
            while pos < bytes.count, bytes[pos] != UInt8(ascii: "\"") {
                if bytes[pos] == UInt8(ascii: "\\"), pos + 1 < bytes.count, bytes[pos + 1] == UInt8(ascii: "\"") { pos += 1 }
                if bytes[pos] == 0x0A { newline(at: pos) }
                pos += 1
            }
            guard pos < bytes.count else {
                throw NetlistError(.expected("'\"' closing the string opened here", found: "the end of the file"), at: tokenLocation)
            }
            pos += 1
            return .word(LibertyWord(bytes: UnsafeBufferPointer(rebasing: bytes[start ..< pos - 1]), isQuoted: true, location: tokenLocation))
        default:
            let start = pos - 1
            while pos < bytes.count, !LibertyParser.isPunctuation(bytes[pos]) {
                if LibertyWord.continuationEnd(bytes, at: pos) != nil { break }
                pos += 1
            }
            return .word(LibertyWord(bytes: UnsafeBufferPointer(rebasing: bytes[start ..< pos]), isQuoted: false, location: tokenLocation))
        }
    }

}
