import GraphCore
import Testing
@testable import Metagenomics

/// GFA, contig paths (metaSPAdes, metaFlye) and the contig–contig graph, on a hand-drawn
/// assembly: A = 1+,2+; B = 3+; C = 4-,5+; links 1–2 (inside A), 2–3 (RC 4), 3–4 (RC 2), 5–1.
struct GraphReaderTests {
    let gfa = """
        H\tVN:Z:1.0
        S\t1\tACGT
        S\t2\t*\tLN:i:700
        S\t3\t*
        S\t4\tAC
        S\t5\tA
        L\t1\t+\t2\t+\t0M
        L\t2\t+\t3\t+\t0M\tRC:i:4
        L\t3\t+\t4\t+\t0M\tRC:i:2
        L\t5\t+\t1\t+\t*
        P\tA\t1+,2+\t*
        P\tB\t3+\t*
        P\tC\t4-,5+\t*
        P\tD\t5+\t*

        """

    @Test func readsSegmentsLinksAndPaths() throws {
        let graph = try GFAReader.parse(ReaderTestSupport.bytes(gfa))
        #expect(graph.segmentNames == ["1", "2", "3", "4", "5"])
        #expect(graph.segmentLengths == [4, 700, 0, 2, 1])
        #expect(graph.links.count == 4)
        #expect(graph.links[1] == .init(from: 1 << 1, to: 2 << 1, readCount: 4))
        #expect(graph.paths[2] == .init(name: "C", segments: [3 << 1 | 1, 4 << 1]))
    }

    @Test func contigGraphFromPaths() throws {
        let graph = try GFAReader.parse(ReaderTestSupport.bytes(gfa))
        let pairs = ContigAdjacency.build(graph, paths: nil, contigs: ["A": 0, "B": 1, "C": 2])
        let edges = Set((0 ..< pairs.count).map { "\(pairs.first[$0])-\(pairs.second[$0]):\(pairs.weights[$0])" })
        #expect(edges == ["0-1:4.0", "1-2:2.0", "0-2:1.0"])
        #expect(pairs.unknownNames == ["D"])
    }

    @Test func contigGraphWithoutPathsUsesSegments() throws {
        let graph = try GFAReader.parse(ReaderTestSupport.bytes("S\ta\t*\nS\tb\t*\nL\ta\t+\tb\t-\t0M\n"))
        let pairs = ContigAdjacency.build(graph, paths: nil, contigs: ["a": 0, "b": 1])
        #expect(pairs.count == 1 && pairs.weights == [1])
    }

    @Test func spadesPathsWithGapsAndReverseRecords() throws {
        let paths = "NODE_1\n1+,2+\nNODE_1'\n2-,1-\nNODE_2\n3+;\n4-,5+\nNODE_2'\n5-,4+;\n3-\n"
        let segments: [String: Int32] = ["1": 0, "2": 1, "3": 2, "4": 3, "5": 4]
        let read = try ContigPathsReader.parse(ReaderTestSupport.bytes(paths), segments: segments)
        #expect(read == [.init(name: "NODE_1", segments: [0, 2]), .init(name: "NODE_2", segments: [4, 7, 8])])
    }

    @Test func flyeAssemblyInfo() throws {
        let info = "#seq_name\tlength\tcov.\tcirc.\trepeat\tmult.\talt_group\tgraph_path\ncontig_1\t500\t10\tN\tN\t1\t*\t1,-2,*,3\n"
        let segments: [String: Int32] = ["edge_1": 0, "edge_2": 1, "edge_3": 2]
        let read = try ContigPathsReader.parse(ReaderTestSupport.bytes(info), segments: segments)
        #expect(read == [.init(name: "contig_1", segments: [0, 3, 4])])
    }

    @Test(arguments: [
        ("S\t1\t*\nL\t1\t+\t9\t+\t0M\n", 2, "a segment defined by an S line"),
        ("S\t1\t*\nL\t1\tx\t1\t+\t0M\n", 2, "an orientation, + or -"),
        ("S\t1\t*\nP\tp\t1+,1\t*\n", 2, "oriented segments such as 1+,2- separated by commas"),
        ("S\t1\t*\tLN:i:x\n", 1, "LN:i: and a non-negative integer"),
    ])
    func rejectsMalformedGFA(input: String, line: Int, expected: String) {
        let error = #expect(throws: GraphIOError.self) { try GFAReader.parse(ReaderTestSupport.bytes(input), path: "g.gfa") }
        guard case let .malformedText(path, l, _, e, _) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(path == "g.gfa" && l == line && e == expected)
    }

    @Test func rejectsUnknownSegmentInPaths() {
        let error = #expect(throws: GraphIOError.self) {
            try ContigPathsReader.parse(ReaderTestSupport.bytes("NODE_1\n1+,7-\n"), path: "c.paths", segments: ["1": 0])
        }
        #expect(error?.line == 2)
    }
}
