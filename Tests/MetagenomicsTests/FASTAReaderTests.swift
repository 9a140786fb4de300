import Foundation
import GraphCore
import Testing
@testable import Metagenomics

/// FASTA: records, the minimum length, gzip input, and errors naming the line.
struct FASTAReaderTests {
    let text = ">c1 first contig\nACGT\nacgtN\n\n>c2\nAC\n>c3\r\nGGGGGGGGGG\n"

    @Test func readsRecordsAndSkipsShortOnes() throws {
        let contigs = try FASTAReader.parse(ReaderTestSupport.bytes(text), minimumLength: 3)
        #expect(contigs.names == ["c1", "c3"])
        #expect(contigs.length(of: 0) == 9)
        #expect(Array(contigs.sequence(of: 0)) == Array("ACGTacgtN".utf8))
        #expect(Array(contigs.sequence(of: 1)) == Array("GGGGGGGGGG".utf8))
        #expect(contigs.skipped.records == 1 && contigs.skipped.bases == 2)
    }

    @Test func defaultMinimumIsVAMBs() throws {
        let long = ">a\n" + String(repeating: "A", count: 2000) + "\n>b\n" + String(repeating: "C", count: 1999) + "\n"
        let contigs = try FASTAReader.parse(ReaderTestSupport.bytes(long))
        #expect(contigs.names == ["a"])
        #expect(contigs.skipped.records == 1)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: ReaderTestSupport.gzip)))
    func readsGzip() throws {
        try ReaderTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("contigs.fa.gz")
            try ReaderTestSupport.writeGzip(text, to: url)
            let contigs = try FASTAReader.read(path: url.path, minimumLength: 1)
            #expect(contigs.names == ["c1", "c2", "c3"])
            #expect(contigs.bases.count == 21)
        }
    }

    @Test(arguments: [
        ("ACGT\n>a\nAC\n", 1, 1),        // sequence before any header
        (">a\nAC GT\nA1\n", 3, 2),       // a digit is not a base
        (">\nACGT\n", 1, 2),             // no name
    ])
    func rejectsMalformedLines(input: String, line: Int, column: Int) throws {
        let error = #expect(throws: GraphIOError.self) { try FASTAReader.parse(ReaderTestSupport.bytes(input), path: "x.fa") }
        guard case let .malformedText(path, l, c, _, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path == "x.fa" && l == line && c == column)
    }

    @Test func rejectsDuplicateNames() {
        #expect(throws: BinningInputError.duplicateContig(path: "x.fa", line: 3, name: "a")) {
            try FASTAReader.parse(ReaderTestSupport.bytes(">a\nAC\n>a x\nGG\n"), path: "x.fa", minimumLength: 1)
        }
    }
}
