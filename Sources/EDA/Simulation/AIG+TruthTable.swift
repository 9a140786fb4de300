extension AIG {
    /// The truth table of `literal` over its structural support: the inputs and latch outputs
    /// in its fanin cone (latches act as free inputs), by exhaustive bit-parallel simulation
    /// of the cone only.
    ///
    /// - Throws: `AIGError.literalOutOfRange` for a literal of no variable;
    ///   `AIGError.tooManySources` when the support exceeds `AIG.exhaustiveSourceLimit` (16).
    /// - Complexity: O(M) to find the cone, then O(C · 2^k / 64) for a cone of C ANDs over
    ///   k support variables; O(C) memory.
    public func truthTable(of literal: UInt32) throws -> TruthTable {
        let mask = try coneMask(of: [literal])
        var support: [UInt32] = [], ands: [UInt32] = []
        for v in 1 ..< variableCount where mask[v] {
            switch kinds[v] {
            case .input, .latch: support.append(UInt32(v))
            case .and: ands.append(UInt32(v))
            case .constant, .unused: break
            }
        }
        guard support.count <= AIG.exhaustiveSourceLimit else {
            throw AIGError.tooManySources(support.count, limit: AIG.exhaustiveSourceLimit)
        }
        let program = SimulationProgram(self, sources: support, ands: ands)
        let patterns = PatternSet.exhaustive(sources: support.count)
        let root = program.slotLiteral(literal)
        var words = [UInt64](repeating: 0, count: patterns.wordCount)
        program.simulateBlocks(of: patterns) { b, values in
            for j in 0 ..< SimulationProgram.width where b * SimulationProgram.width + j < words.count {
                words[b * SimulationProgram.width + j] = SimulationProgram.word(root, j, in: values)
                    & patterns.mask(block: b, word: j)
            }
        }
        return TruthTable(support: support, words: words)
    }
}
