import Foundation
import Testing

/// Inputs whose ids or sizes run far beyond the file get one line naming the file and line.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct InputLimitCommandTests {
    @Test func linkpredRefusesAHugeNodeIDUnlessTheNodeCountIsGiven() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            // A 30-edge ring, then one edge to node 4000 (beyond the 1024 ids 31 lines may imply).
            let lines = (0 ..< 30).map { "\($0)\t\(($0 + 1) % 30)" } + ["0\t4000"]
            let edges = directory.appendingPathComponent("edges.tsv")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: edges)
            let refused = try GraphToolBinary.run(["linkpred", directory.path, "--epochs", "1", "--quiet"])
            #expect(refused.status != 0)
            #expect(refused.stdout.isEmpty)
            #expect(refused.stderrLines.count == 1, "\(refused.stderr)")
            #expect(refused.stderr.contains("\(edges.path):31:3:") && refused.stderr.contains("--nodes"), "\(refused.stderr)")
            let given = try GraphToolBinary.run(["linkpred", directory.path, "--epochs", "1", "--quiet", "--json",
                                                 "--model", "gae", "--nodes", "4001"])
            #expect(given.status == 0, "\(given.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(given.stdout.utf8)) as? [String: Any]
            #expect(report?["nodes"] as? Int == 4_001)
        }
    }
}
