import GraphCore
import Testing
@testable import Metagenomics

/// Edge, must-differ, marker and marker-set files.
struct PrecomputedInputTests {
    let contigs: [String: Int32] = ["a": 0, "b": 1, "c": 2]

    @Test func edgesWithHeaderWeightsAndUnknownContigs() throws {
        let text = "contig_a\tcontig_b\tread_count\na\tb\t2\nb\tc\nc\tshort\t5\n"
        let pairs = try ContigPairReader.parse(ReaderTestSupport.bytes(text), contigs: contigs, weighted: true)
        #expect(pairs.first == [0, 1] && pairs.second == [1, 2] && pairs.weights == [2, 1])
        #expect(pairs.unknownNames == ["short"] && pairs.droppedPairs == 1)
        let graph = try pairs.graph(nodeCount: 3)
        #expect(graph.edgeCount == 4 && Array(graph.neighbors(of: 1)) == [0, 2])
    }

    @Test func mustDifferRejectsAWeight() {
        let error = #expect(throws: GraphIOError.self) {
            try ContigPairReader.parse(ReaderTestSupport.bytes("a b\na c 3\n"), path: "m.tsv", contigs: contigs, weighted: false)
        }
        #expect(error?.line == 2)
    }

    @Test func markersAndMarkerSets() throws {
        let markers = try MarkerReader.parse(ReaderTestSupport.bytes("contig\tmarker\na\tPF1\nb\tPF1\na\tPF2\nzz\tPF3\n"), contigs: contigs)
        #expect(markers.markerNames == ["PF1", "PF2"])
        #expect(markers.markersOfContig == [[0, 1], [0], []])
        #expect(markers.unknownNames == ["zz"])
        let sets = try MarkerSetReader.parse(ReaderTestSupport.bytes("# [Taxon Marker File]\nBacteria\t1\t0\tBacteria\t5449\t[{'PF1', 'PF2'}, {'TIGR3'}]\n"))
        #expect(sets == [["PF1", "PF2"], ["TIGR3"]])
    }

    @Test func malformedMarkerSetNamesTheColumn() {
        let error = #expect(throws: GraphIOError.self) {
            try MarkerSetReader.parse(ReaderTestSupport.bytes("x\t[{'PF1', PF2}]\n"), path: "s.ms")
        }
        guard case let .malformedText(_, line, column, _, _) = error else { return }
        #expect(line == 1 && column == 12)
    }
}
