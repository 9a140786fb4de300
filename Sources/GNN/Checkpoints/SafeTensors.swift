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

    /// Writes `contents` to `url` atomically, through GraphCore's file layer (`FileIO`): a
    /// reader never sees half a checkpoint and a crash leaves the old one intact.
    /// - Throws: `CheckpointError.io` naming the file and the system's reason.
    /// - Complexity: O(total tensor size)
    public static func write(_ contents: Contents, to url: URL) throws {
        let data = try encode(contents)
        do {
            try FileIO.writeAtomically(data, to: url.path)
        } catch let error as GraphIOError {
            throw CheckpointError.io(path: error.path, reason: error.message)
        }
    }

    /// Reads and parses the checkpoint at `url`.
    /// - Throws: `CheckpointError.io`, `.malformed` or `.unsupportedDType`.
    /// - Complexity: O(file size)
    public static func read(from url: URL) throws -> Contents {
        let bytes: [UInt8]
        do {
            // As stored: the 8-byte header length of a checkpoint may begin like gzip's magic.
            bytes = try FileIO.readRaw(url.path)
        } catch let error as GraphIOError {
            throw CheckpointError.io(path: error.path, reason: error.message)
        }
        return try decode(Data(bytes), path: url.path)
    }
}
