/// Splits OpenQASM 2 text into tokens: identifiers (`[A-Za-z_][A-Za-z0-9_]*`, an uppercase first
/// letter accepted as Qiskit does), integers, reals (`1.5`, `.5`, `2.`, `1e-3`), strings, the
/// symbols `; , ( ) [ ] { } + - * / ^ -> ==`, skipping white space (CRLF included) and `//`
/// comments to the end of the line. Non-ASCII bytes are allowed in comments only.
struct QASMLexer {
    private let bytes: [UInt8]
    private let file: String?
    private var index = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: [UInt8], file: String?) {
        self.bytes = bytes
        self.file = file
    }

    /// The next token, `.end` at the end of the input (and after it).
    /// - Throws: `QASMError` on a character no token starts with, or an unterminated string.
    /// - Complexity: O(token length + skipped space and comments)
    mutating func next() throws -> QASMToken {
        skipSpaceAndComments()
        let location = QASMLocation(line: line, column: index - lineStart + 1)
        guard index < bytes.count else { return QASMToken(kind: .end, text: "", location: location) }
        let start = index
        let byte = bytes[index]
        if isLetter(byte) {
            while index < bytes.count, isLetter(bytes[index]) || isDigit(bytes[index]) { index += 1 }
            return token(.identifier, from: start, at: location)
        }
        if isDigit(byte) || (byte == UInt8(ascii: ".") && index + 1 < bytes.count && isDigit(bytes[index + 1])) {
            return try number(at: location)
        }
        if byte == UInt8(ascii: "\"") {
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\""), bytes[index] != UInt8(ascii: "\n") { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw QASMError(.expected("a closing '\"' on the same line", found: "the end of the line"), at: location, file: file)
            }
            index += 1
            return QASMToken(kind: .string, text: String(decoding: bytes[start + 1 ..< index - 1], as: UTF8.self), location: location)
        }
        if index + 1 < bytes.count {
            let pair = (byte, bytes[index + 1])
            if pair == (UInt8(ascii: "-"), UInt8(ascii: ">")) || pair == (UInt8(ascii: "="), UInt8(ascii: "=")) {
                index += 2
                return token(.symbol, from: start, at: location)
            }
        }
        if Self.symbols.contains(byte) {
            index += 1
            return token(.symbol, from: start, at: location)
        }
        let shown = byte < 0x80 && byte >= 0x20 ? "'\(Character(Unicode.Scalar(byte)))'" : "the byte 0x\(String(byte, radix: 16))"
        throw QASMError(.expected("a statement, name, number or symbol", found: shown), at: location, file: file)
    }

    private static let symbols = Set(";,()[]{}+-*/^".utf8)

    private mutating func number(at location: QASMLocation) throws -> QASMToken {
        let start = index
        var isReal = false
        while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isReal = true
            index += 1
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            var end = index + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "+") || bytes[end] == UInt8(ascii: "-") { end += 1 }
            guard end < bytes.count, isDigit(bytes[end]) else {
                let column = QASMLocation(line: line, column: end - lineStart + 1)
                throw QASMError(.expected("the digits of the exponent", found: end < bytes.count ? "'\(Character(Unicode.Scalar(bytes[end])))'" : "the end of the file"),
                                at: column, file: file)
            }
            isReal = true
            index = end
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        return token(isReal ? .real : .integer, from: start, at: location)
    }

    private func token(_ kind: QASMToken.Kind, from start: Int, at location: QASMLocation) -> QASMToken {
        QASMToken(kind: kind, text: String(decoding: bytes[start ..< index], as: UTF8.self), location: location)
    }

    private mutating func skipSpaceAndComments() {
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0B, 0x0C:
                index += 1
            case UInt8(ascii: "/") where index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "/"):
                while index < bytes.count, bytes[index] != UInt8(ascii: "\n") { index += 1 }
            default:
                return
            }
        }
    }

    private func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a") ... UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A") ... UInt8(ascii: "Z")).contains(byte)
            || byte == UInt8(ascii: "_")
    }

    private func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) }
}
