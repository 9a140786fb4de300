import Testing
@testable import EDA

@Suite struct AIGERReaderTests {
    @Test func halfAdder() throws {
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        #expect(aig.inputs == [1, 2])
        #expect(aig.outputs == [10, 6])
        #expect(aig.andCount == 3)
        #expect(aig.fanin0[3] == 4 && aig.fanin1[3] == 2)
        #expect(aig.fanin0[5] == 9 && aig.fanin1[5] == 7)
        #expect(aig.symbols == [AIGSymbol(kind: .input, index: 0, name: "a"), AIGSymbol(kind: .input, index: 1, name: "b"),
                                AIGSymbol(kind: .output, index: 0, name: "sum"), AIGSymbol(kind: .output, index: 1, name: "carry")])
        #expect(aig.comment == Array("\nhalf adder\n".utf8))
        #expect(aig.stats() == AIGStats(inputs: 2, outputs: 2, latches: 0, ands: 3, levels: 2,
                                         bad: 0, constraints: 0, justice: 0, fairness: 0))
        // Truth table: a = 0b1100, b = 0b1010 → sum 0b0110, carry 0b1000.
        let values = try aig.simulate(inputWords: [0b1100, 0b1010])
        #expect(AIG.word(of: aig.outputs[0], in: values) & 0xF == 0b0110)
        #expect(AIG.word(of: aig.outputs[1], in: values) & 0xF == 0b1000)
    }

    @Test func allSectionsOfAIGER19() throws {
        let aig = try AIGERReader.read(bytes: Fixtures.allSections)
        #expect(aig.inputs == [1] && aig.latches == [2, 3])
        #expect(aig.latchNext == [10, 8] && aig.latchReset == [.one, .uninitialized])
        #expect(aig.outputs == [10] && aig.bad == [8] && aig.constraints == [3])
        #expect(aig.justice == [[2, 4]] && aig.fairness == [6])
        #expect(aig.andCount == 2 && aig.maxVariable == 5)
        #expect(aig.symbols.count == 8 && aig.name(of: .fairness, at: 0) == "fair")
        #expect(aig.name(of: .constraint, at: 0) == "assume")
        #expect(aig.comment == Array("\ntop".utf8) + [0] + Array("\nafter NUL\n".utf8))
        #expect(aig.stats().levels == 1)
    }

    @Test func degenerateButLegalFiles() throws {
        let empty = try Fixtures.aig("aag 0 0 0 0 0\n")
        #expect(empty.variableCount == 1 && empty.comment == nil)
        let constants = try Fixtures.aig("aag 1 1 0 4 0\n2\n0\n1\n2\n2\n")
        #expect(constants.outputs == [0, 1, 2, 2] && constants.depth() == 0)
        let sparse = try Fixtures.aig("aag 9 1 0 1 1\n2\n7\n6 3 2\n")
        #expect(sparse.maxVariable == 9 && sparse.kinds[4] == .unused && sparse.kinds[3] == .and)
        #expect(try Fixtures.aig("aag 1 1 0 1 0\r\n2\r\n3\r\n").outputs == [3])
        let binaryEmpty = try AIGERReader.read(bytes: Array("aig 0 0 0 0 0\n".utf8))
        #expect(binaryEmpty.andCount == 0)
        // A comment line without symbols; and a comment right after 'c' with no newline (ABC &w).
        #expect(try Fixtures.aig("aag 0 0 0 0 0\nc\n").comment == [0x0A])
        #expect(try Fixtures.aig("aag 0 0 0 0 0\ncn\u{0}x").comment == [0x6E, 0, 0x78])
    }

    @Test func outOfOrderASCIIIsSortedTopologically() throws {
        // AND 6 reads AND 8, listed after it: renumbered so fanins precede their AND.
        let aig = try Fixtures.aig("aag 4 2 0 1 2\n2\n4\n6\n6 8 2\n8 2 5\n")
        #expect(aig.isCanonical)
        #expect(aig.outputs == [8])
        #expect(aig.fanin0[3] == 2 && aig.fanin1[3] == 5)   // old 8 = a & !b
        #expect(aig.fanin0[4] == 6 && aig.fanin1[4] == 2)   // old 6 = (old 8) & a
        #expect(aig.invariantViolation() == nil)
    }

    @Test func inputsNumberedAfterTheirANDsAreRenumbered() throws {
        let aig = try Fixtures.aig("aag 3 2 0 1 1\n6\n4\n2\n2 6 4\n")
        #expect(aig.inputs == [1, 2] && aig.outputs == [6])
        #expect(aig.fanin0[3] == 2 && aig.fanin1[3] == 4)
    }

    @Test func binaryHalfAdderMatchesASCII() throws {
        let ascii = try Fixtures.aig(Fixtures.halfAdder)
        let bytes = AIGERWriter.bytes(of: ascii, format: .binary)
        // Header, outputs, then deltas: 6 = 4 & 2 → (2, 2); 8 = 5 & 3 → (3, 2); 10 = 9 & 7 → (1, 2).
        let expected = Array("aig 5 2 0 2 3\n10\n6\n".utf8) + [2, 2, 3, 2, 1, 2]
        #expect(Array(bytes.prefix(expected.count)) == expected)
        #expect(try AIGERReader.read(bytes: bytes) == ascii)
    }

    @Test func firstDeltaMayBeOne() throws {
        // lhs 6 = 5 & 0: delta0 = 1, delta1 = 5.
        let aig = try AIGERReader.read(bytes: Array("aig 3 2 0 1 1\n6\n".utf8) + [1, 5])
        #expect(aig.fanin0[3] == 5 && aig.fanin1[3] == 0)
    }

    @Test func customVisitorSeesEveryRecord() throws {
        struct Counter: AIGERVisitor {
            var log: [String] = []
            mutating func header(_ h: AIGERHeader, at: AIGERError.Location) { log.append("h\(h.maxVariable)") }
            mutating func input(_ l: UInt32, at: AIGERError.Location) { log.append("i\(l)") }
            mutating func latch(_ l: UInt32, next: UInt32, reset: UInt32, at: AIGERError.Location) { log.append("l\(l)") }
            mutating func output(_ l: UInt32, at: AIGERError.Location) { log.append("o\(l)") }
            mutating func bad(_ l: UInt32, at: AIGERError.Location) { log.append("b\(l)") }
            mutating func constraint(_ l: UInt32, at: AIGERError.Location) { log.append("c\(l)") }
            mutating func justice(_ ls: [UInt32], at: AIGERError.Location) { log.append("j\(ls.count)") }
            mutating func fairness(_ l: UInt32, at: AIGERError.Location) { log.append("f\(l)") }
            mutating func and(_ l: UInt32, _ r0: UInt32, _ r1: UInt32, at: AIGERError.Location) { log.append("a\(l)") }
            mutating func symbol(_ s: AIGSymbol, at: AIGERError.Location) { log.append("s\(s.name)") }
            mutating func comment(_ b: [UInt8], at: AIGERError.Location) { log.append("#\(b.count)") }
        }
        var counter = Counter()
        try AIGERReader.parse(bytes: Array(Fixtures.halfAdder.utf8), into: &counter)
        #expect(counter.log == ["h5", "i2", "i4", "o10", "o6", "a6", "a8", "a10", "sa", "sb", "ssum", "scarry", "#12"])
    }
}
