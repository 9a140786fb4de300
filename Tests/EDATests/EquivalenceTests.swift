import Foundation
import Testing
@testable import EDA

/// Simulation-based equivalence: strashed and ABC-optimised copies agree, mutated copies do
/// not, counterexamples really distinguish, and ABC's `cec` gives the same verdicts.
@Suite struct EquivalenceTests {
    /// Whether output `output` (outputs, then latch next states) of `a` and `b` differs under `inputs`.
    static func differs(_ a: AIG, _ b: AIG, under inputs: [Bool], output: Int) throws -> Bool {
        func value(_ aig: AIG) throws -> Bool {
            let words = inputs.map { $0 ? UInt64(1) : 0 }
            let values = try aig.simulate(inputWords: Array(words.prefix(aig.inputs.count)),
                                          latchWords: Array(words.dropFirst(aig.inputs.count)))
            return AIG.word(of: (aig.outputs + aig.latchNext)[output], in: values) & 1 == 1
        }
        return try value(a) != value(b)
    }

    /// A copy with the first fanin of the AND `fromTop` positions below the last one complemented.
    static func mutated(_ aig: AIG, fromTop: Int = 0) -> AIG {
        var copy = aig
        let ands = (0 ..< aig.variableCount).filter { aig.kinds[$0] == .and }
        copy.fanin0[ands[ands.count - 1 - fromTop]] ^= 1
        copy.strash = nil
        return copy
    }

    @Test(arguments: [CircuitGenerator.Kind.adder, .multiplier, .comparator, .control])
    func smallCircuitsAreProvenEquivalentToTheirStrashedCopies(kind: CircuitGenerator.Kind) throws {
        let aig = try CircuitGenerator.make(kind, bits: kind == .control ? 12 : 6, seed: 5)
        var rebuilt = aig
        rebuilt.outputs = aig.outputs.map { rebuilt.or(rebuilt.and($0, aig.inputs[0] << 1), rebuilt.and($0, AIG.not(aig.inputs[0] << 1))) }
        #expect(try aig.checkEquivalence(with: aig.strashed()) == .equivalent)
        #expect(try aig.checkEquivalence(with: rebuilt.strashed(), threads: 2) == .equivalent)
    }

    @Test func mutationsAreCaughtWithRealCounterexamples() throws {
        let aig = try CircuitGenerator.make(.multiplier, bits: 5)
        for fromTop in [0, 3, 10] {
            let bad = Self.mutated(aig, fromTop: fromTop)
            let result = try aig.checkEquivalence(with: bad)
            guard case let .notEquivalent(counterexample, output) = result else {
                Issue.record("mutation \(fromTop) not caught: \(result)")
                continue
            }
            #expect(try Self.differs(aig, bad, under: counterexample, output: output))
            for threads in [1, 3] { #expect(try aig.checkEquivalence(with: bad, threads: threads) == result) }
        }
    }

    /// 32 inputs: random simulation; the complemented carry is caught, the copy is not disproven.
    @Test func wideCircuitsUseRandomSimulation() throws {
        let aig = try CircuitGenerator.make(.adder, bits: 16)
        #expect(try aig.checkEquivalence(with: aig.strashed(), patternCount: 5000) == .notProven(patterns: 5000))
        var bad = aig
        bad.outputs[16] ^= 1
        guard case let .notEquivalent(counterexample, output) = try aig.checkEquivalence(with: bad, seed: 9) else {
            Issue.record("complemented carry not caught")
            return
        }
        #expect(output == 16 && counterexample.count == 32)
        #expect(try Self.differs(aig, bad, under: counterexample, output: output))
        // A difference in 1 of 2^32 assignments: a = b = all ones only (the carry of a + b).
        var rare = aig
        let allOnes = aig.inputs.reduce(AIG.constantTrue) { rare.and($0, $1 << 1) }
        rare.outputs[0] = rare.xor(aig.outputs[0], allOnes)
        #expect(try aig.checkEquivalence(with: rare, patternCount: 4096, seed: 3, threads: 2) == .notProven(patterns: 4096))
    }

    @Test func sequentialCircuitsCompareNextStates() throws {
        var aig = AIG()
        let enable = aig.addInput(), q = aig.addLatch()
        try aig.setLatchNext(0, to: aig.xor(q, enable))
        try aig.addOutput(q)
        var bad = aig
        try bad.setLatchNext(0, to: bad.or(q, enable))
        #expect(try aig.checkEquivalence(with: aig.strashed()) == .equivalent)
        #expect(try aig.checkEquivalence(with: bad) == .notEquivalent(counterexample: [true, true], output: 1))
    }

    @Test func interfacesMustMatch() throws {
        let a = try CircuitGenerator.make(.adder, bits: 3), b = try CircuitGenerator.make(.adder, bits: 4)
        #expect(throws: AIGError.interfaceMismatch("the first has 6 inputs, the second 8")) {
            try a.checkEquivalence(with: b)
        }
        #expect(throws: AIGError.invalidPatternCount(0)) { try a.checkEquivalence(with: a, patternCount: 0) }
    }
}

/// The same verdicts as ABC's `cec`, on copies that ABC optimised and on mutated copies.
@Suite(.enabled(if: ABC.isAvailable, "berkeley-abc is not on PATH"))
struct EquivalenceABCTests {
    @Test(arguments: ["adder-16", "multiplier-8", "comparator-32", "control-32-s7"])
    func abcOptimisedCopiesAreEquivalent(name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = Fixtures.packageRoot.appendingPathComponent("netlists/\(name).aig").path
        let optimised = directory.appendingPathComponent("opt.aig").path
        let broken = directory.appendingPathComponent("bad.aig").path
        _ = try ABC.run("read \(original); strash; balance; rewrite; refactor; balance; write_aiger \(optimised)")
        let aig = try AIGERReader.read(contentsOf: original), opt = try AIGERReader.read(contentsOf: optimised)
        let ours = try aig.checkEquivalence(with: opt, patternCount: 1 << 14)
        #expect(ours == (aig.inputs.count <= 16 ? .equivalent : .notProven(patterns: 1 << 14)))
        // The top AND: its mutation shows under many patterns. A deep one in the 64-input
        // comparator can show under a handful of 2^64, which random simulation rightly
        // reports as `.notProven` while ABC's SAT-based cec finds it.
        let bad = EquivalenceTests.mutated(opt, fromTop: 0)
        try AIGERWriter.write(bad, to: broken)
        let verdict = try aig.checkEquivalence(with: bad, patternCount: 1 << 14)
        let abc = try ABC.run("cec -n \(original) \(optimised); cec -n \(original) \(broken)")
        let lines = abc.split(separator: "\n").filter { $0.contains("equivalent") || $0.contains("EQUIVALENT") }
        try #require(lines.count == 2, "\(abc)")
        #expect(lines[0].contains("Networks are equivalent"), "\(abc)")
        if case let .notEquivalent(counterexample, output) = verdict {
            #expect(lines[1].contains("NOT EQUIVALENT"), "\(abc)")
            #expect(try EquivalenceTests.differs(aig, bad, under: counterexample, output: output))
        } else {
            // Only a redundant mutation may survive simulation, and then ABC must agree.
            #expect(lines[1].contains("Networks are equivalent"), "ours: \(verdict), ABC: \(abc)")
        }
    }
}
