/// A word of a text netlist and where it starts.
struct NetlistToken {
    var text: String
    var at: NetlistLocation

    /// How an error message shows what was found: the quoted text, shortened.
    var shown: String {
        let short = text.count > 40 ? String(text.prefix(40)) + "…" : text
        return "'\(short)'"
    }
}

/// Splits text netlists (BLIF, bench) into logical lines of whitespace-separated tokens,
/// tracking line and column. `#` starts a comment to the end of the physical line; with
/// `continuation`, a backslash right before the end of a line joins it to the next (BLIF).
/// `separators` are bytes that end a token and form a one-byte token of their own.
struct NetlistLines {
    let bytes: UnsafeBufferPointer<UInt8>
    let continuation: Bool
    let separators: Set<UInt8>
    private var pos = 0
    private var line = 1
    private var lineStart = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>, continuation: Bool, separators: Set<UInt8> = []) {
        self.bytes = bytes
        self.continuation = continuation
        self.separators = separators
    }

    /// Where the scanner is (after the last line returned).
    var location: NetlistLocation { NetlistLocation(line: line, column: pos - lineStart + 1) }

    /// The tokens of the next logical line that has any, or `nil` at the end of the file.
    /// - Complexity: O(length of the lines read)
    mutating func next() -> [NetlistToken]? {
        var tokens: [NetlistToken] = []
        while pos < bytes.count {
            let b = bytes[pos]
            switch b {
            case 0x0A:
                newline()
                if !tokens.isEmpty { return tokens }
            case 0x20, 0x09, 0x0D, 0x0C, 0x0B:
                pos += 1
            case UInt8(ascii: "#"):
                while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }
            case UInt8(ascii: "\\") where continuation && continues(after: pos):
                pos += 1
                while pos < bytes.count && bytes[pos] != 0x0A { pos += 1 }
                if pos < bytes.count { newline() }
            default:
                let start = pos
                let at = location
                if separators.contains(b) {
                    pos += 1
                } else {
                    while pos < bytes.count, !Self.isSpace(bytes[pos]), bytes[pos] != UInt8(ascii: "#"),
                          !separators.contains(bytes[pos]),
                          !(continuation && bytes[pos] == UInt8(ascii: "\\") && continues(after: pos)) {
                        pos += 1
                    }
                }
                tokens.append(NetlistToken(text: String(decoding: bytes[start ..< pos], as: UTF8.self), at: at))
            }
        }
        return tokens.isEmpty ? nil : tokens
    }

    private mutating func newline() {
        pos += 1
        line += 1
        lineStart = pos
    }

    /// Whether only spaces (and a carriage return) follow the backslash at `i` on its line.
    private func continues(after i: Int) -> Bool {
        var j = i + 1
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
        return j == bytes.count || bytes[j] == 0x0A
    }

    private static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B
    }
}
