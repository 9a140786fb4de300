import Foundation
import Testing

/// `graphtool convert`, `generate` and `bench aiger` through the built binary.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct ConvertGenerateCommandTests {
    /// The stats of `path` without the file name: "i/o = 8/5  lat = 0  and = 27  lev = 7".
    private func counts(_ path: String) throws -> Substring? {
        let result = try GraphToolBinary.run(["stats", path])
        #expect(result.status == 0, "stats \(path): \(result.stderr)")
        return result.stdout.split(separator: ":", maxSplits: 1).last?.drop { $0 == " " }
    }

    @Test func aigToBLIFToAIGKeepsTheStats() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let blif = directory.appendingPathComponent("adder.blif").path
            let aig = directory.appendingPathComponent("adder.aig").path
            let there = try GraphToolBinary.run(["convert", "netlists/adder-4.aig", blif])
            #expect(there.status == 0, "\(there.stderr)")
            #expect(there.stderr.contains("check:"))
            let back = try GraphToolBinary.run(["convert", blif, aig])
            #expect(back.status == 0, "\(back.stderr)")
            #expect(try counts(aig) == counts("netlists/adder-4.aig"))
        }
    }

    @Test func convertReportsAMalformedInputInOneLine() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let bad = directory.appendingPathComponent("bad.aag").path
            let out = directory.appendingPathComponent("out.blif").path
            #expect(FileManager.default.createFile(atPath: bad, contents: Data("aag 2 1 0 1 1\n2\n4\n4 2 6\n".utf8)))
            expectCleanFailure(try GraphToolBinary.run(["convert", bad, out]), naming: bad)
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test func generateWritesTheShippedNetlist() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("adder-4.aig").path
            let result = try GraphToolBinary.run(["generate", "adder", "--bits", "4", "-o", path])
            #expect(result.status == 0, "\(result.stderr)")
            let written = try Data(contentsOf: URL(fileURLWithPath: path))
            let shipped = try Data(contentsOf: GraphToolBinary.packageRoot.appendingPathComponent("netlists/adder-4.aig"))
            #expect(written == shipped)
        }
    }

    @Test func benchAIGERPrintsOneJSONLine() throws {
        let result = try GraphToolBinary.run(["bench", "aiger", "netlists/multiplier-8.aig", "--repeats", "1", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        let object = try JSONSerialization.jsonObject(with: Data((lines.first ?? "").utf8)) as? [String: Any]
        #expect(object?["format"] as? Int == 1 && object?["benchmark"] as? String == "aiger")
        let parameters = object?["parameters"] as? [String: Any]
        #expect((parameters?["ands"] as? Int ?? 0) > 0 && (parameters?["edges"] as? Int ?? 0) > 0)
        let memory = object?["measurements"] as? [String: Any]
        let peak = memory?["peak_rss_bytes"] as? Double ?? 0, baseline = memory?["baseline_rss_bytes"] as? Double ?? 0
        #expect(baseline > 0 && peak >= baseline, "the peak includes the idle baseline")
        #expect(memory?["data_rss_bytes"] as? Double == peak - baseline)
    }
}
