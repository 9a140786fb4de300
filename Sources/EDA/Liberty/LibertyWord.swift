/// A word of a Liberty file as the parser found it: bare (`cell_rise`, `1.5e-3`) or quoted
/// (`"0.1, 0.2"`, without its quotes), pointing into the file's bytes. A quoted word may span
/// lines and hold backslash–newline continuations, which `string` and `numbers()` skip.
struct LibertyWord {
    /// The bytes between the quotes, or of the bare word.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether it was quoted.
    let isQuoted: Bool
    /// Where it starts.
    let location: NetlistLocation

    /// The text, continuations removed. - Complexity: O(length)
    var string: String {
        guard isQuoted, bytes.contains(UInt8(ascii: "\\")) else { return String(decoding: bytes, as: UTF8.self) }
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if let end = LibertyWord.continuationEnd(bytes, at: i) {
                i = end
                continue
            }
            text.append(bytes[i])
            i += 1
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Whether the word is exactly `text`. - Complexity: O(length)
    func equals(_ text: StaticString) -> Bool {
        text.withUTF8Buffer { $0.elementsEqual(bytes) }
    }

    /// Where a backslash followed by blanks and a newline, starting at `i`, ends; `nil` when
    /// none starts there. - Complexity: O(blanks)
    static func continuationEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard bytes[i] == UInt8(ascii: "\\") else { return nil }
        var j = i + 1
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x09 || bytes[j] == 0x0D { j += 1 }
        return j < bytes.count && bytes[j] == 0x0A ? j + 1 : nil
    }

    /// The numbers of a list such as `"0.01, 0.0230506, 1.5e-3"`: separated by commas and
    /// blanks (newlines and continuations included).
    /// - Throws: `NetlistError` naming the word's line for anything that is not a number.
    /// - Complexity: O(length)
    func numbers() throws -> [Double] {
        var values: [Double] = []
        values.reserveCapacity(bytes.count / 4)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ",") {
                i += 1
            } else if let end = LibertyWord.continuationEnd(bytes, at: i) {
                i = end
            } else {
                var end = i
                while end < bytes.count, !LibertyWord.endsNumber(bytes[end]) { end += 1 }
                guard let value = LibertyNumber.parse(UnsafeBufferPointer(rebasing: bytes[i ..< end])) else {
                    let found = String(decoding: bytes[i ..< end].prefix(40), as: UTF8.self)
                    throw NetlistError(.expected("a number", found: "'\(found)'"), at: location)
                }
                values.append(value)
                i = end
            }
        }
        return values
    }

    /// The one number the word holds.
    /// - Throws: `NetlistError` naming the word's line otherwise. - Complexity: O(length)
    func number() throws -> Double {
        let values = try numbers()
        guard values.count == 1 else {
            throw NetlistError(.expected("one number", found: "'\(string.prefix(40))'"), at: location)
        }
        return values[0]
    }

    private static func endsNumber(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == UInt8(ascii: ",") || b == UInt8(ascii: "\\")
    }
}
