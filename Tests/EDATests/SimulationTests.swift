import Testing
@testable import EDA

/// Signal probabilities and truth tables against hand-checked values and integer arithmetic.
@Suite struct SimulationTests {
    /// Inputs a, b, c; AND a&b, OR a|b, XOR a^b, and the 3-input AND (a&b)&c.
    private func gates() throws -> (AIG, and: UInt32, or: UInt32, xor: UInt32, and3: UInt32) {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        let and = aig.and(a, b), or = aig.or(a, b), xor = aig.xor(a, b), and3 = aig.and(and, c)
        for literal in [and, or, xor, and3] { try aig.addOutput(literal) }
        return (aig, and, or, xor, and3)
    }

    private func probability(_ p: [Double], _ literal: UInt32) -> Double {
        AIG.isComplemented(literal) ? 1 - p[Int(literal >> 1)] : p[Int(literal >> 1)]
    }

    @Test func exactProbabilitiesAreHandChecked() throws {
        let (aig, and, or, xor, and3) = try gates()
        for threads in [1, 2] {
            let p = try aig.exactSignalProbabilities(threads: threads)
            #expect(p.count == aig.variableCount)
            #expect(p[0] == 0)
            for v in aig.inputs { #expect(p[Int(v)] == 0.5) }
            #expect(probability(p, and) == 0.25)
            #expect(probability(p, or) == 0.75)
            #expect(probability(p, xor) == 0.5)
            #expect(probability(p, and3) == 0.125)
        }
    }

    @Test func randomProbabilitiesConvergeAndIgnoreThreadCount() throws {
        let (aig, and, or, xor, and3) = try gates()
        let seed: UInt64 = 42
        print("signal probability seed \(seed)")
        let one = try aig.signalProbabilities(patternCount: 100_000, seed: seed, threads: 1)
        for threads in [2, 3, 8] {
            #expect(try aig.signalProbabilities(patternCount: 100_000, seed: seed, threads: threads) == one)
        }
        // 100,000 patterns: standard error below 0.0016; allow 4 sigma.
        for (literal, expected) in [(and, 0.25), (or, 0.75), (xor, 0.5), (and3, 0.125)] {
            #expect(abs(probability(one, literal) - expected) < 0.0064)
        }
        #expect(try aig.signalProbabilities(patternCount: 100_000, seed: seed + 1, threads: 1) != one)
    }

    /// A pattern count that is not a multiple of 64 counts exactly that many patterns.
    @Test func partialWordsAreMasked() throws {
        var aig = AIG()
        let a = aig.addInput()
        try aig.addOutput(AIG.not(a))
        let p = try aig.signalProbabilities(patternCount: 100, seed: 7, threads: 2)
        let ones = p[Int(a >> 1)] * 100
        #expect(ones == ones.rounded() && ones > 20 && ones < 80)
        #expect(throws: AIGError.invalidPatternCount(0)) { try aig.signalProbabilities(patternCount: 0, seed: 1) }
    }

    /// Exhaustive probabilities equal a per-pattern count through `simulate(inputWords:)`.
    @Test func exactProbabilitiesMatchScalarSimulation() throws {
        let aig = try CircuitGenerator.make(.control, bits: 9, seed: 3)
        let p = try aig.exactSignalProbabilities(threads: 2)
        var ones = [Int](repeating: 0, count: aig.variableCount)
        for base in stride(from: 0, to: 512, by: 64) {
            let words = aig.inputs.indices.map { i in
                (0 ..< 64).reduce(UInt64(0)) { $0 | UInt64((base + $1) >> i & 1) << UInt64($1) }
            }
            let values = try aig.simulate(inputWords: words)
            for v in values.indices { ones[v] += values[v].nonzeroBitCount }
        }
        #expect(p == ones.map { Double($0) / 512 })
    }

    @Test func halfAdderTruthTables() throws {
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        let sum = try aig.truthTable(of: aig.outputs[0]), carry = try aig.truthTable(of: aig.outputs[1])
        #expect(sum == TruthTable(support: [1, 2], words: [0b0110]))
        #expect(carry == TruthTable(support: [1, 2], words: [0b1000]))
        #expect(try aig.truthTable(of: AIG.not(aig.outputs[1])).words == [0b0111])
        #expect(try aig.truthTable(of: AIG.constantTrue) == TruthTable(support: [], words: [1]))
        #expect(try aig.truthTable(of: aig.inputs[0] << 1) == TruthTable(support: [1], words: [0b10]))
    }

    /// Checks every row of `table` against `expected`, which gets all input values (input
    /// order, inputs outside the support 0) of a generated circuit (input variables 1...I).
    private func expectRows(_ table: TruthTable, _ inputCount: Int, _ expected: ([Bool]) -> Bool) {
        for row in 0 ..< table.rowCount {
            var values = [Bool](repeating: false, count: inputCount)
            for (j, v) in table.support.enumerated() { values[Int(v) - 1] = row >> j & 1 == 1 }
            if table[row] != expected(values) {
                Issue.record("row \(row) of support \(table.support): got \(table[row])")
                return
            }
        }
    }

    private func number(_ bits: ArraySlice<Bool>) -> Int {
        bits.enumerated().reduce(0) { $0 | ($1.element ? 1 << $1.offset : 0) }
    }

    /// Every output of the 8-bit adder (up to 16 support inputs, 1,024 words) against `a + b`.
    @Test func adderTruthTablesAdd() throws {
        let bits = 8
        let aig = try CircuitGenerator.make(.adder, bits: bits)
        for (i, output) in aig.outputs.enumerated() {
            let table = try aig.truthTable(of: output)
            let k = min(i + 1, bits)  // s[i] and cout depend on a[0...i], b[0...i]
            #expect(table.support == aig.inputs.filter { ($0 - 1) % UInt32(bits) < k })
            expectRows(table, 2 * bits) { x in (number(x[0 ..< bits]) + number(x[bits...])) >> i & 1 == 1 }
        }
    }

    @Test func multiplierTruthTablesMultiply() throws {
        let aig = try CircuitGenerator.make(.multiplier, bits: 4)
        for (i, output) in aig.outputs.enumerated() {
            let table = try aig.truthTable(of: output)
            #expect(table.support.count == min(2 * (i + 1), 8))
            expectRows(table, 8) { x in (number(x[0 ..< 4]) * number(x[4...])) >> i & 1 == 1 }
        }
    }

    @Test func truthTableRejectsLargeSupport() throws {
        let aig = try CircuitGenerator.make(.adder, bits: 9)
        #expect(throws: AIGError.tooManySources(18, limit: 16)) { try aig.truthTable(of: aig.outputs[9]) }
        #expect(throws: AIGError.self) { try aig.truthTable(of: UInt32(2 * aig.variableCount)) }
    }
}
