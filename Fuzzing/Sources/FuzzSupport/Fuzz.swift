import Foundation

/// What every fuzz target shares: the input as bytes, the checks that turn a broken contract into
/// a crash libFuzzer records, and a scratch file for loaders that only take paths.
public enum Fuzz {
    /// The input libFuzzer hands to `LLVMFuzzerTestOneInput`. - Complexity: O(count)
    public static func bytes(_ start: UnsafeRawPointer?, _ count: Int) -> [UInt8] {
        guard let start, count > 0 else { return [] }
        return Array(UnsafeRawBufferPointer(start: start, count: count))
    }

    /// Stops the process with `message` on stderr unless `condition` holds; libFuzzer then saves
    /// the input as a crash. - Complexity: O(1) plus the message when it fails.
    public static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        guard !condition else { return }
        fputs("fuzz check failed: \(message())\n", stderr)
        abort()
    }

    /// Checks a rejection: the error a reader threw must be of a type the reader documents, and
    /// describe itself in one non-empty line (the CLI prints it as is). - Complexity: O(message)
    public static func checkRejection(_ error: any Error, is documented: any Error.Type...) {
        let thrown = ObjectIdentifier(type(of: error))
        require(documented.contains { ObjectIdentifier($0) == thrown },
                "\(documented.map { "\($0)" }.joined(separator: " or ")) expected, got \(type(of: error)): \(error)")
        let message = String(describing: error)
        require(!message.isEmpty && !message.contains(where: \.isNewline),
                "the error message is not one line: \(message.debugDescription)")
    }

    /// Where ``scratchFile(_:)`` writes: one file per process, in memory (`/dev/shm`) when the
    /// system has it, removed when the process exits.
    private static let scratchPath: String = {
        let directory = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let path = "\(directory)/graphtool-fuzz-\(getpid()).input"
        atexit { unlink(Fuzz.scratchPath) }
        return path
    }()

    /// Writes `bytes` to this process's scratch file, for loaders that read only from a path.
    /// Plain `write(2)` calls, without the `fsync` of `Data.write`, which would make the disk,
    /// not the loader, set the pace. - Complexity: O(count)
    public static func scratchFile(_ bytes: [UInt8]) -> URL {
        let path = scratchPath
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        require(fd >= 0, "cannot open the scratch file \(path): \(String(cString: strerror(errno)))")
        defer { close(fd) }
        var written = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = write(fd, buffer.baseAddress! + written, buffer.count - written)
                require(n > 0, "cannot write the scratch file \(path): \(String(cString: strerror(errno)))")
                written += n
            }
        }
        return URL(fileURLWithPath: path)
    }
}
