import EDA
import Testing

@Suite("Signal probabilities through reconvergence-driven cuts")
struct CutProbabilityTests {
    /// `a ⊕ b` as `¬(a ∧ b) ∧ ¬(¬a ∧ ¬b)`; its two inner ANDs are never 1 together.
    @Test("XOR: the cut sees both ANDs over a and b (hand-worked 1/2; independence says 9/16)")
    func xor() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput()
        let x = aig.xor(a, b)
        try aig.addOutput(x)
        let root = Int(x >> 1)
        let cuts = aig.cutSignalProbabilities(cutSize: 4)
        let independent = aig.independenceSignalProbabilities()
        #expect(abs(Double(independent[root]) - 0.5625) < 1e-6, "¬t₁ ∧ ¬t₂ with p(t) = 1/4 each: 3/4 · 3/4")
        #expect(abs(Double(cuts[root]) - 0.5) < 1e-6, "exact: t₁, t₂ exclusive, so 1 − 1/4 − 1/4")
    }

    @Test("Full adder: sum and carry are exactly 1/2, as their 3-input truth tables say")
    func fullAdder() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        let sum = aig.xor(aig.xor(a, b), c), carry = aig.majority(a, b, c)
        try aig.addOutput(sum)
        try aig.addOutput(carry)
        let p = aig.cutSignalProbabilities(cutSize: 6)
        let exact = try aig.exactSignalProbabilities(threads: 1)
        for v in 0 ..< aig.variableCount { #expect(abs(Double(p[v]) - exact[v]) < 1e-6, "variable \(v)") }
        #expect(abs(exact[Int(sum >> 1)] - 0.5) < 1e-12 && abs(exact[Int(carry >> 1)] - 0.5) < 1e-12)
    }

    @Test("Without reconvergence (an AND tree over distinct inputs) every cut size gives the independence estimate",
          arguments: [2, 4, 8, 10])
    func treeIsIndependent(_ k: Int) throws {
        var aig = AIG()
        let inputs = (0 ..< 8).map { i in i % 3 == 0 ? AIG.not(aig.addInput()) : aig.addInput() }
        var level = inputs
        while level.count > 1 { level = stride(from: 0, to: level.count, by: 2).map { aig.and(level[$0], level[$0 + 1]) } }
        try aig.addOutput(level[0])
        let p = aig.cutSignalProbabilities(cutSize: k), q = aig.independenceSignalProbabilities()
        for v in 0 ..< aig.variableCount { #expect(abs(p[v] - q[v]) < 1e-6, "variable \(v)") }
        #expect(abs(Double(p[Int(level[0] >> 1)]) - 1.0 / 256) < 1e-9)
    }

    @Test("On reconvergent arithmetic, larger cuts move closer to the exact probabilities",
          arguments: [CircuitGenerator.Kind.multiplier, .adder])
    func closerThanIndependence(_ kind: CircuitGenerator.Kind) throws {
        let aig = try CircuitGenerator.make(kind, bits: kind == .adder ? 8 : 4)
        let exact = try aig.exactSignalProbabilities(threads: 1)
        func error(_ p: [Float]) -> Double {
            (0 ..< aig.variableCount).reduce(0.0) { $0 + abs(Double(p[$1]) - exact[$1]) } / Double(aig.variableCount)
        }
        let independence = error(aig.independenceSignalProbabilities())
        let four = error(aig.cutSignalProbabilities(cutSize: 4)), eight = error(aig.cutSignalProbabilities(cutSize: 8))
        #expect(eight < four && four < independence, "MAE independence \(independence), cuts-4 \(four), cuts-8 \(eight)")
        #expect(aig.cutSignalProbabilities(cutSize: 8).allSatisfy { $0 >= 0 && $0 <= 1 })
    }
}
