import Testing
@testable import EDA

@Suite struct AIGTilingTests {
    @Test func copiesAreDisjointCanonicalAndKeepTheFunction() throws {
        let adder = try CircuitGenerator.make(.adder, bits: 4, seed: 0)
        let tiled = try adder.tiled(copies: 3)
        #expect(tiled.isCanonical)
        #expect(tiled.inputs.count == 3 * adder.inputs.count && tiled.outputs.count == 3 * adder.outputs.count)
        #expect(tiled.andCount == 3 * adder.andCount && tiled.depth() == adder.depth())
        // Copy c reads inputs c*I ..< (c+1)*I and drives outputs c*O ..< (c+1)*O.
        let words: [UInt64] = (0 ..< adder.inputs.count).map { UInt64($0 + 1) &* 0x9E37_79B9_7F4A_7C15 }
        let values = try adder.simulate(inputWords: words)
        let expected = adder.outputs.map { AIG.word(of: $0, in: values) }
        let tiledValues = try tiled.simulate(inputWords: words + words.map { ~$0 } + words)
        let got = tiled.outputs.map { AIG.word(of: $0, in: tiledValues) }
        #expect(Array(got[0 ..< expected.count]) == expected)
        #expect(Array(got[2 * expected.count ..< 3 * expected.count]) == expected)
        #expect(Array(got[expected.count ..< 2 * expected.count]) != expected)
        let back = try AIGERReader.read(bytes: AIGERWriter.bytes(of: tiled, format: .binary))
        #expect(back == tiled)
    }

    @Test func everySectionIsCopied() throws {
        let aig = try AIGERReader.read(bytes: Fixtures.allSections)
        let tiled = try aig.tiled(copies: 2)
        #expect(tiled.isCanonical && tiled.symbols.isEmpty && tiled.comment == nil)
        #expect(tiled.latches.count == 4 && tiled.latchReset == aig.latchReset + aig.latchReset)
        #expect(tiled.bad.count == 2 && tiled.constraints.count == 2 && tiled.fairness.count == 2)
        #expect(tiled.justice.map(\.count) == aig.justice.map(\.count) + aig.justice.map(\.count))
        // Copy 1's latch next states are copy 0's shifted by copy 0's variables of each kind.
        let shift = UInt32(aig.andCount) << 1
        #expect(tiled.latchNext[2] == tiled.latchNext[0] + shift)
        #expect(try tiled.tiled(copies: 1) == tiled)
    }

    @Test func rejectsBadCopyCounts() throws {
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        #expect(throws: AIGError.invalidCopyCount(0)) { try aig.tiled(copies: 0) }
        #expect(throws: AIGError.self) { try aig.tiled(copies: Int.max / 2) }
    }
}
