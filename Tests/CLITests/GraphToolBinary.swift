import Foundation
import TestSupport
import Testing

/// The built `graphtool` executable and a way to run it, for tests of the command-line contract.
///
/// The tests run the binary the package builds (an executable target cannot be imported): first
/// the one beside the running test executable (the same build directory and configuration),
/// then `.build/debug/graphtool` under the package root. When neither exists the CLI suites are
/// skipped with a message saying how to build it.
enum GraphToolBinary {
    /// The package root, from this file's path (…/Tests/CLITests/GraphToolBinary.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable, or `nil` when it has not been built.
    static let url: URL? = {
        var candidates: [URL] = []
        if let me = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("graphtool"))
        }
        if let me = Bundle.main.executableURL {
            candidates.append(me.deletingLastPathComponent().appendingPathComponent("graphtool"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/graphtool"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static let isBuilt = url != nil
    static let canRunMPI = isBuilt && MPIRun.url != nil
    static let mpiSkipMessage: Comment = "needs mpirun (apt-get install openmpi-bin) and a built graphtool"
    static let skipMessage: Comment = "graphtool is not built: run 'swift build' (or 'swift build --build-tests') first"

    /// What one run printed and how it ended.
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        /// stderr without its final newline, split into lines.
        var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast() }
    }

    /// Runs `graphtool arguments…` in the package root (so `netlists/…` paths work), with
    /// `environment` added to this process's, killing it after `timeout` seconds. Output goes
    /// through temporary files, so no pipe can fill up. With `ranks`, runs it under
    /// `mpirun -np ranks` on loopback instead (and without `environment`).
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60,
                    ranks: Int? = nil) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let child = try ranks.map { try MPIRun.run(ranks: $0, url, arguments, in: packageRoot, timeout: timeout) }
            ?? ChildProcess.run(url, arguments, environment: environment, in: packageRoot, timeout: timeout)
        return Result(status: child.status, stdout: child.stdout, stderr: child.stderr)
    }

    /// Runs `body` with a fresh empty directory that is removed afterwards.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }
}
