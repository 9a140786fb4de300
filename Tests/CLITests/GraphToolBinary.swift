import Foundation
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
    /// through temporary files, so no pipe can fill up.
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 60) throws -> Result {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("out"), errURL = scratch.appendingPathComponent("err")
        FileManager.default.createFile(atPath: outURL.path, contents: nil)
        FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = packageRoot
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(2_000) }
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
        try out.close(); try err.close()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: try Data(contentsOf: outURL), as: UTF8.self),
                      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }

    /// Runs `body` with a fresh empty directory that is removed afterwards.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }
}
