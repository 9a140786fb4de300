import Foundation
import Testing

/// The commands that run under mpirun: `linkpred --distributed --json` adds `ranks` and on one
/// rank equals the single-process run.
@Suite(.enabled(if: GraphToolBinary.canRunMPI, GraphToolBinary.mpiSkipMessage))
struct MPICommandTests {
    /// A 40-node ring with chords, 4 classes by position, 2 binary features.
    static func writeDataset(_ directory: URL) throws {
        var edges = "", labels = "", features = ""
        for i in 0 ..< 40 {
            edges += "\(i)\t\((i + 1) % 40)\n\(i)\t\((i + 7) % 40)\n"
            labels += "\(i)\t\(i / 10)\n"
            features += "\(i)\t\(i % 2)\n\(i)\t\(2 + (i / 10) % 2)\n"
        }
        try edges.write(to: directory.appendingPathComponent("edges.tsv"), atomically: true, encoding: .utf8)
        try labels.write(to: directory.appendingPathComponent("labels.tsv"), atomically: true, encoding: .utf8)
        try features.write(to: directory.appendingPathComponent("features.tsv"), atomically: true, encoding: .utf8)
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func distributedLinkpredOnOneRankEqualsTheSingleProcessRun() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            try Self.writeDataset(directory)
            let arguments = ["linkpred", directory.path, "--model", "gae", "--epochs", "5", "--threads", "1", "--json"]
            let single = try GraphToolBinary.run(arguments)
            #expect(single.status == 0, "\(single.stderr)")
            let one = try GraphToolBinary.run(arguments + ["--distributed"], timeout: 120, ranks: 1)
            #expect(one.status == 0, "\(one.stderr)")
            let two = try GraphToolBinary.run(arguments + ["--distributed"], timeout: 120, ranks: 2)
            #expect(two.status == 0, "\(two.stderr)")
            var expected = try Self.json(single.stdout), onRank = try Self.json(one.stdout)
            let onTwo = try Self.json(two.stdout)
            #expect(expected["ranks"] == nil)
            #expect(onRank["ranks"] as? Int == 1)
            #expect(onTwo["ranks"] as? Int == 2)
            #expect(Set(onTwo.keys) == Set(expected.keys).union(["ranks"]))
            for key in ["ranks", "epoch_seconds_median"] { expected[key] = nil; onRank[key] = nil }
            #expect(NSDictionary(dictionary: expected) == NSDictionary(dictionary: onRank))
        }
    }
}
