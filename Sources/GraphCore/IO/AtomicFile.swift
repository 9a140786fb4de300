import Foundation

/// Atomic file replacement: the bytes go to a temporary file in the destination's directory,
/// which is synced and renamed over the destination only once complete. Readers of the
/// destination see the old file or the new one, never a partial one; on failure the temporary
/// file is removed and the destination is untouched.
enum _AtomicFile {
    /// Writes the file at `url` with the bytes `body` appends.
    /// - Throws: `GraphIOError.unwritable`, or whatever `body` throws.
    /// - Complexity: O(bytes written)
    static func write(to url: URL, _ body: (inout _ByteWriter) throws -> Void) throws {
        let destination = url.path
        let directory = url.deletingLastPathComponent().path
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        let fd = try _posix("open (temporary file \(temporary))", path: destination, .writing) {
            open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        var isOpen = true
        var renamed = false
        defer {
            if isOpen { close(fd) }
            if !renamed { unlink(temporary) }
        }
        var writer = _ByteWriter(fd: fd, path: destination)
        try body(&writer)
        try writer.flush()
        try _posix("fsync", path: destination, .writing) { fsync(fd) }
        isOpen = false
        try _posix("close", path: destination, .writing) { close(fd) }
        try _posix("rename", path: destination, .writing) { rename(temporary, destination) }
        renamed = true
    }
}

/// Writes `bytes` to `url` so that the file appears whole or not at all: a temporary file in the
/// same directory, synced, then renamed over `url`.
/// - Throws: `GraphIOError.unwritable` naming the file and the failing call.
/// - Complexity: O(bytes)
public func writeFileAtomically<Bytes: ContiguousBytes>(_ bytes: Bytes, to url: URL) throws {
    try _AtomicFile.write(to: url) { writer in
        bytes.withUnsafeBytes { writer.append(contentsOf: $0) }
        try writer.flushIfNeeded()
    }
}
