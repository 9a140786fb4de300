import GraphCore
import Testing
@testable import Metagenomics

/// FASTG on a hand-drawn graph: edge 1 (4 bp) continues into 2 and into 3 reversed; 2 (6 bp,
/// over two lines) into 3; each edge also written on its reverse strand, with the mirrored
/// continuations (1 → 2 is 2' → 1', 1 → 3' is 3 → 1', 2 → 3 is 3' → 2').
struct FASTGReaderTests {
    let fastg = """
        >EDGE_1_length_4_cov_2.5:EDGE_2_length_6_cov_3.0,EDGE_3_length_3_cov_1.0';
        ACGT
        >EDGE_1_length_4_cov_2.5':;
        ACGT
        >EDGE_2_length_6_cov_3.0:EDGE_3_length_3_cov_1.0;
        AAC
        GTT
        >EDGE_2_length_6_cov_3.0':EDGE_1_length_4_cov_2.5';
        AACGTT
        >EDGE_3_length_3_cov_1.0:EDGE_1_length_4_cov_2.5';
        ACG
        >EDGE_3_length_3_cov_1.0':EDGE_2_length_6_cov_3.0';
        CGT

        """

    @Test func readsEdgesLengthsAndLinksOncePerStrandPair() throws {
        let graph = try FASTGReader.parse(ReaderTestSupport.bytes(fastg))
        #expect(graph.segmentNames == ["1", "2", "3"])
        #expect(graph.segmentLengths == [4, 6, 3])
        let links = Set(graph.links.map { "\($0.from)>\($0.to)" })
        // 1+ → 2+, 1+ → 3-, 2+ → 3+: three links, their mirror images not counted again.
        #expect(links == ["0>2", "0>5", "2>4"])
    }

    @Test func megahitContigsNameTheirEdges() throws {
        let text = ">NODE_7_length_4_cov_1_ID_13:NODE_9_length_3_cov_1_ID_17;\nACGT\n>NODE_9_length_3_cov_1_ID_17:;\nACG\n"
        let graph = try FASTGReader.parse(ReaderTestSupport.bytes(text))
        let paths = FASTGReader.megahitPaths(graph, contigs: ["k141_9", "k141_7"])
        #expect(paths.map(\.name) == ["k141_7", "k141_9"])
        let pairs = ContigAdjacency.build(graph, paths: paths, contigs: ["k141_9": 0, "k141_7": 1])
        #expect(pairs.count == 1 && pairs.first[0] == 0 && pairs.second[0] == 1 && pairs.weights == [1])
    }

    @Test(arguments: [
        ("ACGT\n", 1, "a header line starting with '>' before any sequence"),
        (">EDGE_1:EDGE_2\nACGT\n", 1, "a FASTG header ending in ';' (>EDGE:NEXT,NEXT';)"),
        (">EDGE_1:EDGE_2;\nACGT\n", 1, "edges that have a header of their own"),
        (">EDGE_1;\nA\n>EDGE_1;\nA\n", 3, "each edge once per strand"),
        (">EDGE_1:,EDGE_1;\nA\n", 1, "an edge name, with ' for its reverse strand"),
    ])
    func rejectsMalformedFASTG(input: String, line: Int, expected: String) {
        let error = #expect(throws: GraphIOError.self) { try FASTGReader.parse(ReaderTestSupport.bytes(input), path: "g.fastg") }
        guard case .malformedText(let path, let found, _, let what, _)? = error else { return }
        #expect(path == "g.fastg" && found == line && what == expected)
    }
}
