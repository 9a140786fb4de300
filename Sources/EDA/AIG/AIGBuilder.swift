/// Builds an `AIG` from the records of `AIGERParser`, loading nodes verbatim (no hashing), so
/// a file writes back unchanged.
///
/// Binary records are stored in place as they arrive (the parser has already checked them).
/// ASCII records are collected first, then checked for variables defined twice, undefined
/// literals and cycles. If the ANDs are numbered topologically (each fanin below its AND) the
/// file's numbering is kept; otherwise, or when `M` is far above what the file defines, the
/// ANDs are sorted topologically (Kahn's algorithm, iterative) and numbered canonically.
public struct AIGBuilder: AIGERVisitor {
    private var aig = AIG()
    private var isBinary = false
    private var header = AIGERHeader(isBinary: false, maxVariable: 0, inputs: 0, latches: 0, outputs: 0, ands: 0)
    private var text = AsciiRecords()
    /// Bytes in the file; bounds the unused variables a kept numbering may allocate.
    private let fileSize: Int

    /// Creates a builder for a file of `fileSize` bytes. - Complexity: O(1)
    public init(fileSize: Int) { self.fileSize = fileSize }

    public mutating func header(_ header: AIGERHeader, at: AIGERError.Location) throws {
        self.header = header
        isBinary = header.isBinary
        if isBinary {
            aig = AIG(variableCount: Int(header.maxVariable) + 1)
            aig.inputs.reserveCapacity(header.inputs)
            aig.latches.reserveCapacity(header.latches)
        }
    }

    public mutating func input(_ literal: UInt32, at: AIGERError.Location) throws {
        if isBinary {
            aig.kinds[Int(literal >> 1)] = .input
            aig.inputs.append(literal >> 1)
        } else {
            try text.define(literal, .input, Int32(text.inputs.count), "input line", at: at)
            text.inputs.append(literal)
        }
    }

    public mutating func latch(_ literal: UInt32, next: UInt32, reset: UInt32, at: AIGERError.Location) throws {
        let resetValue: AIG.LatchReset = reset == 0 ? .zero : reset == 1 ? .one : .uninitialized
        if isBinary {
            aig.kinds[Int(literal >> 1)] = .latch
            aig.latches.append(literal >> 1)
        } else {
            try text.define(literal, .latch, Int32(text.latches.count), "latch line", at: at)
            text.latches.append(literal)
            text.uses.append((next, at))
        }
        aig.latchNext.append(next)
        aig.latchReset.append(resetValue)
    }

    public mutating func output(_ literal: UInt32, at: AIGERError.Location) throws {
        aig.outputs.append(literal)
        if !isBinary { text.uses.append((literal, at)) }
    }

    public mutating func bad(_ literal: UInt32, at: AIGERError.Location) throws {
        aig.bad.append(literal)
        if !isBinary { text.uses.append((literal, at)) }
    }

    public mutating func constraint(_ literal: UInt32, at: AIGERError.Location) throws {
        aig.constraints.append(literal)
        if !isBinary { text.uses.append((literal, at)) }
    }

    public mutating func justice(_ literals: [UInt32], at: AIGERError.Location) throws {
        aig.justice.append(literals)
        if !isBinary { for literal in literals { text.uses.append((literal, at)) } }
    }

    public mutating func fairness(_ literal: UInt32, at: AIGERError.Location) throws {
        aig.fairness.append(literal)
        if !isBinary { text.uses.append((literal, at)) }
    }

    @inline(__always)
    public mutating func and(_ lhs: UInt32, _ rhs0: UInt32, _ rhs1: UInt32, at: AIGERError.Location) throws {
        if isBinary {
            let v = Int(lhs >> 1)
            aig.kinds[v] = .and
            aig.fanin0[v] = rhs0
            aig.fanin1[v] = rhs1
            aig.andCount += 1
        } else {
            try text.define(lhs, .and, Int32(text.ands.count), "AND line", at: at)
            text.ands.append((lhs, rhs0, rhs1, at))
        }
    }

    public mutating func symbol(_ symbol: AIGSymbol, at: AIGERError.Location) throws {
        aig.symbols.append(symbol)
    }

    public mutating func comment(_ bytes: [UInt8], at: AIGERError.Location) throws {
        aig.comment = bytes
    }

    /// The finished AIG.
    /// - Throws: `AIGERError` for undefined literals or cycles (ASCII files).
    /// - Complexity: O(M) for binary files; O(n) expected for ASCII files with n records.
    public func finish() throws -> AIG {
        var result = isBinary ? aig : try text.build(into: aig, header: header, fileSize: fileSize)
        result.strash = nil
        result._checkInvariants()
        return result
    }
}
