import GraphCore
import Testing
@testable import Metagenomics

/// Depth files in jgi_summarize_bam_contig_depths, abundance-TSV and contig-table layouts.
struct DepthReaderTests {
    let jgi = """
        contigName\tcontigLen\ttotalAvgDepth\ts1.bam\ts1.bam-var\ts2.bam\ts2.bam-var
        c1\t2500\t3.5\t3\t0.5\t0.5\t0.1
        c2\t4000\t10\t8\t1\t2\t0.2

        """

    @Test func readsJGIDepthsAndDropsVariances() throws {
        let d = try DepthReader.parse(ReaderTestSupport.bytes(jgi))
        #expect(d.names == ["c1", "c2"] && d.lengths == [2500, 4000] && d.samples == ["s1.bam", "s2.bam"])
        #expect(d.depths == Matrix([[3, 0.5], [8, 2]]))
    }

    @Test func readsAbundanceWithAndWithoutHeader() throws {
        let withHeader = try DepthReader.parse(ReaderTestSupport.bytes("contigname\tA\tB\nx\t1\t2\ny\t0\t4\n"))
        #expect(withHeader.samples == ["A", "B"] && withHeader.lengths == nil)
        #expect(withHeader.depths == Matrix([[1, 2], [0, 4]]))
        let bare = try DepthReader.parse(ReaderTestSupport.bytes("x 1.5\ny 2\n"))
        #expect(bare.names == ["x", "y"] && bare.samples == ["sample1"] && bare.depths == Matrix([[1.5], [2]]))
    }

    @Test func readsContigTable() throws {
        let d = try DepthReader.parse(ReaderTestSupport.bytes("contig\tlength\tdepth\nc1\t495167\t15.99\n"), layout: .contigTable)
        #expect(d.lengths == [495167] && d.depths == Matrix([[15.99]]))
    }

    @Test(arguments: [
        ("contigName\tcontigLen\ttotalAvgDepth\ts1\ts1-var\nc1\t10\t1\t-2\t0\n", 2, 9),   // negative depth
        ("contigName\tcontigLen\ttotalAvgDepth\ts1\ts1-var\nc1\t10\t1\t2\n", 2, 10),        // a column short
        ("contigName\tcontigLen\ttotalAvgDepth\ts1\ts1-var\nc1\tten\t1\t2\t0\n", 2, 4),    // length not a number
        ("contigName\tcontigLen\ttotalAvgDepth\ts1\nc1\t10\t1\t2\n", 1, 38),              // no variance column
    ])
    func rejectsMalformedRows(input: String, line: Int, column: Int) throws {
        let error = #expect(throws: GraphIOError.self) { try DepthReader.parse(ReaderTestSupport.bytes(input), path: "d.txt") }
        guard case let .malformedText(_, l, c, _, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(l == line && c == column)
    }

    @Test func reportsContigsWithoutDepths() throws {
        let d = try DepthReader.parse(ReaderTestSupport.bytes(jgi))
        #expect(throws: BinningInputError.missingContigs(path: "d.txt", contigsPath: "c.fa", names: ["c3"], count: 1)) {
            try d.aligned(to: ["c2", "c3"], path: "d.txt", contigsPath: "c.fa")
        }
        let (aligned, unused) = try d.aligned(to: ["c2"], path: "d.txt", contigsPath: "c.fa")
        #expect(aligned == Matrix([[8, 2]]) && unused == 1)
    }

    /// Found by fuzz-depth: a carriage return inside a name must not break the message's line.
    @Test func duplicateNameWithControlCharacterIsOneLine() throws {
        let error = #expect(throws: BinningInputError.self) { try DepthReader.parse(ReaderTestSupport.bytes("0y\r\t4\n0y\r\t4\n")) }
        #expect(!String(describing: try #require(error)).contains(where: \.isNewline))
    }

    @Test func rejectsDuplicateContig() {
        #expect(throws: BinningInputError.duplicateContig(path: "d.txt", line: 2, name: "x")) {
            try DepthReader.parse(ReaderTestSupport.bytes("x 1\nx 2\n"), path: "d.txt")
        }
    }
}
