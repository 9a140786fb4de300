/// A combinational AIG region compiled for bit-parallel simulation: the constant in slot 0,
/// the source variables (inputs and latch outputs acting as free inputs) in slots
/// `1...sourceCount`, then one slot per AND in topological order, each AND's fanins stored as
/// `slot << 1 | complement`. Slots are dense, so a cone of a large AIG simulates in memory
/// proportional to the cone, not the AIG.
///
/// Values live in one buffer laid out `slot * width + word`: each sweep simulates `width`
/// 64-pattern words per slot, so the fanin indices are read once per `64 * width` patterns.
struct SimulationProgram {
    /// Words simulated per slot in one sweep (512 patterns); also the unit of random seeding.
    static let width = 8

    /// Number of source slots (slots `1...sourceCount`).
    let sourceCount: Int
    /// Two entries per AND: fanin `slot << 1 | complement`.
    let fanins: [UInt32]
    /// The slot of each AIG variable, `UInt32.max` when the program does not compute it.
    let slotOf: [UInt32]

    /// Number of slots: constant, sources, ANDs.
    var slotCount: Int { 1 + sourceCount + fanins.count / 2 }

    /// Compiles the ANDs `ands` (increasing, so topological) of `aig` over the source variables
    /// `sources`. Every fanin of a listed AND must be the constant, a source or a listed AND;
    /// any other variable (an unused one, or a latch not listed) reads as constant 0.
    /// - Complexity: O(M + sources + ands)
    init(_ aig: AIG, sources: [UInt32], ands: [UInt32]) {
        var slotOf = [UInt32](repeating: .max, count: aig.variableCount)
        slotOf[0] = 0
        for (i, v) in sources.enumerated() { slotOf[Int(v)] = UInt32(1 + i) }
        var fanins = [UInt32]()
        fanins.reserveCapacity(2 * ands.count)
        var next = UInt32(1 + sources.count)
        for v in ands {
            for literal in [aig.fanin0[Int(v)], aig.fanin1[Int(v)]] {
                let slot = slotOf[Int(literal >> 1)]
                fanins.append(slot == .max ? 0 : slot << 1 | literal & 1)
            }
            slotOf[Int(v)] = next
            next += 1
        }
        self.sourceCount = sources.count
        self.fanins = fanins
        self.slotOf = slotOf
    }

    /// The whole AIG: sources are the inputs then the latches; every AND is computed.
    /// - Complexity: O(M)
    init(wholeOf aig: AIG) {
        let ands = (0 ..< aig.variableCount).lazy.filter { aig.kinds[$0] == .and }.map { UInt32($0) }
        self.init(aig, sources: aig.inputs + aig.latches, ands: Array(ands))
    }

    /// A zeroed value buffer for this program. - Complexity: O(slots)
    func makeValues() -> [UInt64] {
        [UInt64](repeating: 0, count: slotCount * Self.width)
    }

    /// The slot-literal (`slot << 1 | complement`) of an AIG literal; constant 0 when the
    /// program does not compute its variable. - Complexity: O(1)
    func slotLiteral(_ literal: UInt32) -> UInt32 {
        let slot = slotOf[Int(literal >> 1)]
        return slot == .max ? 0 : slot << 1 | literal & 1
    }

    /// Computes every AND slot from the source slots already in `values`. - Complexity: O(ANDs · width)
    @inline(__always)
    func run(_ values: UnsafeMutablePointer<UInt64>) {
        let width = Self.width
        values.update(repeating: 0, count: width)  // the constant
        fanins.withUnsafeBufferPointer { f in
            var out = values + (1 + sourceCount) * width
            var k = 0
            while k < f.count {
                let a = f[k], b = f[k + 1]
                let pa = values + Int(a >> 1) * width, pb = values + Int(b >> 1) * width
                let ma = 0 &- UInt64(a & 1), mb = 0 &- UInt64(b & 1)
                for j in 0 ..< 8 { out[j] = (pa[j] ^ ma) & (pb[j] ^ mb) }
                out += width
                k += 2
            }
        }
    }

    /// Runs the program on every block of `patterns` in one value buffer, calling
    /// `visit(block, values)` after each. - Complexity: O(blocks · ANDs · width)
    func simulateBlocks(of patterns: PatternSet, _ visit: (Int, UnsafeMutablePointer<UInt64>) -> Void) {
        var values = makeValues()
        values.withUnsafeMutableBufferPointer { buffer in
            let values = buffer.baseAddress!
            for b in 0 ..< patterns.blockCount {
                patterns.fill(block: b, into: values)
                run(values)
                visit(b, values)
            }
        }
    }

    /// Word `j` of slot-literal `slotLiteral` in `values`. - Complexity: O(1)
    @inline(__always)
    static func word(_ slotLiteral: UInt32, _ j: Int, in values: UnsafeMutablePointer<UInt64>) -> UInt64 {
        values[Int(slotLiteral >> 1) * width + j] ^ (0 &- UInt64(slotLiteral & 1))
    }
}
