import CircuitLearning
import EDA
import Foundation
import GNN

/// `evaluate-encoder --equivalents DIR`: equivalence retrieval between each circuit and its
/// functionally equivalent copy `DIR/<same file name>` (e.g. ABC-optimised).
extension EvaluateEncoder {
    /// The retrieval report (also the JSON document with `--json`).
    struct RetrievalReport: Codable {
        var format = 1
        var model: String
        /// Circuits in query order: the given files, then their equivalents.
        var circuits: [String]
        var hits: [EquivalenceRetrieval.Hit]
        /// Over all 2N queries.
        var top1: Double
        /// Over the N given files only.
        var top1Originals: Double
        var meanPartnerRank: Double
    }

    /// Embeds every file and its equivalent, then ranks by cosine similarity.
    /// - Complexity: that of encoding the 2N circuits, plus O(N² × width).
    func retrieval(model m: CircuitModel, modelPath: String, directory: String) throws {
        let partners = files.map { (directory as NSString).appendingPathComponent(($0 as NSString).lastPathComponent) }
        for p in partners where !FileManager.default.fileExists(atPath: p) {
            throw CLIError.missingFile(p)
        }
        let circuits = files + partners
        let embeddings: [[Float]] = try circuits.map { path in
            let circuit = try PreparedCircuit(CircuitFile.read(path), estimate: nil)
            return Tensor.withoutTape { m.encoder.graphEmbedding(m(circuit), circuit).value.values }
        }
        let n = files.count
        let hits = EquivalenceRetrieval.hits(embeddings: embeddings, partner: (0 ..< 2 * n).map { ($0 + n) % (2 * n) })
        let report = RetrievalReport(model: modelPath, circuits: circuits, hits: hits,
                                     top1: EquivalenceRetrieval.top1(hits),
                                     top1Originals: EquivalenceRetrieval.top1(Array(hits.prefix(n))),
                                     meanPartnerRank: hits.map { Double($0.partnerRank) }.reduce(0, +) / Double(max(hits.count, 1)))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
            return
        }
        for hit in hits {
            print("\(circuits[hit.query]): nearest \(circuits[hit.nearest]) \(hit.correct ? "(equivalent)" : "(wrong)"), equivalent at rank \(hit.partnerRank)")
        }
        print(String(format: "equivalence retrieval over %d circuits (%d pairs): top-1 %.4f (%d/%d), originals only %.4f, mean rank of the equivalent %.2f",
                     2 * n, n, report.top1, hits.filter(\.correct).count, hits.count, report.top1Originals, report.meanPartnerRank))
    }
}
