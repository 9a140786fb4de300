import Foundation
import Testing
@testable import Metagenomics

/// The AMBER-style scores against AMBER 2.0.7's own output on the fixture in Fixtures/amber,
/// and the bioboxes round trip.
struct BinningEvaluationTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/amber")

    /// The rows of expected.tsv by tool.
    static func expected() throws -> [String: [String: Double]] {
        let text = try String(contentsOf: fixtures.appendingPathComponent("expected.tsv"), encoding: .utf8)
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = lines[0].split(separator: "\t").map(String.init)
        var rows: [String: [String: Double]] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t").map(String.init)
            rows[fields[0]] = Dictionary(uniqueKeysWithValues: zip(header.dropFirst(), fields.dropFirst().map { Double($0)! }))
        }
        return rows
    }

    @Test(arguments: ["tool1", "tool2"])
    func matchesAMBER(tool: String) throws {
        let gold = try CAMIBinningFile.read(path: Self.fixtures.appendingPathComponent("gold.binning").path)
        let binning = try CAMIBinningFile.read(path: Self.fixtures.appendingPathComponent("\(tool).binning").path)
        let scores = try BinningEvaluation(binning: binning, gold: gold)
        let amber = try #require(try Self.expected()[tool])
        func close(_ a: Double, _ key: String) -> Bool { abs(a - amber[key]!) < 1e-12 }
        #expect(close(scores.averagePurity, "precision_avg_bp"))
        #expect(close(scores.averageCompleteness, "recall_avg_bp"))
        #expect(close(scores.f1, "f1_score_bp"))
        #expect(close(scores.accuracy, "accuracy_bp"))
        #expect(close(scores.adjustedRandIndex, "adjusted_rand_index_bp"))
        #expect(close(scores.assignedFraction, "percentage_of_assigned_bps"))
        #expect(Double(scores.recovered90_5) == amber["recovered_90_5"])
        #expect(Double(scores.recovered50_10) == amber["recovered_50_10"])
    }

    @Test func bioboxesRoundTrip() throws {
        let binning = CAMIBinning(sequences: ["a", "b"], bins: ["1", "2"], lengths: [10, 20])
        let text = CAMIBinningFile.text(binning)
        #expect(text.hasPrefix("@Version:0.9.0\n"))
        #expect(try CAMIBinningFile.parse(Array(text.utf8)) == binning)
        let bare = CAMIBinning(sequences: ["a"], bins: ["1"])
        #expect(try CAMIBinningFile.parse(Array(CAMIBinningFile.text(bare).utf8)) == bare)
    }

    @Test func rejectsSequencesBeforeTheHeader() {
        let error = #expect(throws: (any Error).self) { try CAMIBinningFile.parse(Array("@Version:0.9.0\nc1\tb\n".utf8), path: "b.tsv") }
        #expect(ReaderTestSupport.line(of: error!) == 2)
    }
}
