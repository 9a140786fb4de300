/// One token of a SPICE statement: its text and where it starts.
struct SPICEToken: Sendable {
    /// The text, quotes removed from a quoted token.
    var text: String
    var location: NetlistLocation
    /// Whether the token was quoted (`"…"`, `'…'`) or braced (`{…}`): an expression or a path,
    /// never a node name.
    var isQuoted = false
    /// `name=value`: the parameter's name (`text` is then the value).
    var parameter: String?

    /// The text in lower case (SPICE names and keywords are case-insensitive). - Complexity: O(text)
    var key: String { text.lowercased() }
}

/// One logical SPICE line: a line and its `+` continuation lines, comments removed.
struct SPICEStatement: Sendable {
    var tokens: [SPICEToken]
    /// Where the statement starts.
    var location: NetlistLocation { tokens[0].location }
}

/// Splits SPICE text into statements, as ngspice reads a deck:
/// - a line whose first non-blank character is `*` is a comment, and so is a blank line; neither
///   ends the statement being continued;
/// - a line starting (after blanks) with `+` continues the statement before it;
/// - `;` starts a comment anywhere outside quotes, and `$` does at the start of a word;
/// - words are separated by blanks, commas and parentheses; `"…"`, `'…'` and `{…}` are one
///   word each; `name = value` (blanks around `=` allowed) is one parameter token.
///
/// Memory is proportional to the input: every token holds at least one byte of it.
enum SPICEStatements {
    /// The statements of `input`; with `skippingTitle`, the first line is a title, not a statement.
    /// - Throws: `NetlistError` for a `+` line with nothing to continue, an unterminated quote or
    ///   brace, or a `=` without a name or a value. - Complexity: O(n), n = `input.count`
    static func split(_ input: UnsafeBufferPointer<UInt8>, skippingTitle: Bool = false) throws -> [SPICEStatement] {
        var statements: [SPICEStatement] = []
        var current: [SPICEToken] = []
        var line = 0, start = 0
        if skippingTitle {
            while start < input.count, input[start] != UInt8(ascii: "\n") { start += 1 }
            start += 1
            line = 1
        }
        while start < input.count {
            line += 1
            var end = start
            while end < input.count, input[end] != UInt8(ascii: "\n") { end += 1 }
            let next = end + 1
            var first = start
            while first < end, isBlank(input[first]) { first += 1 }
            defer { start = next }
            guard first < end, input[first] != UInt8(ascii: "*") else { continue }
            let isContinuation = input[first] == UInt8(ascii: "+")
            if isContinuation {
                guard !current.isEmpty else {
                    throw NetlistError(.expected("a statement before this '+' continuation line", found: "none"),
                                       at: NetlistLocation(line: line, column: first - start + 1))
                }
                first += 1
            } else if !current.isEmpty {
                statements.append(SPICEStatement(tokens: try joinParameters(current)))
                current = []
            }
            try tokenize(input, from: first, to: end, lineStart: start, line: line, into: &current)
        }
        if !current.isEmpty { statements.append(SPICEStatement(tokens: try joinParameters(current))) }
        return statements
    }

    private static func tokenize(_ input: UnsafeBufferPointer<UInt8>, from first: Int, to end: Int, lineStart: Int, line: Int,
                                 into tokens: inout [SPICEToken]) throws {
        var i = first
        func location(_ at: Int) -> NetlistLocation { NetlistLocation(line: line, column: at - lineStart + 1) }
        func text(_ range: Range<Int>) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: input[range]), as: UTF8.self)
        }
        while i < end {
            let byte = input[i]
            if isSeparator(byte) {
                i += 1
                continue
            }
            if byte == UInt8(ascii: ";") || byte == UInt8(ascii: "$") { return }  // inline comment
            if byte == UInt8(ascii: "=") {
                tokens.append(SPICEToken(text: "=", location: location(i)))
                i += 1
                continue
            }
            if let close = closing(of: byte) {
                var j = i + 1
                while j < end, input[j] != close { j += 1 }
                guard j < end else {
                    throw NetlistError(.expected("a closing \(Character(UnicodeScalar(close))) on the same line", found: "the end of the line"),
                                       at: location(i))
                }
                tokens.append(SPICEToken(text: text(i + 1 ..< j), location: location(i), isQuoted: true))
                i = j + 1
                continue
            }
            var j = i
            while j < end, !isSeparator(input[j]), input[j] != UInt8(ascii: "="), input[j] != UInt8(ascii: ";") { j += 1 }
            tokens.append(SPICEToken(text: text(i ..< j), location: location(i)))
            i = j
        }
    }

    /// Turns `name`, `=`, `value` into one parameter token.
    private static func joinParameters(_ tokens: [SPICEToken]) throws -> [SPICEToken] {
        var joined: [SPICEToken] = []
        joined.reserveCapacity(tokens.count)
        var k = 0
        while k < tokens.count {
            let token = tokens[k]
            guard token.text == "=" && !token.isQuoted else {
                joined.append(token)
                k += 1
                continue
            }
            guard let name = joined.last, !name.isQuoted, name.parameter == nil, name.text != "=" else {
                throw NetlistError(.expected("a parameter name before '='", found: joined.last.map { "'\($0.text)'" } ?? "none"), at: token.location)
            }
            guard k + 1 < tokens.count, tokens[k + 1].isQuoted || tokens[k + 1].text != "=" else {
                throw NetlistError(.expected("a value after '\(name.text)='", found: k + 1 < tokens.count ? "'='" : "the end of the statement"),
                                   at: token.location)
            }
            var value = tokens[k + 1]
            value.parameter = name.text
            value.location = name.location
            joined[joined.count - 1] = value
            k += 2
        }
        return joined
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") || byte == 0x0C || byte == 0x0B
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        isBlank(byte) || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")
    }

    private static func closing(of byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "\""): UInt8(ascii: "\"")
        case UInt8(ascii: "'"): UInt8(ascii: "'")
        case UInt8(ascii: "{"): UInt8(ascii: "}")
        default: nil
        }
    }
}
