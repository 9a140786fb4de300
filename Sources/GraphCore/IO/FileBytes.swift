import Foundation

/// Reads a whole file into memory (regular files, pipes and devices alike).
/// - Throws: `GraphIOError.unreadable` naming the path and the failing call.
/// - Complexity: O(file size)
func _readFile(_ url: URL) throws -> [UInt8] {
    let path = url.path
    let fd = try _posix("open", path: path, .reading) { open(path, O_RDONLY | O_CLOEXEC) }
    defer { close(fd) }
    var info = stat()
    try _posix("fstat", path: path, .reading) { fstat(fd, &info) }
    // One spare byte so a regular file is read to EOF without growing the buffer.
    var buffer = [UInt8](repeating: 0, count: max(Int(info.st_size), 0) + 1)
    var used = 0
    while true {
        if used == buffer.count {
            buffer.append(contentsOf: repeatElement(0, count: max(buffer.count, 1 << 16)))
        }
        let got = try buffer.withUnsafeMutableBytes { raw in
            try _posix("read", path: path, .reading) { read(fd, raw.baseAddress! + used, raw.count - used) }
        }
        if got == 0 { break }
        used += got
    }
    buffer.removeSubrange(used...)
    return buffer
}
