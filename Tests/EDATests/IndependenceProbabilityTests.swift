import EDA
import Testing

@Suite("Signal probabilities under the independence assumption")
struct IndependenceProbabilityTests {
    @Test("Products of fanin probabilities with inversions; wrong exactly where cones reconverge")
    func probabilities() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        let ab = aig.and(a, b), nac = aig.and(AIG.not(a), c)
        let joined = aig.and(ab, aig.and(a, c))   // a ∧ b ∧ c, but the prior counts a twice
        try aig.addOutput(joined)
        try aig.addOutput(nac)
        let p = aig.independenceSignalProbabilities()
        #expect(p[Int(ab >> 1)] == 0.25 && p[Int(nac >> 1)] == 0.25)
        #expect(p[Int(joined >> 1)] == 0.0625)
        let exact = try aig.exactSignalProbabilities(threads: 1)
        #expect(exact[Int(joined >> 1)] == 0.125)
    }
}
