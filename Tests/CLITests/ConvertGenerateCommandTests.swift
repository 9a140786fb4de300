import Foundation
import Testing

/// `graphtool convert`, `generate`, `bench aiger` and `bench cut-estimate` through the built binary.
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

    /// One XOR of two inputs, as three ANDs: with two leaves the output AND's cut is its two
    /// fanins, which are exclusive (1/4 each) but taken as independent, giving 3/4 · 3/4 = 9/16
    /// instead of 1/2 (MAE 1/16 over 2 inputs and 3 ANDs = 0.0125); three leaves reach the inputs
    /// and are exact.
    @Test func benchCutEstimateMeasuresTheErrorOfEachCutSize() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let xor = directory.appendingPathComponent("xor.aag").path
            #expect(FileManager.default.createFile(atPath: xor, contents: Data("aag 5 2 0 1 3\n2\n4\n11\n6 2 5\n8 3 4\n10 7 9\n".utf8)))
            let result = try GraphToolBinary.run(["bench", "cut-estimate", xor, "--cut-sizes", "2,3", "--json"])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let rows = report?["rows"] as? [[String: Any]]
            let mae = rows?.first?["mae"] as? [Double] ?? []
            #expect(mae.count == 2 && abs(mae[0] - 0.0125) < 1e-6 && abs(mae[1]) < 1e-6, "\(mae)")
            #expect(rows?.first?["truth"] as? String == "exact")
            #expect(report?["mean_mae"] as? [Double] == mae)
        }
    }

    @Test func benchCutEstimateRejectsACutSizeOutOfRange() throws {
        let result = try GraphToolBinary.run(["bench", "cut-estimate", "netlists/adder-4.aig", "--cut-sizes", "2,11"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("--cut-sizes"))
    }
}
