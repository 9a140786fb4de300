#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphCore

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

    /// The bytes of the file at `path`, read in one call when the size is known (into huge pages
    /// when large, see `LargeArray`), then in 64 KiB chunks until the end. - Complexity: O(n)
    static func readAll(_ path: String) throws -> [UInt8] {
        let fd = try check("open the file", path) { open(path, O_RDONLY) }
        defer { close(fd) }
        var info = stat()
        try check("stat the file", path) { fstat(fd, &info) }
        let capacity = max(Int(info.st_size), 0) + 1  // one byte more, to see the end in one call
        var atEnd = false
        var bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(buffer))
            while initialized < capacity {
                let got = try check("read the file", path) {
                    read(fd, buffer.baseAddress! + initialized, capacity - initialized)
                }
                if got == 0 { atEnd = true; return }
                initialized += got
            }
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while !atEnd {  // the file is larger than it said (it grew, or it is a special file)
            let got = try chunk.withUnsafeMutableBytes { buffer in
                try check("read the file", path) { read(fd, buffer.baseAddress!, buffer.count) }
            }
            bytes.append(contentsOf: chunk[0 ..< got])
            atEnd = got == 0
        }
        return bytes
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
