import GraphCore

/// Writes an `AIG` as AIGER 1.9, ASCII (`aag`) or binary (`aig`), every section included:
/// latches with reset values, outputs, bad/constraint/justice/fairness properties, symbols and
/// the opaque comment bytes. Reading the result gives back an equal `AIG` (binary output is
/// renumbered canonically first when the AIG is not in that layout).
public enum AIGERWriter {
    /// The two encodings of AIGER.
    public enum Format: String, Sendable, CaseIterable {
        /// Text, `aag`: any numbering, one record per line.
        case ascii
        /// Binary, `aig`: canonical numbering, ANDs as varint deltas.
        case binary

        /// `.ascii` for a path ending in `.aag`, `.binary` otherwise. - Complexity: O(path)
        public init(path: String) { self = path.hasSuffix(".aag") ? .ascii : .binary }
    }

    /// The file's bytes. - Complexity: O(M + sections)
    public static func bytes(of aig: AIG, format: Format) -> [UInt8] {
        var out: [UInt8] = []
        switch format {
        case .ascii: writeASCII(aig, to: &out)
        case .binary: writeBinary(aig.canonicalized(), to: &out)
        }
        return out
    }

    /// Writes the file at `path` atomically (a temporary file renamed over it); the format
    /// defaults to the one the extension names (`.aag` ASCII, otherwise binary).
    /// - Throws: `AIGERError.io`. - Complexity: O(M + sections)
    public static func write(_ aig: AIG, to path: String, format: Format? = nil) throws {
        do {
            try FileIO.writeAtomically(bytes(of: aig, format: format ?? Format(path: path)), to: path)
        } catch let error as GraphIOError {
            throw AIGERError(error)
        }
    }

    private static func writeASCII(_ aig: AIG, to out: inout [UInt8]) {
        out.reserveCapacity(24 * aig.andCount + 64)
        writeHeader(aig, magic: "aag", to: &out)
        for v in aig.inputs { out.decimal(v << 1); out.append(0x0A) }
        for (i, v) in aig.latches.enumerated() {
            out.decimal(v << 1); out.append(0x20); out.decimal(aig.latchNext[i])
            writeReset(aig.latchReset[i], latch: v << 1, to: &out)
        }
        writeProperties(aig, to: &out)
        for v in 0 ..< aig.kinds.count where aig.kinds[v] == .and {
            out.decimal(UInt32(v) << 1); out.append(0x20)
            out.decimal(aig.fanin0[v]); out.append(0x20)
            out.decimal(aig.fanin1[v]); out.append(0x0A)
        }
        writeSymbolsAndComment(aig, to: &out)
    }

    private static func writeBinary(_ aig: AIG, to out: inout [UInt8]) {
        out.reserveCapacity(4 * aig.andCount + 64)
        writeHeader(aig, magic: "aig", to: &out)
        for (i, v) in aig.latches.enumerated() {
            out.decimal(aig.latchNext[i])
            writeReset(aig.latchReset[i], latch: v << 1, to: &out)
        }
        writeProperties(aig, to: &out)
        let first = 1 + aig.inputs.count + aig.latches.count
        for v in first ..< aig.kinds.count {
            let lhs = UInt32(v) << 1
            let (rhs0, rhs1) = aig.fanin0[v] >= aig.fanin1[v] ? (aig.fanin0[v], aig.fanin1[v]) : (aig.fanin1[v], aig.fanin0[v])
            out.varint(lhs - rhs0)
            out.varint(rhs0 - rhs1)
        }
        writeSymbolsAndComment(aig, to: &out)
    }

    private static func writeHeader(_ aig: AIG, magic: String, to out: inout [UInt8]) {
        out.append(contentsOf: Array(magic.utf8))
        var fields = [aig.maxVariable, aig.inputs.count, aig.latches.count, aig.outputs.count, aig.andCount,
                      aig.bad.count, aig.constraints.count, aig.justice.count, aig.fairness.count]
        while fields.count > 5, fields.last == 0 { fields.removeLast() }
        for field in fields { out.append(0x20); out.decimal(UInt32(field)) }
        out.append(0x0A)
    }

    private static func writeReset(_ reset: AIG.LatchReset, latch: UInt32, to out: inout [UInt8]) {
        switch reset {
        case .zero: break
        case .one: out.append(contentsOf: [0x20, 0x31])
        case .uninitialized: out.append(0x20); out.decimal(latch)
        }
        out.append(0x0A)
    }

    private static func writeProperties(_ aig: AIG, to out: inout [UInt8]) {
        for literal in aig.outputs + aig.bad + aig.constraints { out.decimal(literal); out.append(0x0A) }
        for property in aig.justice { out.decimal(UInt32(property.count)); out.append(0x0A) }
        for literal in aig.justice.flatMap({ $0 }) + aig.fairness { out.decimal(literal); out.append(0x0A) }
    }

    private static func writeSymbolsAndComment(_ aig: AIG, to out: inout [UInt8]) {
        for symbol in aig.symbols {
            out.append(symbol.kind.rawValue)
            out.decimal(UInt32(symbol.index))
            out.append(0x20)
            out.append(contentsOf: Array(symbol.name.utf8))
            out.append(0x0A)
        }
        if let comment = aig.comment {
            out.append(0x63)
            out.append(contentsOf: comment)
        }
    }
}

extension [UInt8] {
    /// Appends the decimal digits of `value`. - Complexity: O(digits)
    @inline(__always)
    mutating func decimal(_ value: UInt32) {
        var digits = 1
        var power: UInt64 = 10
        while UInt64(value) >= power { digits += 1; power *= 10 }
        let end = count + digits
        append(contentsOf: repeatElement(0x30, count: digits))
        var rest = value
        for i in stride(from: end - 1, through: end - digits, by: -1) {
            self[i] = 0x30 + UInt8(rest % 10)
            rest /= 10
        }
    }

    /// Appends `value` as an AIGER varint: 7 bits per byte, low bits first, high bit = more.
    /// - Complexity: O(1)
    @inline(__always)
    mutating func varint(_ value: UInt32) {
        var rest = value
        while rest >= 0x80 {
            append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }
}
