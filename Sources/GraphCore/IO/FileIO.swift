import Foundation

/// The one file layer of graphtool: whole-file reads and atomic writes through POSIX calls,
/// each call routed through `_posix`, so every failure is a `GraphIOError` naming the file and
/// the call. Readers and writers of every module (graphs, NPY, circuits, checkpoints,
/// drawings) go through here.
///
/// An atomic write puts the bytes in a temporary file beside the destination (same directory,
/// so the same file system), syncs it to disk, renames it over the destination and syncs the
/// directory: a reader sees the old file or the new one, never a partial one, and a crash leaves
/// the old one. On any failure, including one thrown by the caller's body halfway through, the
/// temporary file is removed and the destination is untouched. A destination that exists and
/// is not a regular file or directory (`/dev/null`, `/dev/stdout`, a pipe) cannot be replaced
/// and is written in place.
public enum FileIO {
    /// The bytes of the file at `path`, decompressed when the file is gzip (it starts with the
    /// magic bytes `1f 8b 08`, whatever its name; see `Gunzip`), so every reader takes `.gz` files.
    /// - Parameter decompressedLimit: the most bytes a gzip file may decompress to.
    /// - Throws: `GraphIOError.unreadable` naming the file and the failing call;
    ///   `GraphIOError.malformedBinary` for corrupt, truncated or oversized gzip data.
    /// - Complexity: O(file size + decompressed size)
    public static func readAll(_ path: String, decompressedLimit: Int = Gunzip.defaultLimit) throws -> [UInt8] {
        let bytes = try readRaw(path)
        return Gunzip.isCompressed(bytes) ? try Gunzip.decompress(bytes, path: path, limit: decompressedLimit) : bytes
    }

    /// The bytes of the file at `path` as stored: regular files in one read of their size (into
    /// huge pages when large, see `LargeArray`), then anything beyond (pipes, devices, a growing
    /// file) in 64 KiB chunks to the end.
    /// - Throws: `GraphIOError.unreadable` naming the file and the failing call.
    /// - Complexity: O(file size)
    public static func readRaw(_ path: String) throws -> [UInt8] {
        let fd = try _posix("open", path: path, .reading) { open(path, O_RDONLY | O_CLOEXEC) }
        defer { close(fd) }
        var info = stat()
        try _posix("fstat", path: path, .reading) { fstat(fd, &info) }
        let capacity = max(Int(info.st_size), 0) + 1  // one byte more, to see the end in one call
        var atEnd = false
        var bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            while initialized < capacity {
                let got = try _posix("read", path: path, .reading) {
                    read(fd, buffer.baseAddress! + initialized, capacity - initialized)
                }
                if got == 0 {
                    atEnd = true
                    return
                }
                initialized += got
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !atEnd {
            let got = try chunk.withUnsafeMutableBytes { buffer in
                try _posix("read", path: path, .reading) { read(fd, buffer.baseAddress!, buffer.count) }
            }
            bytes.append(contentsOf: chunk[0 ..< got])
            atEnd = got == 0
        }
        return bytes
    }

    /// Writes `bytes` to `path` atomically (see the type's description).
    /// - Throws: `GraphIOError.unwritable` naming the file and the failing call.
    /// - Complexity: O(bytes)
    public static func writeAtomically<Bytes: ContiguousBytes>(_ bytes: Bytes, to path: String) throws {
        try writeAtomically(to: path) { writer in
            try bytes.withUnsafeBytes { raw in
                // In slices, so a large buffer streams out instead of being copied whole.
                var start = 0
                repeat {
                    let end = min(start + _ByteWriter.flushThreshold, raw.count)
                    writer.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[start ..< end]))
                    try writer.flushIfNeeded()
                    start = end
                } while start < raw.count
            }
        }
    }

    /// Writes the file at `path` atomically with the bytes `body` appends; the writer streams to
    /// the temporary file as its buffer fills.
    /// - Throws: `GraphIOError.unwritable`, or whatever `body` throws (the destination is then
    ///   untouched and no temporary file is left).
    /// - Complexity: O(bytes written)
    static func writeAtomically(to path: String, _ body: (inout _ByteWriter) throws -> Void) throws {
        var info = stat()
        if stat(path, &info) == 0, !isReplaceable(info.st_mode) {
            let fd = try _posix("open", path: path, .writing) { open(path, O_WRONLY | O_CLOEXEC) }
            defer { close(fd) }
            var writer = _ByteWriter(fd: fd, path: path)
            try body(&writer)
            try writer.flush()
            return
        }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(url.lastPathComponent).\(UUID().uuidString.prefix(8)).tmp")
        let fd = try _posix("open (temporary file \(temporary))", path: path, .writing) {
            open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        }
        var isOpen = true, renamed = false
        defer {
            if isOpen { close(fd) }
            if !renamed { unlink(temporary) }
        }
        var writer = _ByteWriter(fd: fd, path: path)
        try body(&writer)
        try writer.flush()
        try _posix("fsync", path: path, .writing) { fsync(fd) }
        isOpen = false
        try _posix("close", path: path, .writing) { close(fd) }
        try _posix("rename", path: path, .writing) { rename(temporary, path) }
        renamed = true
        syncDirectory(directory)
    }

    /// Moves the finished file `temporary` onto `path` (a rename in one file system, so readers
    /// see the old file or the new one) and syncs the directory: the last step of a write that
    /// checks its temporary file before publishing it.
    /// - Throws: `GraphIOError.unwritable` naming `path` and the rename. - Complexity: O(1)
    public static func replace(_ path: String, with temporary: String) throws {
        try _posix("rename \(temporary) to the file", path: path, .writing) { rename(temporary, path) }
        syncDirectory(URL(fileURLWithPath: path).deletingLastPathComponent().path)
    }

    /// Whether a file of this mode is replaced by renaming (regular files and directories — the
    /// rename then fails with a clear error — rather than devices, pipes and sockets).
    private static func isReplaceable(_ mode: mode_t) -> Bool {
        let type = mode & S_IFMT
        return type == S_IFREG || type == S_IFDIR
    }

    /// Syncs `directory` so the rename itself is durable. Best effort: the new file is in
    /// place either way, and some file systems refuse to sync a directory.
    private static func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        _ = fsync(fd)
        close(fd)
    }
}
