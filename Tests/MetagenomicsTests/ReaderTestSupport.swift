import Foundation
import GraphCore
import Testing

/// Helpers of the reader tests: bytes of a text, a temporary directory, gzip through the system
/// command.
enum ReaderTestSupport {
    static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    /// Runs `body` with a fresh temporary directory, removed afterwards.
    static func withTemporaryDirectory<T>(_ body: (URL) throws -> T) throws -> T {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("metagenomics-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        return try body(directory)
    }

    static let gzip = "/bin/gzip"

    /// Writes `text` gzip-compressed by the system `gzip` to `url`.
    static func writeGzip(_ text: String, to url: URL) throws {
        let plain = url.deletingPathExtension()
        try Data(text.utf8).write(to: plain)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gzip)
        process.arguments = ["-f", "-n", plain.path]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
    }

    /// The line of a `GraphIOError.malformedText`, or `nil`.
    static func line(of error: any Error) -> Int? { (error as? GraphIOError)?.line }
}
