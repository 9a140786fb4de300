import Testing
@testable import EDA

/// Simulation signatures against hand-worked truth tables, scalar simulation and the AND rule.
@Suite struct SignatureTests {
    @Test("Three inputs: exact 8-pattern truth tables and their Hamming distances")
    func handChecked() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        let ab = aig.and(a, b), abc = aig.and(ab, c), aNotB = aig.and(a, AIG.not(b))
        for literal in [abc, aNotB] { try aig.addOutput(literal) }
        let s = try aig.simulationSignatures(patternCount: 1024)
        #expect(s.isExhaustive && s.patternCount == 8 && s.wordsPerVariable == 1)
        // Pattern p sets a = bit 0, b = bit 1, c = bit 2 of p.
        let row = { (literal: UInt32) in s.words[Int(literal >> 1)] }
        #expect([row(a), row(b), row(c)] == [0xAA, 0xCC, 0xF0])
        #expect([row(ab), row(abc), row(aNotB)] == [0x88, 0x80, 0x22])
        #expect(s.words[0] == 0)
        let v = { (literal: UInt32) in Int(literal >> 1) }
        #expect(s.distance(v(a), v(ab)) == 0.25)  // 0xAA ^ 0x88 = 0x22
        #expect(s.distance(v(ab), v(abc)) == 0.125)
        #expect(s.distance(v(ab), v(aNotB)) == 0.5)
        #expect(s.distance(v(c), v(c)) == 0)
        #expect(s.onesFraction(v(ab)) == 0.25)
    }

    @Test("Exhaustive rows are the words of scalar simulation (9 inputs, 512 patterns)")
    func exhaustiveMatchesScalarSimulation() throws {
        let aig = try CircuitGenerator.make(.control, bits: 9, seed: 3)
        let s = try aig.simulationSignatures(patternCount: 1024)
        #expect(s.isExhaustive && s.patternCount == 512 && s.wordsPerVariable == 8)
        for k in 0 ..< 8 {
            let words = aig.inputs.indices.map { i in
                (0 ..< 64).reduce(UInt64(0)) { $0 | UInt64((64 * k + $1) >> i & 1) << UInt64($1) }
            }
            let values = try aig.simulate(inputWords: words)
            for v in 1 ..< aig.variableCount where aig.kinds[v] != .unused {
                #expect(s.words[v * 8 + k] == values[v], "variable \(v), word \(k)")
            }
        }
    }

    @Test("Random rows (seed 5): ANDs of their fanins' rows, the same ones as signalProbabilities, masked past the count")
    func randomRows() throws {
        let aig = try CircuitGenerator.make(.control, bits: 12, seed: 2)
        let s = try aig.simulationSignatures(patternCount: 1000, seed: 5)
        #expect(!s.isExhaustive && s.patternCount == 1000 && s.wordsPerVariable == 16)
        let w = s.wordsPerVariable
        func row(_ literal: UInt32) -> [UInt64] {
            let v = Int(literal >> 1)
            return (0 ..< w).map { j in literal & 1 == 1 ? ~s.words[v * w + j] : s.words[v * w + j] }
        }
        let lastMask: UInt64 = (1 << 40) - 1  // 1000 = 15 · 64 + 40
        for v in 1 ..< aig.variableCount where aig.kinds[v] == .and {
            let expected = zip(row(aig.fanin0[v]), row(aig.fanin1[v])).map { $0 & $1 }
            let got = Array(s.words[v * w ..< (v + 1) * w])
            #expect(Array(got.dropLast()) == Array(expected.dropLast()) && got.last == expected.last! & lastMask, "AND \(v)")
        }
        let p = try aig.signalProbabilities(patternCount: 1000, seed: 5, threads: 1)
        #expect((0 ..< aig.variableCount).map(s.onesFraction) == p)
        #expect(try aig.simulationSignatures(patternCount: 1000, seed: 6) != s)
        #expect(throws: AIGError.invalidPatternCount(0)) { try aig.simulationSignatures(patternCount: 0) }
    }
}
