#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file reads and atomic writes through POSIX calls, every call routed through `check`,
/// which turns a failed call into an `AIGERError.io` naming the file and the system's message.
enum FileIO {
    /// Runs a POSIX call and throws when it returns -1.
    @discardableResult
    static func check<T: BinaryInteger>(_ what: String, _ path: String, _ call: () -> T) throws -> T {
        while true {
            let result = call()
            if result != -1 { return result }
            if errno == EINTR { continue }
            throw AIGERError(.io("cannot \(what): \(String(cString: strerror(errno)))"), at: nil, file: path)
        }
    }

    /// The bytes of the file at `path`, read in one call when the size is known. - Complexity: O(n)
    static func readAll(_ path: String) throws -> [UInt8] {
        let fd = try check("open the file", path) { open(path, O_RDONLY) }
        defer { close(fd) }
        var info = stat()
        try check("stat the file", path) { fstat(fd, &info) }
        var bytes: [UInt8] = []
        var chunk = max(Int(info.st_size), 0) + 1  // one byte more, to see the end in one call
        while true {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let got = try bytes.withUnsafeMutableBytes { buffer in
                try check("read the file", path) { read(fd, buffer.baseAddress! + start, chunk) }
            }
            bytes.removeLast(chunk - got)
            if got == 0 { return bytes }
            chunk = 1 << 16
        }
    }

    /// Writes `bytes` to a temporary file beside `path`, then renames it over `path`, so readers
    /// never see a half-written file. - Complexity: O(n)
    static func writeAtomically(_ bytes: [UInt8], to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = try check("create \(temporary)", path) { open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        var closed = false
        defer { if !closed { close(fd); unlink(temporary) } }
        var written = 0
        try bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = try check("write \(temporary)", path) {
                    write(fd, buffer.baseAddress! + written, buffer.count - written)
                }
                written += n
            }
        }
        closed = true
        guard close(fd) == 0 else {
            unlink(temporary)
            throw AIGERError(.io("cannot close \(temporary): \(String(cString: strerror(errno)))"), at: nil, file: path)
        }
        do {
            try check("rename \(temporary) to the file", path) { rename(temporary, path) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
