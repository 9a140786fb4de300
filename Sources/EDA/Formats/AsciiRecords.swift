/// The records of an ASCII AIGER file, collected by `AIGBuilder` before they can be checked:
/// ASCII files may use any numbering and list ANDs in any order.
struct AsciiRecords {
    enum Kind: UInt8 { case input, latch, and }
    typealias Location = AIGERError.Location

    /// The definition of each defined variable: its kind and index in that kind's list.
    private var definitions: [UInt32: (kind: Kind, index: Int32)] = [:]
    var inputs: [UInt32] = []
    var latches: [UInt32] = []
    var ands: [(lhs: UInt32, rhs0: UInt32, rhs1: UInt32, at: Location)] = []
    /// Every literal read by a latch, output or property, in file order.
    var uses: [(literal: UInt32, at: Location)] = []

    /// Records that `literal` is defined by a line of kind `kind`. - Complexity: O(1) expected
    mutating func define(_ literal: UInt32, _ kind: Kind, _ index: Int32, _ what: String, at: Location) throws {
        if definitions.updateValue((kind, index), forKey: literal >> 1) != nil {
            throw AIGERError(.definedTwice(what: what, variable: literal >> 1), at: at)
        }
    }

    private func isDefined(_ literal: UInt32) -> Bool { literal < 2 || definitions[literal >> 1] != nil }

    private func andIndex(_ literal: UInt32) -> Int? {
        guard let d = definitions[literal >> 1], d.kind == .and else { return nil }
        return Int(d.index)
    }

    /// Checks the records and returns the AIG, `sections` supplying the outputs, properties,
    /// latch data, symbols and comment (already in file order, numbered as in the file).
    /// - Complexity: O(n) expected for n records, plus O(M) when the numbering is kept.
    func build(into sections: AIG, header: AIGERHeader, fileSize: Int) throws -> AIG {
        for (literal, at) in uses where !isDefined(literal) {
            throw AIGERError(.undefinedLiteral(literal), at: at)
        }
        for and in ands {
            if !isDefined(and.rhs0) { throw AIGERError(.undefinedLiteral(and.rhs0), at: and.at) }
            if !isDefined(and.rhs1) { throw AIGERError(.undefinedLiteral(and.rhs1), at: and.at) }
        }
        let topological = ands.allSatisfy { $0.rhs0 >> 1 < $0.lhs >> 1 && $0.rhs1 >> 1 < $0.lhs >> 1 }
        let defined = inputs.count + latches.count + ands.count
        if topological && Int(header.maxVariable) <= defined + fileSize {
            return keepingNumbering(sections, variableCount: Int(header.maxVariable) + 1)
        }
        return renumbered(sections, andOrder: try topologicalOrder())
    }

    /// The AIG with the file's own variable numbers.
    private func keepingNumbering(_ sections: AIG, variableCount: Int) -> AIG {
        var aig = AIG(variableCount: variableCount)
        aig.adoptSections(of: sections, remap: { $0 })
        for literal in inputs { aig.kinds[Int(literal >> 1)] = .input; aig.inputs.append(literal >> 1) }
        for literal in latches { aig.kinds[Int(literal >> 1)] = .latch; aig.latches.append(literal >> 1) }
        for and in ands {
            let v = Int(and.lhs >> 1)
            aig.kinds[v] = .and
            aig.fanin0[v] = and.rhs0
            aig.fanin1[v] = and.rhs1
        }
        aig.andCount = ands.count
        return aig
    }

    /// The AIG numbered canonically: inputs, latches, then the ANDs in `andOrder`.
    private func renumbered(_ sections: AIG, andOrder: [Int32]) -> AIG {
        var newVariable: [UInt32: UInt32] = [0: 0]
        newVariable.reserveCapacity(inputs.count + latches.count + ands.count + 1)
        var next: UInt32 = 1
        for literal in inputs + latches { newVariable[literal >> 1] = next; next += 1 }
        for k in andOrder { newVariable[ands[Int(k)].lhs >> 1] = next; next += 1 }
        func remap(_ literal: UInt32) -> UInt32 { (newVariable[literal >> 1] ?? 0) << 1 | literal & 1 }

        var aig = AIG(variableCount: Int(next))
        aig.adoptSections(of: sections, remap: remap)
        for i in inputs.indices { aig.kinds[i + 1] = .input; aig.inputs.append(UInt32(i + 1)) }
        for i in latches.indices {
            let v = inputs.count + i + 1
            aig.kinds[v] = .latch
            aig.latches.append(UInt32(v))
        }
        for k in andOrder {
            let and = ands[Int(k)]
            let v = Int(remap(and.lhs) >> 1)
            aig.kinds[v] = .and
            aig.fanin0[v] = remap(and.rhs0)
            aig.fanin1[v] = remap(and.rhs1)
        }
        aig.andCount = ands.count
        return aig
    }

    /// The ANDs (indices into `ands`) in a topological order, by Kahn's algorithm
    /// [Kahn 1962, "Topological sorting of large networks"], iterative.
    /// - Throws: `AIGERError.cycle` naming an AND on a cycle, at its line.
    private func topologicalOrder() throws -> [Int32] {
        let n = ands.count
        var pending = [Int32](repeating: 0, count: n)
        var start = [Int32](repeating: 0, count: n + 1)
        var faninANDs = [(Int?, Int?)]()
        faninANDs.reserveCapacity(n)
        for (k, and) in ands.enumerated() {
            let pair = (andIndex(and.rhs0), andIndex(and.rhs1))
            faninANDs.append(pair)
            for j in [pair.0, pair.1].compactMap({ $0 }) {
                pending[k] += 1
                start[j + 1] += 1
            }
        }
        for k in 0 ..< n { start[k + 1] += start[k] }
        var fill = start
        var fanouts = [Int32](repeating: 0, count: Int(start[n]))
        for k in 0 ..< n {
            for j in [faninANDs[k].0, faninANDs[k].1].compactMap({ $0 }) {
                fanouts[Int(fill[j])] = Int32(k)
                fill[j] += 1
            }
        }
        var order = (0 ..< n).filter { pending[$0] == 0 }.map { Int32($0) }
        order.reserveCapacity(n)
        var head = 0
        while head < order.count {
            let j = Int(order[head])
            head += 1
            for e in Int(start[j]) ..< Int(start[j + 1]) {
                let k = Int(fanouts[e])
                pending[k] -= 1
                if pending[k] == 0 { order.append(Int32(k)) }
            }
        }
        guard order.count < n, let first = pending.firstIndex(where: { $0 > 0 }) else { return order }
        // Walk back through still-pending fanins; the first AND seen twice lies on a cycle.
        var seen = [Bool](repeating: false, count: n)
        var k = first
        while !seen[k] {
            seen[k] = true
            let (a, b) = faninANDs[k]
            if let a, pending[a] > 0 { k = a } else if let b { k = b }
        }
        throw AIGERError(.cycle(variable: ands[k].lhs >> 1), at: ands[k].at)
    }
}

extension AIG {
    /// Copies the non-variable sections (latch next states and resets, outputs, properties,
    /// symbols, comment) from `other`, mapping literals through `remap`. - Complexity: O(sections)
    mutating func adoptSections(of other: AIG, remap: (UInt32) -> UInt32) {
        latchNext = other.latchNext.map(remap)
        latchReset = other.latchReset
        outputs = other.outputs.map(remap)
        bad = other.bad.map(remap)
        constraints = other.constraints.map(remap)
        justice = other.justice.map { $0.map(remap) }
        fairness = other.fairness.map(remap)
        symbols = other.symbols
        comment = other.comment
    }
}
