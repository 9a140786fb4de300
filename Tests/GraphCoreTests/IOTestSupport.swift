import Foundation
import GraphCore
import Testing

/// Shared helpers of the I/O tests: temporary directories, the package root, Python/NumPy.
enum IOTestSupport {
    /// The package root, found from this file's path (…/Tests/GraphCoreTests/IOTestSupport.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `shared/data/cora`, beside the package root.
    static let coraDirectory = packageRoot.appendingPathComponent("../shared/data/cora").standardizedFileURL

    static var coraIsPresent: Bool {
        FileManager.default.fileExists(atPath: coraDirectory.appendingPathComponent("edges.tsv").path)
    }

    /// Whether `python3 -c "import numpy"` succeeds.
    static let numpyIsAvailable: Bool = (try? python("import numpy").status == 0) ?? false

    /// Runs `python3 -c script args…` and returns its exit status and output.
    static func python(_ script: String, _ arguments: [String] = []) throws
        -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self),
                String(decoding: stderr, as: UTF8.self))
    }

    /// Runs `body` with a fresh empty directory that is removed afterwards.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("graphtool-io-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    /// Writes `text` to `name` in `directory` and returns its URL.
    static func file(_ name: String, in directory: URL, _ text: String) throws -> URL {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url
    }

    /// Names of the files in `directory` (to see that no temporary files are left behind).
    static func listing(_ directory: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    }
}

/// Checks that `error` is a text error about `path` at `line` whose message names both, and
/// mentions `fragment` in what was expected.
func expectTextError(_ error: GraphIOError?, path: String, line: Int, column: Int? = nil, mentions fragment: String,
                     sourceLocation: SourceLocation = #_sourceLocation) {
    guard let error else {
        Issue.record("no error thrown", sourceLocation: sourceLocation)
        return
    }
    #expect(error.path == path, sourceLocation: sourceLocation)
    #expect(error.line == line, "\(error)", sourceLocation: sourceLocation)
    #expect(error.description.hasPrefix("\(path):\(line):"), "\(error)", sourceLocation: sourceLocation)
    if let column, case let .malformedText(_, _, actualColumn, _, _) = error {
        #expect(actualColumn == column, "\(error)", sourceLocation: sourceLocation)
    }
    #expect(error.description.contains(fragment), "\(error)", sourceLocation: sourceLocation)
}

/// Checks that `error` is a binary error about `path` at `offset` whose message names both.
func expectBinaryError(_ error: GraphIOError?, path: String, offset: Int? = nil, mentions fragment: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
    guard let error else {
        Issue.record("no error thrown", sourceLocation: sourceLocation)
        return
    }
    #expect(error.path == path, sourceLocation: sourceLocation)
    #expect(error.byteOffset != nil, "\(error)", sourceLocation: sourceLocation)
    if let offset {
        #expect(error.byteOffset == offset, "\(error)", sourceLocation: sourceLocation)
    }
    if let byteOffset = error.byteOffset {
        #expect(error.description.contains("\(path): at byte offset \(byteOffset)"), "\(error)",
                sourceLocation: sourceLocation)
    }
    #expect(error.description.contains(fragment), "\(error)", sourceLocation: sourceLocation)
}
