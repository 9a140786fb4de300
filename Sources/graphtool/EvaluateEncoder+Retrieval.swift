import CircuitLearning
import EDA
import Foundation

/// `evaluate-encoder --equivalents DIR`: equivalence retrieval between each circuit and its
/// functionally equivalent copy `DIR/<same file name>` (e.g. ABC-optimised), next to the
/// trivial baseline (``RetrievalEvaluation``).
extension EvaluateEncoder {
    /// The retrieval report (also the JSON document with `--json`).
    struct RetrievalReport: Codable {
        var format = 2
        var model: String
        /// Circuits in query order: the given files, then their equivalents.
        var circuits: [String]
        var shapes: [CircuitShape]
        var evaluation: RetrievalEvaluation
    }

    /// Embeds every file and its equivalent, then ranks by cosine similarity and by shape.
    /// - Complexity: that of encoding the 2N circuits, plus O(N² × width).
    func retrieval(model m: CircuitModel, modelPath: String, directory: String) throws {
        let partners = files.map { (directory as NSString).appendingPathComponent(($0 as NSString).lastPathComponent) }
        for p in partners where !FileManager.default.fileExists(atPath: p) {
            throw CLIError.missingFile(p)
        }
        let circuits = files + partners
        var shapes: [CircuitShape] = []
        let embeddings: [[Float]] = try circuits.map { path in
            let circuit = try PreparedCircuit(CircuitFile.read(path), estimate: nil, withGraph: m.needsGraphToEmbed)
            shapes.append(CircuitShape(circuit.aig))
            return m.embeddings(circuit).graph.values
        }
        let n = files.count
        let evaluation = RetrievalEvaluation(embeddings: embeddings, shapes: shapes,
                                             partner: (0 ..< 2 * n).map { ($0 + n) % (2 * n) }, originals: n)
        if json {
            let report = RetrievalReport(model: modelPath, circuits: circuits, shapes: shapes, evaluation: evaluation)
            print(try JSONText.of(report))
            return
        }
        for (hit, baseline) in zip(evaluation.embeddingHits, evaluation.shapeHits) {
            print("\(circuits[hit.query]): nearest \(circuits[hit.nearest]) \(hit.correct ? "(equivalent)" : "(wrong)"), equivalent at rank \(hit.partnerRank); by shape rank \(baseline.partnerRank)")
        }
        let e = evaluation.embedding, s = evaluation.shape
        print(String(format: "equivalence retrieval over %d circuits (%d pairs): top-1 %.4f (%d/%d), originals only %.4f, mean rank of the equivalent %.2f",
                     2 * n, n, e.top1, e.correct, e.queries, e.top1Originals, e.meanPartnerRank))
        print(String(format: "trivial baseline, nearest by (inputs, latches, outputs, log ANDs): top-1 %.4f (%d/%d), originals only %.4f, mean rank %.2f",
                     s.top1, s.correct, s.queries, s.top1Originals, s.meanPartnerRank))
        let we = evaluation.withinInterfaceEmbedding, ws = evaluation.withinInterfaceShape
        if we.queries == 0 {
            print("within equal interfaces: no query has a candidate besides its equivalent")
        } else {
            print(String(format: "within equal interfaces (%d queries in %d groups): embedding top-1 %.4f (%d/%d, mean rank %.2f), nearest by log ANDs %.4f (%d/%d, mean rank %.2f), chance %.4f",
                         we.queries, evaluation.interfaceGroups, we.top1, we.correct, we.queries, we.meanPartnerRank,
                         ws.top1, ws.correct, ws.queries, ws.meanPartnerRank, evaluation.withinInterfaceChance))
        }
    }
}
