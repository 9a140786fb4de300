import Foundation
import TestSupport
import Testing

/// Runs the `distributed-checks` executable (Tests/DistributedChecks) under `mpirun` on loopback.
/// The suites are skipped when `mpirun` is not on the PATH or the executable is not built.
enum MPIJob {
    /// The package root, from this file's path (…/Tests/DistributedTests/MPIJob.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `mpirun` on the PATH, or `nil`.
    static let mpirun: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("mpirun") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// The built `distributed-checks`, beside the running test executable or in `.build/debug`.
    static let checks: URL? = {
        var candidates: [URL] = []
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("distributed-checks"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/distributed-checks"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let isAvailable = mpirun != nil && checks != nil
    static let skipMessage: Comment = "needs mpirun (apt-get install openmpi-bin) and a built distributed-checks (swift build)"

    /// `mpirun --oversubscribe -np ranks distributed-checks arguments…`, killed after `timeout`
    /// seconds. Root may run it (the Open MPI variables that allow that are set).
    static func run(ranks: Int, _ arguments: [String], timeout: Double = 120) throws -> ChildProcess.Result {
        guard let mpirun, let checks else { throw CocoaError(.fileNoSuchFile) }
        // A session directory per job: jobs started at once raced to create /tmp/ompi.HOST.UID.
        let session = FileManager.default.temporaryDirectory.appendingPathComponent("mpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: session, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: session) }
        return try ChildProcess.run(mpirun, ["--oversubscribe", "--bind-to", "none", "-np", String(ranks), checks.path] + arguments,
                                    environment: ["OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1",
                                                  "OMPI_MCA_btl": "self,vader,tcp", "OPENBLAS_NUM_THREADS": "1",
                                                  "TMPDIR": session.path, "OMPI_MCA_orte_tmpdir_base": session.path],
                                    timeout: timeout)
    }
}
