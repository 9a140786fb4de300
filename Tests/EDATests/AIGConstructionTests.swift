import Testing
@testable import EDA

@Suite struct AIGConstructionTests {
    @Test func constantPropagation() throws {
        var aig = AIG()
        let x = aig.addInput()
        #expect(aig.and(x, AIG.constantFalse) == AIG.constantFalse)
        #expect(aig.and(AIG.constantTrue, x) == x)
        #expect(aig.and(x, x) == x)
        #expect(aig.and(x, AIG.not(x)) == AIG.constantFalse)
        #expect(aig.andCount == 0)
    }

    @Test func structuralHashingReusesNodes() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput()
        let ab = aig.and(a, b)
        #expect(aig.and(b, a) == ab)
        #expect(aig.and(AIG.not(a), b) != ab)
        #expect(aig.andCount == 2)
        // Larger literal first, as binary AIGER wants.
        #expect(aig.fanin0[Int(ab >> 1)] == b && aig.fanin1[Int(ab >> 1)] == a)
        #expect(aig.invariantViolation() == nil)
    }

    @Test func hashingSeesVerbatimNodes() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput()
        let first = try aig.appendAndVerbatim(a, b)
        let duplicate = try aig.appendAndVerbatim(b, a)
        #expect(first != duplicate && aig.andCount == 2)
        #expect(aig.and(a, b) == first)
        #expect(throws: AIGError.literalOutOfRange(literal: 99, variableCount: 5)) {
            try aig.appendAndVerbatim(99, a)
        }
    }

    @Test func levelsFanoutsAndDepthOfHalfAdder() throws {
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        #expect(aig.levels() == [0, 0, 0, 1, 1, 2])
        #expect(aig.depth() == 2)
        #expect(aig.fanoutCounts() == [0, 2, 2, 2, 1, 1])
        #expect(aig.fanoutCounts(countingOutputs: false) == [0, 2, 2, 1, 1, 0])
    }

    @Test func deepChainNeedsNoRecursion() throws {
        var aig = AIG()
        var x = aig.addInput()
        let y = aig.addInput()
        for i in 0 ..< 200_000 { x = aig.and(i % 2 == 0 ? x : AIG.not(x), y) }
        try aig.addOutput(x)
        #expect(aig.depth() == 200_000)
        #expect(try aig.coneVariables(ofOutputs: [0]).count == 200_002)
    }

    @Test func coneStopsAtLatches() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        let q = aig.addLatch()
        let ab = aig.and(a, b)
        let qc = aig.and(q, c)
        try aig.setLatchNext(0, to: ab)
        try aig.addOutput(ab)
        try aig.addOutput(qc)
        #expect(try aig.coneVariables(ofOutputs: [0]) == [1, 2, ab >> 1])
        #expect(try aig.coneVariables(ofOutputs: [1]) == [3, 4, qc >> 1])
        #expect(throws: AIGError.outputOutOfRange(index: 2, outputCount: 2)) {
            try aig.coneVariables(ofOutputs: [2])
        }
    }

    @Test func cleanupRemovesDanglingLogicAndKeepsFunction() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        let kept = aig.xor(a, b)
        _ = aig.and(aig.or(a, c), b)   // dangling
        try aig.addOutput(kept, name: "x")
        let before = try outputSignature(aig, seed: 1)
        let removed = aig.cleanup()
        #expect(removed == 2)
        #expect(aig.andCount == 3 && aig.inputs.count == 3)
        #expect(aig.isCanonical && aig.invariantViolation() == nil)
        #expect(try outputSignature(aig, seed: 1) == before)
        #expect(aig.name(of: .output, at: 0) == "x")
    }

    @Test func strashedMergesDuplicates() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput()
        let x = try aig.appendAndVerbatim(a, b)
        let y = try aig.appendAndVerbatim(b, a)
        let z = try aig.appendAndVerbatim(x, y)   // = a & b
        try aig.addOutput(z)
        let hashed = aig.strashed()
        #expect(hashed.andCount == 1)
        #expect(try outputSignature(hashed, seed: 7) == outputSignature(aig, seed: 7))
    }

    @Test func latchesAndCanonicalLayout() throws {
        var aig = AIG()
        let a = aig.addInput()
        let g = aig.and(a, AIG.not(a) ^ 1)    // a & a = a, no node
        #expect(g == a)
        let q = aig.addLatch(reset: .one)     // a latch after an input: still canonical
        #expect(aig.isCanonical)
        let n = aig.and(a, q)
        _ = aig.addInput()                    // an input after an AND: not canonical
        #expect(!aig.isCanonical)
        try aig.setLatchNext(0, to: AIG.not(n))
        #expect(throws: AIGError.latchOutOfRange(index: 1, latchCount: 1)) { try aig.setLatchNext(1, to: n) }
        let canonical = aig.canonicalized()
        #expect(canonical.isCanonical)
        #expect(canonical.inputs == [1, 2] && canonical.latches == [3])
        #expect(canonical.latchNext == [9] && canonical.latchReset == [.one])
    }

    @Test func gatesComputeTheirFunctions() throws {
        var aig = AIG()
        let a = aig.addInput(), b = aig.addInput(), c = aig.addInput()
        for literal in [aig.or(a, b), aig.xor(a, b), aig.mux(a, b, c), aig.majority(a, b, c)] {
            try aig.addOutput(literal)
        }
        let wa: UInt64 = 0xF0F0, wb: UInt64 = 0xCCCC, wc: UInt64 = 0xAAAA
        let values = try aig.simulate(inputWords: [wa, wb, wc])
        let got = aig.outputs.map { AIG.word(of: $0, in: values) & 0xFFFF }
        #expect(got == [(wa | wb) & 0xFFFF, wa ^ wb, (wa & wb | ~wa & wc) & 0xFFFF,
                        (wa & wb | wa & wc | wb & wc) & 0xFFFF])
    }
}
