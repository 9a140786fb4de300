import CircuitLearning
import EDA
import Foundation
import GraphCore
import Testing

@Suite("Equivalence retrieval")
struct RetrievalTests {
    @Test("Nearest neighbour by cosine, partner rank, top-1 share")
    func ranksByCosine() {
        // 0 ↔ 2 and 1 ↔ 3; circuit 3 sits closer to 2 and 0 than to its partner 1.
        let embeddings: [[Float]] = [[1, 0], [0, 1], [2, 0.1], [1, 0.2]]
        let hits = EquivalenceRetrieval.hits(embeddings: embeddings, partner: [2, 3, 0, 1])
        #expect(hits.map(\.nearest) == [2, 3, 0, 2])
        #expect(hits.map(\.correct) == [true, true, true, false])
        #expect(hits[3].partnerRank == 3)
        #expect(EquivalenceRetrieval.top1(hits) == 0.75)
        #expect(abs(EquivalenceRetrieval.cosine([1, 0], [3, 0]) - 1) < 1e-12)
        #expect(EquivalenceRetrieval.cosine([0, 0], [1, 0]) == 0)
    }

    @Test("Ties count against the partner, and the nearest of a tie is not the partner")
    func tiesCountAgainst() {
        let hits = EquivalenceRetrieval.hits(count: 4, partner: [1, 0, 3, 2]) { _, _ in 0.5 }
        #expect(hits.map(\.partnerRank) == [3, 3, 3, 3])
        #expect(hits.allSatisfy { !$0.correct && $0.nearest != $0.partner && $0.candidates == 3 }, "\(hits)")
    }

    @Test("Shape of a circuit and the baseline's distance, by hand")
    func shapeDistance() {
        let adder = CircuitShape(Circuits.fullAdder())
        #expect(adder.inputs == 3 && adder.latches == 0 && adder.outputs == 2 && adder.ands == Circuits.fullAdder().andCount)
        let a = CircuitShape(inputs: 4, outputs: 2, ands: 10), b = CircuitShape(inputs: 4, outputs: 2, ands: 21)
        #expect(a.hasSameInterface(as: b) && !a.hasSameInterface(as: CircuitShape(inputs: 4, outputs: 3, ands: 10)))
        #expect(abs(a.distance(to: b) - log(2.0)) < 1e-12)
        #expect(abs(a.distance(to: CircuitShape(inputs: 7, latches: 4, outputs: 2, ands: 10)) - 5) < 1e-12)
    }

    /// Three pairs (i ↔ i + 3): 0, 1 and their copies share one interface, 2 and 5 another.
    /// By shape every partner is nearest; the embeddings (unit vectors at the given angles) put
    /// 0, 1 and 3 close together, so inside the interface group every query misses.
    @Test("Embedding against the shape baseline, overall and within equal interfaces, by hand")
    func evaluationAgainstBaseline() {
        let shapes = [CircuitShape(inputs: 4, outputs: 2, ands: 10), CircuitShape(inputs: 4, outputs: 2, ands: 100),
                      CircuitShape(inputs: 8, outputs: 1, ands: 50), CircuitShape(inputs: 4, outputs: 2, ands: 8),
                      CircuitShape(inputs: 4, outputs: 2, ands: 90), CircuitShape(inputs: 8, outputs: 1, ands: 40)]
        let degrees: [Double] = [0, 4, 90, 10, 60, 135]
        let embeddings = degrees.map { d in [Float(cos(d * .pi / 180)), Float(sin(d * .pi / 180))] }
        let e = RetrievalEvaluation(embeddings: embeddings, shapes: shapes, partner: [3, 4, 5, 0, 1, 2], originals: 3)
        #expect(e.shape.queries == 6 && e.shape.correct == 6 && e.shape.top1 == 1 && e.shape.top1Originals == 1 && e.shape.meanPartnerRank == 1)
        #expect(e.embeddingHits.map(\.nearest) == [1, 0, 4, 1, 2, 2])
        #expect(e.embeddingHits.map(\.partnerRank) == [2, 3, 2, 2, 3, 1])
        #expect(e.embedding.correct == 1 && abs(e.embedding.meanPartnerRank - 13.0 / 6) < 1e-12 && e.embedding.top1Originals == 0)
        // Inside the group {0, 1, 3, 4}; the pair 2 ↔ 5 has no distractor and is left out.
        #expect(e.withinInterfaceEmbeddingHits.map(\.query) == [0, 1, 3, 4])
        #expect(e.withinInterfaceEmbeddingHits.map(\.partnerRank) == [2, 3, 2, 2])
        #expect(e.withinInterfaceEmbedding.correct == 0 && e.withinInterfaceShape.correct == 4)
        #expect(e.interfaceGroups == 1 && abs(e.withinInterfaceChance - 1.0 / 3) < 1e-12)
    }

    @Test("evaluate-encoder --equivalents finds a circuit's identical copy and fails cleanly on a missing one")
    func command() throws {
        let f = try EmbedCommandTests.fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let copies = f.directory.appendingPathComponent("copies")
        try FileManager.default.createDirectory(at: copies, withIntermediateDirectories: true)
        let other = f.directory.appendingPathComponent("multiplier-3.aig").path
        try CircuitFile.write(try CircuitGenerator.make(.multiplier, bits: 3), to: other)
        for path in [f.circuit, other] {
            try FileManager.default.copyItem(atPath: path, toPath: copies.appendingPathComponent((path as NSString).lastPathComponent).path)
        }
        let result = try EmbedCommandTests.run(["evaluate-encoder", f.circuit, other, "--model", f.model,
                                                "--equivalents", copies.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("top-1 1.0000 (4/4)"), "\(result.stdout)")
        #expect(result.stdout.contains("trivial baseline, nearest by (inputs, latches, outputs, log ANDs): top-1 1.0000 (4/4)"), "\(result.stdout)")
        #expect(result.stdout.contains("within equal interfaces: no query has a candidate besides its equivalent"), "\(result.stdout)")
        try FileManager.default.removeItem(atPath: copies.appendingPathComponent("multiplier-3.aig").path)
        let missing = try EmbedCommandTests.run(["evaluate-encoder", f.circuit, other, "--model", f.model,
                                                 "--equivalents", copies.path])
        #expect(missing.status != 0 && missing.stderr.contains("multiplier-3.aig"), "\(missing.stderr)")
    }
}
