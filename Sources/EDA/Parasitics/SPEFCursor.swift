/// The tokens of a SPEF file, one at a time: words separated by white space, `"quoted strings"`
/// as one token, `//` and `/* */` comments skipped, a backslash keeping the next byte in the
/// word (`a\/b`, `n\[3\]`). Tokens are byte ranges of the input; each knows its line and column.
struct SPEFCursor {
    /// One token: where it is in the input and where it starts in the text.
    struct Token {
        var bytes: Range<Int>
        var location: NetlistLocation
    }

    let input: UnsafeBufferPointer<UInt8>
    private var position = 0
    private var line = 1
    private var lineStart = 0
    /// The token after the current one, once looked at.
    private var peeked: Token?

    init(_ input: UnsafeBufferPointer<UInt8>) { self.input = input }

    /// Where the cursor is (for errors at the end of the file).
    var location: NetlistLocation { peeked?.location ?? NetlistLocation(line: line, column: position - lineStart + 1) }

    /// The next token without taking it, or `nil` at the end of the file.
    /// - Throws: `NetlistError` for an unterminated string or comment. - Complexity: O(token)
    mutating func peek() throws -> Token? {
        if peeked == nil { peeked = try scan() }
        return peeked
    }

    /// Takes the next token, or `nil` at the end of the file. - Complexity: O(token)
    mutating func next() throws -> Token? {
        let token = try peek()
        peeked = nil
        return token
    }

    /// The text of `token`. - Complexity: O(token)
    func text(_ token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: input[token.bytes]), as: UTF8.self)
    }

    /// Whether `token` is a keyword: `*` and an upper-case letter (`*D_NET`), not a name-map
    /// reference (`*12`). - Complexity: O(1)
    func isKeyword(_ token: Token) -> Bool {
        token.bytes.count >= 2 && input[token.bytes.lowerBound] == UInt8(ascii: "*")
            && (UInt8(ascii: "A") ... UInt8(ascii: "Z")).contains(input[token.bytes.lowerBound + 1])
    }

    /// Whether `token` is exactly `word`. - Complexity: O(word)
    func token(_ token: Token, is word: StaticString) -> Bool {
        guard token.bytes.count == word.utf8CodeUnitCount else { return false }
        let start = word.utf8Start
        for k in 0 ..< token.bytes.count where input[token.bytes.lowerBound + k] != start[k] { return false }
        return true
    }

    private mutating func scan() throws -> Token? {
        try skipSpaceAndComments()
        guard position < input.count else { return nil }
        let start = position
        let location = NetlistLocation(line: line, column: start - lineStart + 1)
        if input[position] == UInt8(ascii: "\"") {
            position += 1
            while position < input.count, input[position] != UInt8(ascii: "\"") {
                if input[position] == UInt8(ascii: "\\") { position += 1 }
                if position < input.count, input[position] == UInt8(ascii: "\n") { newLine(at: position) }
                position += 1
            }
            guard position < input.count else {
                throw NetlistError(.expected("a closing \" for the string opened here", found: "the end of the file"), at: location)
            }
            position += 1
            return Token(bytes: start ..< position, location: location)
        }
        while position < input.count, !Self.isSpace(input[position]) {
            if input[position] == UInt8(ascii: "\\"), position + 1 < input.count, input[position + 1] != UInt8(ascii: "\n") {
                position += 1
            }
            position += 1
        }
        return Token(bytes: start ..< position, location: location)
    }

    private mutating func skipSpaceAndComments() throws {
        while position < input.count {
            let byte = input[position]
            if byte == UInt8(ascii: "\n") {
                newLine(at: position)
                position += 1
            } else if Self.isSpace(byte) {
                position += 1
            } else if byte == UInt8(ascii: "/"), position + 1 < input.count, input[position + 1] == UInt8(ascii: "/") {
                while position < input.count, input[position] != UInt8(ascii: "\n") { position += 1 }
            } else if byte == UInt8(ascii: "/"), position + 1 < input.count, input[position + 1] == UInt8(ascii: "*") {
                let opened = NetlistLocation(line: line, column: position - lineStart + 1)
                position += 2
                while position + 1 < input.count, !(input[position] == UInt8(ascii: "*") && input[position + 1] == UInt8(ascii: "/")) {
                    if input[position] == UInt8(ascii: "\n") { newLine(at: position) }
                    position += 1
                }
                guard position + 1 < input.count else {
                    throw NetlistError(.expected("*/ closing the comment opened here", found: "the end of the file"), at: opened)
                }
                position += 2
            } else {
                return
            }
        }
    }

    private mutating func newLine(at newline: Int) {
        line += 1
        lineStart = newline + 1
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
            || byte == 0x0C || byte == 0x0B
    }
}
