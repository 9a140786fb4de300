import Foundation

/// A forward scanner over the bytes of a line-oriented text file (edge lists, feature and label
/// lists). It parses numbers in place, without a `String` per line, and tracks the line and
/// column so every error can point at the offending token.
///
/// Lines end in `\n` (a `\r` before it is blank space); fields are separated by spaces, tabs or
/// one comma; `#` starts a comment that runs to the end of the line. The end of the buffer acts
/// as a final newline. A leading UTF-8 byte order mark is skipped.
struct _TextScanner {
    private let base: UnsafePointer<UInt8>
    private let count: Int
    private(set) var position = 0
    /// 1-based number of the current line.
    private(set) var line = 1
    private var lineStart = 0
    let path: String
    /// 1-based column of the cursor on the current line.
    var column: Int { position - lineStart + 1 }

    private static let newline = UInt8(ascii: "\n")
    private static let empty: UnsafePointer<UInt8> = {
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
        pointer.initialize(to: 0)
        return UnsafePointer(pointer)
    }()

    init(_ raw: UnsafeRawBufferPointer, path: String) {
        base = raw.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? _TextScanner.empty
        count = raw.count
        self.path = path
        // Skip a UTF-8 byte order mark, as some spreadsheet exports write one.
        if count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF {
            position = 3
            lineStart = 3
        }
    }

    /// The byte at the cursor; `\n` past the end.
    @inline(__always) private func peek() -> UInt8 {
        position < count ? base[position] : _TextScanner.newline
    }

    @inline(__always) private static func isBlank(_ c: UInt8) -> Bool {
        c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r")
    }

    /// Whether `c` ends a field: blank space, comma, newline or comment.
    @inline(__always) private static func endsField(_ c: UInt8) -> Bool {
        isBlank(c) || c == UInt8(ascii: ",") || c == newline || c == UInt8(ascii: "#")
    }

    @inline(__always) private mutating func skipBlanks() {
        while position < count && _TextScanner.isBlank(base[position]) { position += 1 }
    }

    @inline(__always) private mutating func skipToEndOfLine() {
        while position < count && base[position] != _TextScanner.newline { position += 1 }
    }

    /// Moves to the first field of the next line holding data, skipping blank and comment
    /// lines. Returns `false` at the end of the buffer.
    mutating func nextDataLine() -> Bool {
        while true {
            skipBlanks()
            guard position < count else { return false }
            let c = base[position]
            if c == UInt8(ascii: "#") { skipToEndOfLine() }
            if position < count && base[position] == _TextScanner.newline {
                consumeNewline()
                continue
            }
            if position >= count { return false }
            return true
        }
    }

    @inline(__always) private mutating func consumeNewline() {
        position += 1
        line += 1
        lineStart = position
    }

    /// Consumes the space between two fields (blanks and at most one comma). Returns `false`,
    /// consuming only blanks, when the line ends instead.
    mutating func nextField() -> Bool {
        let start = position
        skipBlanks()
        if peek() == UInt8(ascii: ",") {
            position += 1
            skipBlanks()
        }
        let c = peek()
        if c == _TextScanner.newline || c == UInt8(ascii: "#") { return false }
        if position == start { return false } // no separator: the caller reports the token
        return true
    }

    /// Requires the line to end here (after optional blanks or a comment) and moves past it.
    mutating func endLine(expected: @autoclosure () -> String) throws {
        skipBlanks()
        if peek() == UInt8(ascii: "#") { skipToEndOfLine() }
        guard peek() == _TextScanner.newline else { throw error(expected: expected()) }
        if position < count { consumeNewline() }
    }

    /// Parses a field equal to one of `words` (case-sensitive) and returns its index; `what`
    /// names the field in errors. - Complexity: O(field length × words.count)
    mutating func word(in words: [String], _ what: @autoclosure () -> String) throws -> Int {
        var end = position
        while end < count && !_TextScanner.endsField(base[end]) { end += 1 }
        let field = UnsafeBufferPointer(start: base + position, count: end - position)
        guard let index = words.firstIndex(where: { $0.utf8.elementsEqual(field) }) else {
            throw error(expected: what())
        }
        position = end
        return index
    }

    /// Parses a decimal integer in `minimum ... maximum`. `what` names the field in errors
    /// (e.g. "a source node id in 0...2147483646").
    @inline(__always)
    mutating func integer(in minimum: Int, _ maximum: Int, _ what: @autoclosure () -> String) throws -> Int {
        let start = position
        var negative = false
        if peek() == UInt8(ascii: "-") {
            negative = true
            position += 1
        }
        let digitsStart = position
        let bound = negative ? -minimum : maximum
        var value = 0
        while position < count {
            let digit = base[position] &- UInt8(ascii: "0")
            if digit > 9 { break }
            value = value * 10 + Int(digit)
            position += 1
            if value > bound && value > 0 { break }
        }
        let signed = negative ? -value : value
        guard position > digitsStart, _TextScanner.endsField(peek()),
              signed >= minimum, signed <= maximum else {
            position = start
            throw error(expected: what())
        }
        return signed
    }

    /// Parses a finite decimal floating-point number (`1`, `-0.25`, `3e-2`, …), correctly
    /// rounded: short numbers take an exact fast path, others go through `strtof`.
    mutating func float(_ what: @autoclosure () -> String) throws -> Float {
        let start = position
        if let fast = fastFloat() { return fast }
        position = start
        var end = start
        while end < count && !_TextScanner.endsField(base[end]) { end += 1 }
        let length = end - start
        guard length > 0, length < 64 else { throw error(expected: what()) }
        let value = withUnsafeTemporaryAllocation(of: CChar.self, capacity: length + 1) { token -> Float? in
            for i in 0 ..< length { token[i] = CChar(bitPattern: base[start + i]) }
            token[length] = 0
            var stop: UnsafeMutablePointer<CChar>?
            let parsed = strtof(token.baseAddress!, &stop)
            return stop == token.baseAddress! + length ? parsed : nil
        }
        guard let value, value.isFinite else { throw error(expected: what()) }
        position = end
        return value
    }

    /// Exact parse of `[-+]digits[.digits][e[-+]digits]` when the significand fits in 24 bits
    /// and the power of ten in 10^±10 (both then exact in `Float`, so one rounding); else `nil`.
    @inline(__always) private mutating func fastFloat() -> Float? {
        var negative = false
        let sign = peek()
        if sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") {
            negative = sign == UInt8(ascii: "-")
            position += 1
        }
        var significand: UInt64 = 0
        var digits = 0, exponent = 0
        while position < count, case let d = base[position] &- UInt8(ascii: "0"), d <= 9 {
            significand = significand &* 10 &+ UInt64(d)
            digits += 1
            position += 1
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            while position < count, case let d = base[position] &- UInt8(ascii: "0"), d <= 9 {
                significand = significand &* 10 &+ UInt64(d)
                digits += 1
                exponent -= 1
                position += 1
            }
        }
        guard digits > 0, digits <= 18 else { return nil }
        let e = peek()
        if e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            position += 1
            var negativeExponent = false
            let s = peek()
            if s == UInt8(ascii: "-") || s == UInt8(ascii: "+") {
                negativeExponent = s == UInt8(ascii: "-")
                position += 1
            }
            var written = 0, exponentDigits = 0
            while position < count, case let d = base[position] &- UInt8(ascii: "0"), d <= 9 {
                written = min(written * 10 + Int(d), 10_000)
                exponentDigits += 1
                position += 1
            }
            guard exponentDigits > 0 else { return nil }
            exponent += negativeExponent ? -written : written
        }
        guard _TextScanner.endsField(peek()), significand <= 1 << 24 else { return nil }
        var value = Float(significand)
        if significand != 0 {
            guard exponent >= -10 && exponent <= 10 else { return nil }
            value = exponent >= 0 ? value * _TextScanner.powersOfTen[exponent]
                                  : value / _TextScanner.powersOfTen[-exponent]
        }
        return negative ? -value : value
    }

    private static let powersOfTen: [Float] = (0 ... 10).map { Float(pow(10.0, Double($0))) }

    /// An error at the cursor: `expected` against the token found there.
    func error(expected: String) -> GraphIOError {
        var end = position
        while end < count && !_TextScanner.endsField(base[end]) { end += 1 }
        let found: String
        if end == position {
            let c = peek()
            if c == _TextScanner.newline {
                found = "the end of the line"
            } else if c == UInt8(ascii: "#") {
                found = "a comment"
            } else {
                found = "\"\(Character(Unicode.Scalar(c)))\""
            }
        } else {
            let shown = min(end - position, 40)
            let text = String(decoding: UnsafeBufferPointer(start: base + position, count: shown), as: UTF8.self)
            found = "\"\(text)\(shown < end - position ? "…" : "")\""
        }
        return .malformedText(path: path, line: line, column: column,
                              expected: expected, found: found)
    }
}
