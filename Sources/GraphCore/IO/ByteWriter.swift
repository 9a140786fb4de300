import Foundation

/// An append-only byte buffer for the writers. Given a file descriptor it flushes itself to the
/// file whenever it holds `_ByteWriter.flushThreshold` bytes, so large outputs stream.
struct _ByteWriter {
    static let flushThreshold = 1 << 20
    private(set) var bytes: [UInt8] = []
    private let fd: Int32?
    private let path: String

    /// A writer that keeps everything in `bytes`.
    init() {
        fd = nil
        path = "<memory>"
    }

    /// A writer that streams to the open descriptor `fd` (the file at `path`).
    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        bytes.reserveCapacity(_ByteWriter.flushThreshold + 4096)
    }

    @inline(__always) mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func append(contentsOf raw: UnsafeRawBufferPointer) { bytes.append(contentsOf: raw) }

    /// Appends `value` in decimal without going through `String`.
    mutating func append(decimal value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while divisor <= magnitude / 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Writes the buffer out when it is large and a file is attached.
    @inline(__always) mutating func flushIfNeeded() throws {
        if fd != nil && bytes.count >= _ByteWriter.flushThreshold { try flush() }
    }

    /// Writes everything buffered to the attached file (no-op without one).
    mutating func flush() throws {
        guard let fd else { return }
        let path = self.path
        try bytes.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                done += try _posix("write", path: path, .writing) {
                    write(fd, raw.baseAddress! + done, raw.count - done)
                }
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
