import CZlib
import Foundation

/// Decompression of gzip files (RFC 1952) through the system zlib, for `FileIO.readAll`: every
/// reader of graphtool takes `.gz` files as they are.
///
/// Every member of a multi-member file (`cat a.gz b.gz`) is decompressed, in order, as `gzip -d`
/// does. The output is bounded by a limit (`defaultLimit` unless the caller gives one), so a
/// small file that inflates to terabytes (a "gzip bomb") is an error naming the limit rather than
/// an exhausted memory. A truncated or corrupt stream is an error naming the file and the byte
/// offset of the compressed input where decompression stopped.
public enum Gunzip {
    /// The environment variable that sets `defaultLimit` (a byte count).
    public static let limitVariable = "GRAPHTOOL_GUNZIP_LIMIT"
    /// The decompressed size allowed when `GRAPHTOOL_GUNZIP_LIMIT` is unset: 2 GiB, hundreds of
    /// times the largest extracted design here, and a tenth of this machine class's memory.
    public static let standardLimit = 2 << 30
    /// The largest output DEFLATE can make per input byte (a run of 258-byte matches), so a
    /// stream's size hint beyond it is not believed when sizing the first buffer.
    static let maximumRatio = 1_032

    /// The decompressed size allowed by default: `GRAPHTOOL_GUNZIP_LIMIT` when set to a
    /// positive byte count, else `standardLimit`. - Complexity: O(1)
    public static var defaultLimit: Int {
        ProcessInfo.processInfo.environment[limitVariable].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
            ?? standardLimit
    }

    /// Whether `bytes` start as a gzip member does: the magic bytes `1f 8b` and method 8
    /// (DEFLATE, the only one defined). - Complexity: O(1)
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 3 && bytes[0] == 0x1F && bytes[1] == 0x8B && bytes[2] == 8
    }

    /// The decompressed bytes of every gzip member in `compressed`; `path` labels errors.
    /// - Throws: `GraphIOError.malformedBinary` naming `path` and the compressed byte offset
    ///   (corrupt or truncated data, bytes after the last member that are no member, output
    ///   beyond `limit`).
    /// - Complexity: O(compressed + decompressed size); memory O(decompressed size) ≤ `limit`.
    public static func decompress(_ compressed: [UInt8], path: String, limit: Int = defaultLimit) throws -> [UInt8] {
        var output = [UInt8](repeating: 0, count: initialCapacity(compressed, limit: limit))
        var produced = 0
        // On the heap: zlib's state points back to the stream, so its address must not move.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        try check(inflateInit2_(stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)),
                  stream.pointee, path: path, offset: 0)
        defer { inflateEnd(stream) }
        var memberStart = 0
        try compressed.withUnsafeBufferPointer { input in
            stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            var consumed = 0
            while true {
                let chunk = min(input.count - consumed, Int(UInt32.max))
                stream.pointee.avail_in = uInt(chunk)
                if output.count == produced {  // full, and at most `limit` (checked below): grow
                    output.append(contentsOf: repeatElement(0, count: min(max(produced, 1 << 16), limit + 1 - produced)))
                }
                let room = min(output.count - produced, Int(UInt32.max))
                let status = output.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.pointee.next_out = buffer.baseAddress! + produced
                    stream.pointee.avail_out = uInt(room)
                    return inflate(stream, Z_NO_FLUSH)
                }
                produced += room - Int(stream.pointee.avail_out)
                consumed += chunk - Int(stream.pointee.avail_in)
                if produced > limit { throw tooLarge(path: path, offset: consumed, limit: limit) }
                switch status {
                case Z_STREAM_END:
                    if consumed == input.count { return }
                    guard input.count - consumed >= 2, input[consumed] == 0x1F, input[consumed + 1] == 0x8B else {
                        throw GraphIOError.malformedBinary(
                            path: path, offset: consumed, expected: "the end of the file or another gzip member (1f 8b)",
                            found: "\(input.count - consumed) other bytes after the gzip member that starts at byte \(memberStart)")
                    }
                    memberStart = consumed
                    try check(inflateReset(stream), stream.pointee, path: path, offset: consumed)
                case Z_OK:
                    continue
                case Z_BUF_ERROR where consumed == input.count:
                    throw GraphIOError.malformedBinary(
                        path: path, offset: consumed, expected: "the rest of the gzip member that starts at byte \(memberStart)",
                        found: "the end of the file (truncated)")
                default:
                    try check(status, stream.pointee, path: path, offset: consumed)
                }
            }
        }
        output.removeLast(output.count - produced)
        return output
    }

    /// The first buffer: the size the last member records (its last 4 bytes, the size modulo
    /// 2³²), when DEFLATE can reach it from this input, else 4× the input; at most `limit + 1`.
    private static func initialCapacity(_ compressed: [UInt8], limit: Int) -> Int {
        let n = compressed.count
        var recorded = 0
        if n >= 18 {
            for k in 0 ..< 4 { recorded |= Int(compressed[n - 4 + k]) << (8 * k) }
        }
        let reachable = n.multipliedReportingOverflow(by: maximumRatio).partialValue
        let guess = recorded > 0 && recorded <= reachable ? recorded : n.multipliedReportingOverflow(by: 4).partialValue
        return max(1, min(guess, limit.addingReportingOverflow(1).partialValue))
    }

    /// The error of output beyond `limit`, with the two ways to raise it.
    private static func tooLarge(path: String, offset: Int, limit: Int) -> GraphIOError {
        .malformedBinary(
            path: path, offset: offset,
            expected: "at most \(limit) decompressed bytes (a guard against gzip bombs; raise it with \(limitVariable)=BYTES or Gunzip.decompress(_:path:limit:))",
            found: "more")
    }

    /// Turns a zlib status other than `Z_OK` into an error naming `path`, the byte offset and
    /// zlib's own message. Every zlib call is routed through here.
    private static func check(_ status: Int32, _ stream: z_stream, path: String, offset: Int) throws {
        guard status != Z_OK else { return }
        let detail = stream.msg.map { String(cString: $0) } ?? String(cString: zError(status))
        throw GraphIOError.malformedBinary(path: path, offset: offset, expected: "valid gzip data", found: "corrupt data (zlib: \(detail))")
    }
}
