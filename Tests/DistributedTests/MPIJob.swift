import Foundation
import TestSupport
import Testing

/// Runs the `distributed-checks` executable (Tests/DistributedChecks) under `mpirun` on loopback.
/// The suites are skipped when `mpirun` is not on the PATH or the executable is not built.
enum MPIJob {
    /// The package root, from this file's path (…/Tests/DistributedTests/MPIJob.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `distributed-checks`, beside the running test executable or in `.build/debug`.
    static let checks: URL? = {
        var candidates: [URL] = []
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("distributed-checks"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/distributed-checks"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let isAvailable = MPIRun.url != nil && checks != nil
    static let skipMessage: Comment = "needs mpirun (apt-get install openmpi-bin) and a built distributed-checks (swift build)"

    /// `mpirun --oversubscribe -np ranks distributed-checks arguments…`, killed after `timeout` seconds.
    static func run(ranks: Int, _ arguments: [String], timeout: Double = 120) throws -> ChildProcess.Result {
        guard let checks else { throw CocoaError(.fileNoSuchFile) }
        return try MPIRun.run(ranks: ranks, checks, arguments, timeout: timeout)
    }
}
