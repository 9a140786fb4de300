import Foundation

/// Starts programs under Open MPI's `mpirun` on loopback, for tests of multi-process jobs.
public enum MPIRun {
    /// `mpirun` on the PATH, or `nil` (MPI suites are then skipped).
    public static let url: URL? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("mpirun") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// `mpirun --oversubscribe -np ranks executable arguments…` in `directory`, killed after
    /// `timeout` seconds. Root may run it (the Open MPI variables that allow that are set); ranks
    /// talk over shared memory or TCP and use one BLAS thread each.
    public static func run(ranks: Int, _ executable: URL, _ arguments: [String], in directory: URL? = nil,
                           timeout: Double) throws -> ChildProcess.Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        // A session directory per job: jobs started at once raced to create /tmp/ompi.HOST.UID.
        let session = FileManager.default.temporaryDirectory.appendingPathComponent("mpi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: session, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: session) }
        return try ChildProcess.run(url, ["--oversubscribe", "--bind-to", "none", "-np", String(ranks), executable.path] + arguments,
                                    environment: ["OMPI_ALLOW_RUN_AS_ROOT": "1", "OMPI_ALLOW_RUN_AS_ROOT_CONFIRM": "1",
                                                  "OMPI_MCA_btl": "self,vader,tcp", "OPENBLAS_NUM_THREADS": "1",
                                                  "TMPDIR": session.path, "OMPI_MCA_orte_tmpdir_base": session.path],
                                    in: directory, timeout: timeout)
    }
}
