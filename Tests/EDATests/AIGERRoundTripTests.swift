import GraphCore
import Foundation
import Testing
@testable import EDA

@Suite struct AIGERRoundTripTests {
    @Test(arguments: AIGERWriter.Format.allCases)
    func everySectionSurvives(format: AIGERWriter.Format) throws {
        let original = try AIGERReader.read(bytes: Fixtures.allSections)
        let bytes = AIGERWriter.bytes(of: original, format: format)
        let again = try AIGERReader.read(bytes: bytes)
        #expect(again == original)
        #expect(AIGERWriter.bytes(of: again, format: format) == bytes)
    }

    @Test func asciiFileWritesBackByteForByte() throws {
        let text = Fixtures.halfAdder
        #expect(AIGERWriter.bytes(of: try Fixtures.aig(text), format: .ascii) == Array(text.utf8))
        let sections = try AIGERReader.read(bytes: Fixtures.allSections)
        #expect(AIGERWriter.bytes(of: sections, format: .ascii) == Fixtures.allSections)
    }

    @Test func verbatimNodesSurvive() throws {
        // Duplicates, x & x, x & !x and constant fanins: none may be simplified away.
        let text = "aag 7 2 0 1 5\n2\n4\n14\n6 4 2\n8 4 2\n10 2 2\n12 3 2\n14 12 0\n"
        let aig = try Fixtures.aig(text)
        #expect(aig.andCount == 5)
        #expect(AIGERWriter.bytes(of: aig, format: .ascii) == Array(text.utf8))
        #expect(try AIGERReader.read(bytes: AIGERWriter.bytes(of: aig, format: .binary)) == aig)
        #expect(aig.strashed().andCount == 0)   // everything folds to constants
    }

    @Test func nonCanonicalAIGWritesEquivalentBinary() throws {
        var aig = AIG()
        let a = aig.addInput()
        let q = aig.addLatch(reset: .uninitialized)
        let x = aig.xor(a, q)
        let b = aig.addInput(name: "late")
        try aig.setLatchNext(0, to: aig.and(x, b))
        try aig.addOutput(aig.or(x, b), name: "y")
        let text = AIGERWriter.bytes(of: aig, format: .ascii)
        #expect(try AIGERReader.read(bytes: text) == aig)   // ASCII keeps any numbering
        let binary = try AIGERReader.read(bytes: AIGERWriter.bytes(of: aig, format: .binary))
        #expect(binary == aig.canonicalized() && binary.isCanonical)
        #expect(try outputSignature(binary, seed: 3) == outputSignature(aig, seed: 3))
        #expect(binary.latchReset == [.uninitialized] && binary.name(of: .input, at: 1) == "late")
    }

    /// Found by fuzz-aiger-ascii: canonically numbered, but the AND lists its smaller fanin
    /// first, which binary AIGER cannot store; `canonicalized()` must order the fanins too.
    @Test func canonicalNumberingWithSmallerFaninFirst() throws {
        let aig = try AIGERReader.read(bytes: Array("aag 3 2 0 1 1\n2\n4\n6\n6 2 4\n".utf8))
        #expect(aig.isCanonical)
        let binary = try AIGERReader.read(bytes: AIGERWriter.bytes(of: aig, format: .binary))
        #expect(binary == aig.canonicalized())
        #expect(aig.canonicalized().fanin0[3] == 4 && aig.canonicalized().fanin1[3] == 2)
    }

    @Test func writeIsAtomicAndInfersFormat() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let aig = try Fixtures.aig(Fixtures.halfAdder)
        for name in ["h.aag", "h.aig"] {
            let path = directory.appendingPathComponent(name).path
            try AIGERWriter.write(aig, to: path)
            try AIGERWriter.write(aig, to: path)   // overwrite in place
            let bytes = try FileIO.readAll(path)
            #expect(Array(bytes.prefix(3)) == Array((name.hasSuffix(".aag") ? "aag" : "aig").utf8))
            #expect(try AIGERReader.read(contentsOf: path) == aig)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["h.aag", "h.aig"])
        #expect(throws: AIGERError.self) { try AIGERWriter.write(aig, to: directory.path + "/missing/x.aig") }
    }

    @Test func epflFilesWriteBackByteForByte() throws {
        for url in Fixtures.epflFiles {
            let bytes = try FileIO.readAll(url.path)
            let aig = try AIGERReader.read(bytes: bytes, fileName: url.lastPathComponent)
            #expect(AIGERWriter.bytes(of: aig, format: .binary) == bytes, "\(url.lastPathComponent)")
            if aig.andCount < 20_000 {
                let ascii = try AIGERReader.read(bytes: AIGERWriter.bytes(of: aig, format: .ascii))
                #expect(ascii == aig, "\(url.lastPathComponent)")
            }
        }
    }
}
