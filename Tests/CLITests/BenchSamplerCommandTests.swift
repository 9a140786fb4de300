import Foundation
import Testing

/// `graphtool bench sampler` through the built binary, on tiny synthetic graphs.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct BenchSamplerCommandTests {
    static func report(_ arguments: [String]) throws -> [String: Any] {
        let result = try GraphToolBinary.run(["bench", "sampler", "--json", "--threads", "1", "--features", "4",
                                              "--hidden", "8", "--batch-size", "32"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    /// The one edge is drawn from SplitMix64's first two outputs for seed 0, published values.
    @Test func edgesComeFromTheSplitMixStream() throws {
        let report = try Self.report(["--nodes", "1000", "--edges", "1", "--train-share", "0.1"])
        let parameters = try #require(report["parameters"] as? [String: Int])
        let sender: UInt64 = 0xE220_A839_7B1D_CDAF % 1000, receiver: UInt64 = 0x6E78_9E6A_A1B9_65F4 % 1000
        #expect(parameters["edge_checksum_shr2"] == Int((sender * 1000 + receiver) >> 2))
        #expect(parameters["train_nodes"] == 100 && parameters["batches"] == 4)
    }

    @Test func trainsAnEpochOnASampledGraph() throws {
        let report = try Self.report(["--nodes", "2000", "--edges", "20000", "--classes", "3", "--epochs", "2"])
        let measurements = try #require(report["measurements"] as? [String: Double])
        #expect(measurements["last_loss"].map { $0.isFinite && $0 > 0 } == true, "\(report)")
        #expect((report["median_seconds"] as? Double).map { $0 > 0 } == true)
        #expect((report["parameters"] as? [String: Int])?["peak_rss_mb"].map { $0 > 0 } == true)
    }

    @Test func rejectsBadFanouts() throws {
        let result = try GraphToolBinary.run(["bench", "sampler", "--fanouts", "10,x"])
        #expect(result.status != 0 && result.stderr.contains("--fanouts"), "\(result.stderr)")
    }
}
