/// Parses AIGER 1.9 bytes (ASCII `aag` or binary `aig`) and reports each record to a visitor.
///
/// Checks syntax, literal ranges, latch reset values, symbol indices and, for binary files, the
/// varint-coded AND deltas (`lhs = 2(I+L+k+1) > rhs0 >= rhs1`). Definitions, undefined literals
/// and cycles are the visitor's business (see `AIGBuilder`). Works on one flat byte buffer; no
/// `String` is made per line. Errors carry the line (ASCII) or byte offset (binary).
public enum AIGERParser {
    /// Parses `bytes`, calling `visitor` for every record in file order.
    /// - Throws: `AIGERError` (without a file name; `AIGERReader` adds it), or what `visitor` throws.
    /// - Complexity: O(n) in the file size.
    public static func parse<V: AIGERVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, into visitor: inout V) throws {
        var cursor = AIGERCursor(bytes: bytes)
        let header = try cursor.header()
        try cursor.checkSize(for: header)
        try visitor.header(header, at: header.isBinary ? .byteOffset(0) : .line(1))
        try body(header, &cursor, &visitor)
        try symbolsAndComment(header, &cursor, &visitor)
    }

    private static func body<V: AIGERVisitor>(_ h: AIGERHeader, _ c: inout AIGERCursor, _ visitor: inout V) throws {
        let maxLiteral = h.maxLiteral
        for i in 0 ..< h.inputs {
            if h.isBinary {
                try visitor.input(UInt32(i + 1) << 1, at: c.location(c.pos))
            } else {
                let (literal, at) = try c.definitionLine("input", maxLiteral: maxLiteral)
                try visitor.input(literal, at: at)
            }
        }
        for i in 0 ..< h.latches {
            let start = c.location(c.pos)
            let literal: UInt32
            if h.isBinary {
                literal = UInt32(h.inputs + i + 1) << 1
            } else {
                literal = try c.definition("latch", maxLiteral: maxLiteral)
                try c.space()
            }
            let next = try c.literal(maxLiteral: maxLiteral)
            var reset: UInt32 = 0
            if c.peek == 0x20 {
                try c.space()
                let resetStart = c.location(c.pos)
                reset = try c.number("a latch reset value (0, 1 or the latch literal)")
                guard reset == 0 || reset == 1 || reset == literal else {
                    throw AIGERError(.invalidReset(latch: literal, reset: reset), at: resetStart)
                }
            }
            try c.newline()
            try visitor.latch(literal, next: next, reset: reset, at: start)
        }
        for _ in 0 ..< h.outputs {
            let (literal, at) = try c.literalLine(maxLiteral: maxLiteral)
            try visitor.output(literal, at: at)
        }
        for _ in 0 ..< h.bad {
            let (literal, at) = try c.literalLine(maxLiteral: maxLiteral)
            try visitor.bad(literal, at: at)
        }
        for _ in 0 ..< h.constraints {
            let (literal, at) = try c.literalLine(maxLiteral: maxLiteral)
            try visitor.constraint(literal, at: at)
        }
        var justiceSizes: [(size: Int, at: AIGERError.Location)] = []
        for _ in 0 ..< h.justice {
            let at = c.location(c.pos)
            let size = Int(try c.number("the number of literals of a justice property"))
            try c.newline()
            guard size <= c.bytes.count - c.pos else {
                throw AIGERError(.invalidHeader("a justice property of \(size) literals cannot fit in the rest of the file"), at: at)
            }
            justiceSizes.append((size, at))
        }
        for (size, at) in justiceSizes {
            var literals: [UInt32] = []
            literals.reserveCapacity(size)
            for _ in 0 ..< size { literals.append(try c.literalLine(maxLiteral: maxLiteral).0) }
            try visitor.justice(literals, at: at)
        }
        for _ in 0 ..< h.fairness {
            let (literal, at) = try c.literalLine(maxLiteral: maxLiteral)
            try visitor.fairness(literal, at: at)
        }
        if h.isBinary {
            try binaryAnds(h, &c, &visitor)
        } else {
            for _ in 0 ..< h.ands {
                let at = c.location(c.pos)
                let lhs = try c.definition("AND", maxLiteral: maxLiteral)
                try c.space()
                let rhs0 = try c.literal(maxLiteral: maxLiteral)
                try c.space()
                let rhs1 = try c.literal(maxLiteral: maxLiteral)
                try c.newline()
                try visitor.and(lhs, rhs0, rhs1, at: at)
            }
        }
    }

    /// The binary AND section: for AND k, `lhs = 2(I+L+k+1)`, then varints
    /// `delta0 = lhs - rhs0 > 0` and `delta1 = rhs0 - rhs1 >= 0`.
    private static func binaryAnds<V: AIGERVisitor>(_ h: AIGERHeader, _ c: inout AIGERCursor, _ visitor: inout V) throws {
        let bytes = c.bytes
        var pos = c.pos
        var lhs = UInt32(h.inputs + h.latches) << 1
        for k in 0 ..< h.ands {
            lhs += 2
            let start = pos
            let delta0 = try varint(bytes, &pos, and: k, start: start)
            let delta1 = try varint(bytes, &pos, and: k, start: start)
            guard delta0 != 0 else {
                throw AIGERError(.binaryAndOrder(index: k, lhs: lhs, detail: "delta0 is 0, so rhs0 would equal lhs"),
                                 at: .byteOffset(start))
            }
            guard delta0 <= lhs else {
                throw AIGERError(.binaryAndOrder(index: k, lhs: lhs, detail: "delta0 \(delta0) exceeds lhs, so rhs0 would be negative"),
                                 at: .byteOffset(start))
            }
            let rhs0 = lhs - delta0
            guard delta1 <= rhs0 else {
                throw AIGERError(.binaryAndOrder(index: k, lhs: lhs, detail: "delta1 \(delta1) exceeds rhs0 \(rhs0), so rhs1 would be negative"),
                                 at: .byteOffset(start))
            }
            try visitor.and(lhs, rhs0, rhs0 - delta1, at: .byteOffset(start))
        }
        c.pos = pos
    }

    /// Decodes one little-endian base-128 varint (7 bits per byte, high bit = more follows).
    @inline(__always)
    private static func varint(_ bytes: UnsafeBufferPointer<UInt8>, _ pos: inout Int, and k: Int, start: Int) throws -> UInt32 {
        var value: UInt32 = 0
        var shift: UInt32 = 0
        while true {
            guard pos < bytes.count else {
                throw AIGERError(.truncatedVarint(index: k), at: .byteOffset(pos))
            }
            let byte = bytes[pos]
            pos += 1
            if shift == 28 && byte > 0x0F {
                throw AIGERError(.varintOverflow(index: k), at: .byteOffset(start))
            }
            value |= UInt32(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return value }
            shift += 7
        }
    }

    /// Symbol lines `[ilobcjf]<index> <name>` until the end or a comment `c` (not followed by a
    /// digit), whose remaining bytes are the comment.
    private static func symbolsAndComment<V: AIGERVisitor>(_ h: AIGERHeader, _ c: inout AIGERCursor, _ visitor: inout V) throws {
        while let first = c.peek {
            let at = c.location(c.pos)
            let second: UInt8? = c.pos + 1 < c.bytes.count ? c.bytes[c.pos + 1] : nil
            let isDigit = second.map { $0 >= 0x30 && $0 <= 0x39 } ?? false
            if first == 0x63 && !isDigit {
                try visitor.comment(Array(c.bytes[(c.pos + 1)...]), at: at)
                c.pos = c.bytes.count
                return
            }
            guard let kind = AIGSymbol.Kind(rawValue: first), isDigit else {
                throw AIGERError(.expected("a symbol line ('i', 'l', 'o', 'b', 'c', 'j' or 'f', an index, a space, a name) or the comment line 'c'"), at: at)
            }
            c.pos += 1
            let index = Int(try c.number("a symbol index"))
            let count = h.count(of: kind)
            guard index < count else {
                throw AIGERError(.symbolOutOfRange(kind: Character(Unicode.Scalar(first)), index: index, count: count), at: at)
            }
            try c.space()
            let nameStart = c.pos
            while let b = c.peek, b != 0x0A { c.pos += 1 }
            let name = String(decoding: c.bytes[nameStart ..< c.pos], as: UTF8.self)
            if c.peek == 0x0A { c.pos += 1; c.line += 1 }
            try visitor.symbol(AIGSymbol(kind: kind, index: index, name: name), at: at)
        }
    }
}
