extension AIG {
    /// A copy in AIGER's binary layout (inputs `1...I`, latches `I+1...I+L`, then the ANDs in
    /// their current, topological, order, each with its larger fanin literal first) without
    /// unused variables; `self` when already so. This is what reading the binary AIGER of `self`
    /// gives. - Complexity: O(M)
    public func canonicalized() -> AIG {
        isCanonical && faninsLargerFirst ? self : renumbered(keepingANDs: nil)
    }

    /// Whether every AND stores its larger fanin literal first, as binary AIGER does.
    private var faninsLargerFirst: Bool {
        kinds.indices.allSatisfy { kinds[$0] != .and || fanin0[$0] >= fanin1[$0] }
    }

    /// The new number of every variable in the canonical layout, keeping the ANDs where
    /// `keep[v]` is true (all when `nil`); dropped variables map to `UInt32.max`.
    /// - Complexity: O(M)
    func canonicalNumbering(keepingANDs keep: [Bool]?) -> (map: [UInt32], variableCount: Int) {
        var map = [UInt32](repeating: .max, count: kinds.count)
        map[0] = 0
        var next: UInt32 = 1
        for v in inputs { map[Int(v)] = next; next += 1 }
        for v in latches { map[Int(v)] = next; next += 1 }
        for v in 0 ..< kinds.count where kinds[v] == .and && (keep?[v] ?? true) {
            map[v] = next
            next += 1
        }
        return (map, Int(next))
    }

    /// A copy renumbered canonically, keeping only the ANDs selected by `keep` (all when `nil`);
    /// every kept AND's fanins and every output must be kept too. Fanins are stored larger
    /// literal first. - Complexity: O(M)
    func renumbered(keepingANDs keep: [Bool]?) -> AIG {
        let (map, count) = canonicalNumbering(keepingANDs: keep)
        func remap(_ literal: UInt32) -> UInt32 { map[Int(literal >> 1)] << 1 | literal & 1 }
        var result = AIG(variableCount: count)
        for v in 0 ..< kinds.count where map[v] != .max && v != 0 {
            let n = Int(map[v])
            result.kinds[n] = kinds[v]
            if kinds[v] == .and {  // larger literal first, as binary AIGER stores them
                let a = remap(fanin0[v]), b = remap(fanin1[v])
                (result.fanin0[n], result.fanin1[n]) = a >= b ? (a, b) : (b, a)
            }
        }
        result.andCount = count - 1 - inputs.count - latches.count
        result.inputs = inputs.map { map[Int($0)] }
        result.latches = latches.map { map[Int($0)] }
        result.latchReset = latchReset
        copyReferences(into: &result, remap)
        return result
    }

    /// Copies what refers to literals (latch next states, outputs, properties) through `remap`,
    /// and the symbols and comment unchanged, into `result`: the shared tail of every rebuild.
    /// - Complexity: O(latches + outputs + properties + symbols)
    func copyReferences(into result: inout AIG, _ remap: (UInt32) -> UInt32) {
        result.latchNext = latchNext.map(remap)
        result.outputs = outputs.map(remap)
        result.bad = bad.map(remap)
        result.constraints = constraints.map(remap)
        result.justice = justice.map { $0.map(remap) }
        result.fairness = fairness.map(remap)
        result.symbols = symbols
        result.comment = comment
    }
}
