import Foundation
import Testing

/// `graphtool classify` through the built binary, on two small communities.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct ClassifyCommandTests {
    /// Two 12-node cliques joined by one edge; each node's one feature names its clique, except
    /// nodes 5 and 17, whose feature names the other one; labels are the cliques.
    static func writeCommunities(to directory: URL, split: String?) throws {
        var edges: [String] = [], features: [String] = [], labels: [String] = []
        for block in 0 ..< 2 {
            for u in 0 ..< 12 { for v in u + 1 ..< 12 { edges.append("\(block * 12 + u)\t\(block * 12 + v)") } }
        }
        edges.append("0\t12")
        for node in 0 ..< 24 {
            let block = node / 12
            features.append("\(node)\t\(node % 12 == 5 ? 1 - block : block)")
            labels.append("\(node)\t\(block)")
        }
        for (name, lines) in [("edges", edges), ("features", features), ("labels", labels)] {
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("\(name).tsv"))
        }
        if let split { try Data(split.utf8).write(to: directory.appendingPathComponent("split.tsv")) }
    }

    @Test(arguments: ["gcn", "gat"])
    func classifiesWithTheGivenSplit(model: String) throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let split = "0\ttrain\n12\ttrain\n1\tval\n13\tval\n" + ((2 ..< 12).map { "\($0)\ttest\n\($0 + 12)\ttest\n" }).joined()
            try Self.writeCommunities(to: directory, split: split)
            let result = try GraphToolBinary.run(["classify", directory.path, "--model", model, "--epochs", "40",
                                                  "--learning-rate", "0.05", "--json", "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            #expect(report["format"] as? Int == 1 && report["classes"] as? Int == 2)
            let splitReport = report["split"] as? [String: Any]
            #expect(splitReport?["source"] as? String == "split.tsv" && splitReport?["test"] as? Int == 20)
            // Nodes 5 and 17 carry the other clique's feature: only the graph classifies them.
            #expect((report["accuracy"] as? Double).map { $0 >= 0.9 } == true, "\(result.stdout)")
            let confusion = try #require(report["confusion_matrix"] as? [[Int]])
            #expect(confusion.flatMap { $0 }.reduce(0, +) == 20)
            for key in ["validation_accuracy", "epoch_seconds_median", "macro_f1", "micro_f1"] {
                #expect(report[key] is Double, "\(key) missing")
            }
            #expect(report["best_epoch"] is Int)
        }
    }

    @Test func drawsAndReportsAStratifiedSplitWithoutSplitFile() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            try Self.writeCommunities(to: directory, split: nil)
            let result = try GraphToolBinary.run(["classify", directory.path, "--epochs", "5", "--seed", "4", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let split = report?["split"] as? [String: Any]
            // 12 per class: 4 training nodes (a third), then round(8 / 5) = 2 validation, 6 test.
            #expect(split?["source"] as? String == "stratified" && split?["seed"] as? Int == 4)
            #expect(split?["train"] as? Int == 8 && split?["validation"] as? Int == 4 && split?["test"] as? Int == 12)
        }
    }

    @Test func rejectsMissingLabelsAndABadSplitInOneLine() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            try Self.writeCommunities(to: directory, split: "0\ttrain\n1\tholdout\n")
            let bad = try GraphToolBinary.run(["classify", directory.path, "--epochs", "1"])
            #expect(bad.status != 0 && bad.stdout.isEmpty)
            #expect(bad.stderrLines.count == 1 && bad.stderr.contains("split.tsv") && bad.stderr.contains("split.tsv:2:"), "\(bad.stderr)")
            try FileManager.default.removeItem(at: directory.appendingPathComponent("labels.tsv"))
            try FileManager.default.removeItem(at: directory.appendingPathComponent("split.tsv"))
            let unlabeled = try GraphToolBinary.run(["classify", directory.path, "--epochs", "1"])
            #expect(unlabeled.status != 0 && unlabeled.stderr.contains("needs labels.tsv"), "\(unlabeled.stderr)")
        }
    }
}
