import Foundation
import GraphCore

/// The safetensors format (Hugging Face): an 8-byte little-endian header length `n`, `n` bytes of
/// JSON mapping each tensor name to `{"dtype", "shape", "data_offsets": [begin, end]}` (offsets
/// into the data that follows) plus an optional `"__metadata__"` string map, then the raw
/// little-endian tensor bytes. graphtool stores `F32` tensors of rank 2 (rank 0 and 1 read as a
/// single row), and keeps the model configuration in `__metadata__`.
public enum SafeTensors {
    /// A checkpoint's contents.
    public struct Contents: Equatable {
        /// Tensors by name.
        public var tensors: [String: Matrix]
        /// The `__metadata__` map (empty when absent).
        public var metadata: [String: String]

        /// Pairs tensors and metadata. - Complexity: O(1)
        public init(tensors: [String: Matrix], metadata: [String: String] = [:]) {
            self.tensors = tensors
            self.metadata = metadata
        }
    }

    /// The file's bytes: header and data, tensors laid out in name order.
    /// - Complexity: O(total tensor size)
    public static func encode(_ contents: Contents) throws -> Data {
        var header: [String: Any] = [:]
        var offset = 0
        let names = contents.tensors.keys.sorted()
        for name in names {
            let m = contents.tensors[name]!
            let size = m.values.count * MemoryLayout<Float>.size
            header[name] = ["dtype": "F32", "shape": [m.rows, m.columns], "data_offsets": [offset, offset + size]]
            offset += size
        }
        if !contents.metadata.isEmpty { header["__metadata__"] = contents.metadata }
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        json.append(contentsOf: [UInt8](repeating: 0x20, count: (8 - json.count % 8) % 8))
        var data = Data(capacity: 8 + json.count + offset)
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(json)
        for name in names {
            let values = contents.tensors[name]!.values
            #if _endian(little)
            values.withUnsafeBytes { data.append(contentsOf: $0) }
            #else
            for v in values { withUnsafeBytes(of: v.bitPattern.littleEndian) { data.append(contentsOf: $0) } }
            #endif
        }
        return data
    }

    /// Parses a file's bytes; `path` is only used in error messages.
    /// - Throws: `CheckpointError.malformed` naming the first problem, `.unsupportedDType`.
    /// - Complexity: O(file size)
    public static func decode(_ data: Data, path: String = "<memory>") throws -> Contents {
        func fail(_ reason: String) -> CheckpointError { .malformed(path: path, reason: reason) }
        guard data.count >= 8 else { throw fail("it has \(data.count) bytes, fewer than the 8-byte header length") }
        let length = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= UInt64(data.count - 8) else {
            throw fail("the header length \(length) runs past the end of the file (\(data.count) bytes)")
        }
        let dataStart = 8 + Int(length)
        guard let header = try? JSONSerialization.jsonObject(with: data.subdata(in: 8 ..< dataStart)) as? [String: Any] else {
            throw fail("bytes 8..<\(dataStart) are not a JSON object")
        }
        var contents = Contents(tensors: [:])
        for (name, entry) in header {
            if name == "__metadata__" {
                guard let map = entry as? [String: String] else { throw fail("__metadata__ is not a map of strings") }
                contents.metadata = map
                continue
            }
            guard let info = entry as? [String: Any], let dtype = info["dtype"] as? String,
                  let shape = info["shape"] as? [Int], let offsets = info["data_offsets"] as? [Int], offsets.count == 2
            else { throw fail("the entry of `\(name)` lacks dtype, shape or data_offsets") }
            guard dtype == "F32" else { throw CheckpointError.unsupportedDType(name: name, dtype: dtype) }
            guard shape.count <= 2, shape.allSatisfy({ $0 >= 0 }) else {
                throw fail("`\(name)` has shape \(shape); only ranks 0 to 2 are supported")
            }
            let (rows, columns) = shape.count == 2 ? (shape[0], shape[1]) : (1, shape.first ?? 1)
            let (begin, end) = (offsets[0], offsets[1])
            guard begin >= 0, end - begin == rows * columns * 4, dataStart + end <= data.count else {
                throw fail("`\(name)` has data_offsets \(offsets), which do not hold \(rows * columns) floats inside the \(data.count - dataStart) data bytes")
            }
            let count = rows * columns
            let values = data[(data.startIndex + dataStart + begin)...].withUnsafeBytes { raw in
                [Float](unsafeUninitializedCapacity: count) { out, initialized in
                    for i in 0 ..< count {
                        out[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
                    }
                    initialized = count
                }
            }
            contents.tensors[name] = try Matrix(rows: rows, columns: columns, values: values)
        }
        return contents
    }

    /// Writes `contents` to `url` atomically: to a temporary file beside it, then `rename(2)`, so a
    /// reader never sees half a checkpoint and a crash leaves the old one intact.
    /// - Throws: `CheckpointError.io` with the system's reason.
    /// - Complexity: O(total tensor size)
    public static func write(_ contents: Contents, to url: URL) throws {
        let data = try encode(contents)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try data.write(to: temporary)
        } catch {
            throw CheckpointError.io(path: temporary.path, reason: error.localizedDescription)
        }
        try posix(path: url.path) { rename(temporary.path, url.path) }
    }

    /// Reads and parses the checkpoint at `url`.
    /// - Throws: `CheckpointError.io`, `.malformed` or `.unsupportedDType`.
    /// - Complexity: O(file size)
    public static func read(from url: URL) throws -> Contents {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CheckpointError.io(path: url.path, reason: error.localizedDescription)
        }
        return try decode(data, path: url.path)
    }

    /// Runs a C call returning -1 on failure and converts `errno` to `CheckpointError.io`.
    private static func posix(path: String, _ call: () -> Int32) throws {
        if call() == -1 { throw CheckpointError.io(path: path, reason: String(cString: strerror(errno))) }
    }
}
