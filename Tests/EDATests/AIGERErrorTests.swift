import Testing
@testable import EDA

/// Every rejection names the file, the line (ASCII) or byte offset (binary), and what was expected.
@Suite struct AIGERErrorTests {
    private let andHeader = Array("aig 3 2 0 1 1\n6\n".utf8)   // the AND's deltas start at byte 16

    @Test func literalOutOfRange() throws {
        let error = try #require(Fixtures.error("aag 3 2 0 1 1\n2\n4\n8\n6 2 4\n"))
        #expect(error.reason == .literalOutOfRange(literal: 8, maxLiteral: 7))
        #expect(error.description == "t.aag:4: literal 8 is out of range: the header's M allows literals up to 7")
        let binary = try #require(Fixtures.error(Array("aig 1 1 0 1 0\n4\n".utf8)))
        #expect(binary.location == .byteOffset(14))
        #expect(binary.description.hasPrefix("t.aig: byte 14: literal 4 is out of range"))
    }

    @Test func andDefinedTwice() throws {
        let error = try #require(Fixtures.error("aag 4 2 0 1 2\n2\n4\n6\n6 2 4\n6 3 5\n"))
        #expect(error.reason == .definedTwice(what: "AND line", variable: 3))
        #expect(error.location == .line(6))
        #expect(error.description == "t.aag:6: variable 3 (literal 6) is defined twice; this AND line redefines it")
        let input = try #require(Fixtures.error("aag 2 2 0 0 0\n2\n2\n"))
        #expect(input.reason == .definedTwice(what: "input line", variable: 1) && input.location == .line(3))
    }

    @Test func invalidDefinitions() throws {
        let negated = try #require(Fixtures.error("aag 2 1 0 0 1\n2\n5 2 2\n"))
        #expect(negated.reason == .invalidDefinition(what: "AND", literal: 5) && negated.location == .line(3))
        let constant = try #require(Fixtures.error("aag 1 1 0 0 0\n0\n"))
        #expect(constant.reason == .invalidDefinition(what: "input", literal: 0) && constant.location == .line(2))
    }

    @Test func binaryANDOrder() throws {
        let zero = try #require(Fixtures.error(andHeader + [0, 0]))
        #expect(zero.reason == .binaryAndOrder(index: 0, lhs: 6, detail: "delta0 is 0, so rhs0 would equal lhs"))
        #expect(zero.location == .byteOffset(16))
        #expect(zero.description == "t.aig: byte 16: AND 0 (lhs 6) breaks the binary order lhs > rhs0 >= rhs1: delta0 is 0, so rhs0 would equal lhs")
        let negative = try #require(Fixtures.error(andHeader + [7, 0]))
        #expect(negative.reason == .binaryAndOrder(index: 0, lhs: 6, detail: "delta0 7 exceeds lhs, so rhs0 would be negative"))
        let swapped = try #require(Fixtures.error(andHeader + [2, 5]))
        #expect(swapped.reason == .binaryAndOrder(index: 0, lhs: 6, detail: "delta1 5 exceeds rhs0 4, so rhs1 would be negative"))
        #expect(swapped.location == .byteOffset(16))
    }

    @Test func truncatedVarint() throws {
        let error = try #require(Fixtures.error(andHeader + [0x82]))
        #expect(error.reason == .truncatedVarint(index: 0))
        #expect(error.location == .byteOffset(17))
        #expect(error.description == "t.aig: byte 17: the file ends inside the varint deltas of AND 0; the file is truncated")
        let second = try #require(Fixtures.error(Array("aig 4 2 0 1 2\n8\n".utf8) + [2, 2, 0x81]))
        #expect(second.reason == .truncatedVarint(index: 1) && second.location == .byteOffset(19))
        let overflow = try #require(Fixtures.error(andHeader + [0xFF, 0xFF, 0xFF, 0xFF, 0x1F, 0]))
        #expect(overflow.reason == .varintOverflow(index: 0) && overflow.location == .byteOffset(16))
    }

    @Test func undefinedLiteral() throws {
        let inAND = try #require(Fixtures.error("aag 4 2 0 1 1\n2\n4\n6\n6 2 8\n"))
        #expect(inAND.reason == .undefinedLiteral(8) && inAND.location == .line(5))
        #expect(inAND.description == "t.aag:5: literal 8 uses variable 4, which no input, latch or AND defines")
        let inOutput = try #require(Fixtures.error("aag 2 1 0 1 0\n2\n5\n"))
        #expect(inOutput.reason == .undefinedLiteral(5) && inOutput.location == .line(3))
    }

    @Test func cycle() throws {
        let error = try #require(Fixtures.error("aag 4 1 0 1 2\n2\n6\n6 2 8\n8 6 2\n"))
        #expect(error.reason == .cycle(variable: 3) && error.location == .line(4))
        #expect(error.description == "t.aag:4: AND 6 lies on a combinational cycle; the ANDs of an AIGER file must form a DAG")
        let selfLoop = try #require(Fixtures.error("aag 2 1 0 1 1\n2\n4\n4 4 2\n"))
        #expect(selfLoop.reason == .cycle(variable: 2))
    }

    @Test func aig2HeaderFromABC() throws {
        let error = try #require(Fixtures.error(Array("aig2 3 2 0 1 1\n".utf8)))
        #expect(error.reason == .unsupportedAIG2 && error.location == .byteOffset(0))
        #expect(error.description.contains("write_aiger -c"))
    }

    @Test func headerErrors() throws {
        let mismatch = try #require(Fixtures.error(Array("aig 4 2 0 1 1\n6\n".utf8) + [2, 2]))
        #expect(mismatch.reason == .invalidHeader("a binary file needs M = I + L + A, but M = 4 and I + L + A = 3"))
        #expect(Fixtures.error("aag 1 1 0 0 1\n2\n4 2 2\n")?.reason
            == .invalidHeader("I + L + A = 2 exceeds M = 1, yet each input, latch and AND defines its own variable"))
        let short = try #require(Fixtures.error("aag 3 1 0 0 2\n2\n"))
        #expect(short.reason == .invalidHeader("it declares 3 records but only 2 bytes follow; the file is truncated or the header is wrong"))
        #expect(Fixtures.error("aag 1 1\n")?.reason == .expected("the header field L after a space, found end of line"))
        #expect(Fixtures.error("aag 99999999999 0 0 0 0\n")?.reason == .numberTooLarge)
        #expect(Fixtures.error("hello")?.reason == .notAIGER("'hello'"))
        #expect(Fixtures.error([])?.reason == .notAIGER("an empty file"))
        #expect(Fixtures.error([0x1F, 0x8B, 8, 0])?.reason == .notAIGER("gzip-compressed data; decompress it first (gunzip -k FILE)"))
    }

    @Test func syntaxAndValueErrors() throws {
        let reset = try #require(Fixtures.error("aag 2 0 1 0 0\n2 3 3\n"))
        #expect(reset.reason == .invalidReset(latch: 2, reset: 3) && reset.location == .line(2))
        let space = try #require(Fixtures.error("aag 3 2 0 0 1\n2\n4\n6 2x4\n"))
        #expect(space.reason == .expected("a space, found 'x'") && space.location == .line(4))
        let missing = try #require(Fixtures.error("aag 1 1 0 1 0\n2\n\n"))
        #expect(missing.reason == .expected("a literal, found end of line") && missing.location == .line(3))
        let symbol = try #require(Fixtures.error("aag 1 1 0 0 0\n2\ni1 x\n"))
        #expect(symbol.reason == .symbolOutOfRange(kind: "i", index: 1, count: 1) && symbol.location == .line(3))
        let garbage = try #require(Fixtures.error("aag 1 1 0 0 0\n2\nzz\n"))
        #expect(garbage.location == .line(3))
        #expect(garbage.description.contains("expected a symbol line"))
    }

    @Test func missingFileNamesThePath() throws {
        #expect {
            try AIGERReader.read(contentsOf: "/nonexistent/x.aig")
        } throws: { error in
            (error as? AIGERError)?.description == "/nonexistent/x.aig: cannot read the file: open failed: No such file or directory"
        }
    }
}

extension AIGERErrorTests {
    @Test func corruptHeaderCannotAllocateGigabytes() throws {
        let error = try #require(Fixtures.error(Array("aig 2000000000 2000000000 0 0 0\n".utf8)))
        #expect(error.description.contains("refusing to allocate"))
        #expect(Fixtures.error(Array("aig 1048576 1048576 0 0 0\n".utf8)) == nil)   // legal, 2^20 inputs
    }
}
