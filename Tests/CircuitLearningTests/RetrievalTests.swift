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
        try FileManager.default.removeItem(atPath: copies.appendingPathComponent("multiplier-3.aig").path)
        let missing = try EmbedCommandTests.run(["evaluate-encoder", f.circuit, other, "--model", f.model,
                                                 "--equivalents", copies.path])
        #expect(missing.status != 0 && missing.stderr.contains("multiplier-3.aig"), "\(missing.stderr)")
    }
}
