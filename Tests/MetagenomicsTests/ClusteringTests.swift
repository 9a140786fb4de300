import GraphCore
import Testing
@testable import Metagenomics

/// Medoid clustering, the must-differ split and marker quality on hand-made cases.
struct ClusteringTests {
    /// Rows close to one of three directions; clusters must be exactly the three groups.
    @Test func medoidClusteringFindsSeparatedDirections() {
        var rng = SeededGenerator(seed: 5)
        var rows: [[Float]] = []
        for k in 0 ..< 30 {
            var row: [Float] = [0, 0, 0, 0]
            row[k % 3] = 1
            rows.append(row.map { $0 + 0.01 * rng.nextGaussian() })
        }
        var generator = SeededGenerator(seed: 1)
        let bins = MedoidClustering().cluster(Matrix(rows), generator: &generator)
        #expect(Set(bins).count == 3)
        for k in 0 ..< 30 { #expect(bins[k] == bins[k % 3]) }
    }

    /// One bin of 0, 1, 2, 3 where 0 and 1 share a marker: 2 follows 0 and 3 follows 1.
    @Test func splitSeparatesMustDifferPairs() {
        let embedding = Matrix([[1, 0], [0, 1], [0.9, 0.1], [0.1, 0.9], [1, 1]])
        var pairs = ContigPairs()
        pairs.append(0, 1)
        let bins = ConstrainedSplit.split([0, 0, 0, 0, 1], embedding: embedding, lengths: [10, 9, 8, 7, 6], mustDiffer: pairs)
        #expect(bins == [0, 1, 0, 1, 2])
    }

    /// Edges 0–1 (weight 2), 1–2 (1), 2–3 (5) with 0 and 2 apart: 2–3 merge first, then 0–1;
    /// joining the two would put 0 and 2 together, so two bins stay.
    @Test func mergeAlongTheGraphRespectsMustDiffer() {
        var edges = ContigPairs(), apart = ContigPairs()
        edges.append(0, 1, weight: 2)
        edges.append(1, 2, weight: 1)
        edges.append(2, 3, weight: 5)
        apart.append(0, 2)
        #expect(GraphMerge.merge([0, 1, 2, 3, 4], edges: edges, mustDiffer: apart) == [0, 0, 1, 1, 2])
        #expect(GraphMerge.merge([0, 1, 2, 3, 4], edges: edges, mustDiffer: ContigPairs()) == [0, 0, 0, 0, 1])
    }

    /// Sets {A, B} and {C}; a bin carrying A twice and C: completeness (1/2 + 1)/2, contamination (1/2 + 0)/2.
    @Test func markerQualityByHand() throws {
        let markers = try MarkerReader.parse(Array("a\tA\nb\tA\nb\tC\n".utf8), contigs: ["a": 0, "b": 1])
        let quality = MarkerQuality(sets: [["A", "B"], ["C"]], markers: markers)
        let estimate = quality.estimate([0, 1], markers: markers)
        #expect(estimate.completeness == 0.75 && estimate.contamination == 0.25)
        #expect(quality.estimate([0], markers: markers).completeness == 0.25)
    }
}
