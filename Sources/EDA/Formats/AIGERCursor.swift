/// A position in an AIGER byte buffer with the token readers of the text parts of the format.
struct AIGERCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos = 0
    var line = 1
    var isBinary = false

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// The next byte, or `nil` at the end.
    @inline(__always) var peek: UInt8? { pos < bytes.count ? bytes[pos] : nil }

    /// The error location of byte `offset`: its line in ASCII files, the offset in binary ones.
    @inline(__always) func location(_ offset: Int) -> AIGERError.Location {
        isBinary ? .byteOffset(offset) : .line(line)
    }

    func fail(_ what: String) -> AIGERError {
        let found: String
        if let b = peek {
            found = b == 0x0A ? "end of line" : (b >= 0x20 && b < 0x7F ? "'\(Character(Unicode.Scalar(b)))'" : "byte 0x\(String(b, radix: 16))")
        } else {
            found = "end of file"
        }
        return AIGERError(.expected("\(what), found \(found)"), at: location(pos))
    }

    /// Reads an unsigned decimal number that fits in 32 bits.
    mutating func number(_ what: @autoclosure () -> String) throws -> UInt32 {
        guard let first = peek, first >= 0x30, first <= 0x39 else { throw fail(what()) }
        let start = pos
        var value: UInt64 = 0
        while pos < bytes.count {
            let digit = bytes[pos] &- 0x30
            if digit > 9 { break }
            value = value * 10 + UInt64(digit)
            if value > UInt64(UInt32.max) { throw AIGERError(.numberTooLarge, at: location(start)) }
            pos += 1
        }
        return UInt32(value)
    }

    /// Reads one space.
    mutating func space() throws {
        guard peek == 0x20 else { throw fail("a space") }
        pos += 1
    }

    /// Reads the end of a line (`\n`, or `\r\n`).
    mutating func newline() throws {
        if peek == 0x0D, pos + 1 < bytes.count, bytes[pos + 1] == 0x0A { pos += 1 }
        guard peek == 0x0A else { throw fail("the end of the line") }
        pos += 1
        line += 1
    }

    /// Reads a literal no larger than `maxLiteral`.
    mutating func literal(maxLiteral: UInt32) throws -> UInt32 {
        let start = location(pos)
        let value = try number("a literal")
        guard value <= maxLiteral else {
            throw AIGERError(.literalOutOfRange(literal: value, maxLiteral: maxLiteral), at: start)
        }
        return value
    }

    /// Reads a line holding one literal; returns it with the line's location.
    mutating func literalLine(maxLiteral: UInt32) throws -> (UInt32, AIGERError.Location) {
        let at = location(pos)
        let value = try literal(maxLiteral: maxLiteral)
        try newline()
        return (value, at)
    }

    /// Reads the literal an input, latch or AND defines: even, at least 2, in range.
    mutating func definition(_ what: String, maxLiteral: UInt32) throws -> UInt32 {
        let at = location(pos)
        let value = try literal(maxLiteral: maxLiteral)
        guard value >= 2, value & 1 == 0 else {
            throw AIGERError(.invalidDefinition(what: what, literal: value), at: at)
        }
        return value
    }

    /// Reads a line holding one defined literal.
    mutating func definitionLine(_ what: String, maxLiteral: UInt32) throws -> (UInt32, AIGERError.Location) {
        let at = location(pos)
        let value = try definition(what, maxLiteral: maxLiteral)
        try newline()
        return (value, at)
    }

    /// Reads the header line `aag|aig M I L O A [B C J F]` and checks that its counts add up.
    mutating func header() throws -> AIGERHeader {
        if bytes.count >= 2, bytes[0] == 0x1F, bytes[1] == 0x8B {
            throw AIGERError(.notAIGER("gzip-compressed data; decompress it first (gunzip -k FILE)"), at: location(0))
        }
        if bytes.count >= 6, Array(bytes[0 ..< 6]) == [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00] {
            throw AIGERError(.notAIGER("xz-compressed data; decompress it first (unxz -k FILE)"), at: location(0))
        }
        let magic = Array(bytes.prefix(4))
        if magic == Array("aig2".utf8) { throw AIGERError(.unsupportedAIG2, at: .byteOffset(0)) }
        guard magic.count >= 3, magic[0] == 0x61, magic[2] == 0x67, magic[1] == 0x61 || magic[1] == 0x69 else {
            let shown = bytes.prefix(12).map { $0 >= 0x20 && $0 < 0x7F ? Character(Unicode.Scalar($0)) : "." }
            throw AIGERError(.notAIGER(bytes.isEmpty ? "an empty file" : "'\(String(shown))'"), at: location(0))
        }
        pos = 3
        let binary = magic[1] == 0x69
        isBinary = binary
        let headerAt: AIGERError.Location = binary ? .byteOffset(0) : .line(1)
        var fields: [UInt32] = []
        let names = ["M", "I", "L", "O", "A", "B", "C", "J", "F"]
        while fields.count < 9, peek == 0x20 {
            pos += 1
            fields.append(try number("the header field \(names[fields.count])"))
        }
        guard fields.count >= 5 else { throw fail("the header field \(names[fields.count]) after a space") }
        try newline()
        while fields.count < 9 { fields.append(0) }
        let h = AIGERHeader(isBinary: binary, maxVariable: fields[0], inputs: Int(fields[1]),
                            latches: Int(fields[2]), outputs: Int(fields[3]), ands: Int(fields[4]),
                            bad: Int(fields[5]), constraints: Int(fields[6]), justice: Int(fields[7]),
                            fairness: Int(fields[8]))
        let defined = h.inputs + h.latches + h.ands
        guard h.maxVariable < UInt32(1) << 31 else {
            throw AIGERError(.invalidHeader("M = \(h.maxVariable) is too large for 32-bit literals"), at: headerAt)
        }
        if binary && defined != Int(h.maxVariable) {
            throw AIGERError(.invalidHeader("a binary file needs M = I + L + A, but M = \(h.maxVariable) and I + L + A = \(defined)"),
                             at: headerAt)
        }
        if defined > Int(h.maxVariable) {
            throw AIGERError(.invalidHeader("I + L + A = \(defined) exceeds M = \(h.maxVariable), yet each input, latch and AND defines its own variable"),
                             at: headerAt)
        }
        return h
    }

    /// Rejects headers that promise more records than the remaining bytes can hold (each record
    /// takes at least one byte), so a corrupt header cannot make the reader allocate gigabytes.
    /// Binary inputs take no bytes: beyond 2^20, more than 64 per byte of file are refused too.
    func checkSize(for h: AIGERHeader) throws {
        let headerAt: AIGERError.Location = h.isBinary ? .byteOffset(0) : .line(1)
        let records = (h.isBinary ? 0 : h.inputs) + h.latches + h.outputs + h.bad + h.constraints
            + h.justice + h.fairness + h.ands
        let remaining = bytes.count - pos
        guard records <= remaining else {
            throw AIGERError(.invalidHeader("it declares \(records) records but only \(remaining) bytes follow; the file is truncated or the header is wrong"),
                             at: headerAt)
        }
        if h.isBinary && h.inputs > 1 << 20 && h.inputs / 64 > remaining {
            throw AIGERError(.invalidHeader("it declares \(h.inputs) inputs but only \(remaining) bytes follow; refusing to allocate them (the header is probably corrupt)"),
                             at: headerAt)
        }
    }
}
