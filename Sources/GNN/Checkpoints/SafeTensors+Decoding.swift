import Foundation
import GraphCore

extension SafeTensors {
    /// Parses a file's bytes; `path` is only used in error messages.
    ///
    /// Every size is checked before anything is allocated from it, with overflow-checked
    /// arithmetic: the header length against the file, each shape's element count against its
    /// `data_offsets`, and the offsets against the data, which the tensors must tile exactly
    /// (in some order, without gaps or overlaps, as the format requires) — so the floats
    /// allocated never outnumber the file's bytes / 4.
    /// - Throws: `CheckpointError.malformed` naming the first problem (and its byte offset where
    ///   one applies), `.unsupportedDType`.
    /// - Complexity: O(file size + T log T) for T tensors.
    public static func decode(_ data: Data, path: String = "<memory>") throws -> Contents {
        func fail(_ reason: String) -> CheckpointError { .malformed(path: path, reason: reason) }
        guard data.count >= 8 else { throw fail("it has \(data.count) bytes, fewer than the 8-byte header length") }
        let length = data.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        guard length <= UInt64(data.count - 8) else {
            throw fail("the header length \(length) (bytes 0..<8) runs past the end of the file (\(data.count) bytes)")
        }
        let dataStart = 8 + Int(length), dataSize = data.count - dataStart
        let headerBytes = data.subdata(in: data.startIndex + 8 ..< data.startIndex + dataStart)
        guard let header = try? JSONSerialization.jsonObject(with: headerBytes) as? [String: Any] else {
            throw fail("bytes 8..<\(dataStart) are not a JSON object")
        }
        var contents = Contents(tensors: [:])
        var entries: [(name: String, rows: Int, columns: Int, begin: Int, end: Int)] = []
        for (name, entry) in header {
            if name == "__metadata__" {
                guard let map = entry as? [String: String] else { throw fail("__metadata__ is not a map of strings") }
                contents.metadata = map
                continue
            }
            guard let info = entry as? [String: Any], let dtype = info["dtype"] as? String,
                  let shape = info["shape"] as? [Int], let offsets = info["data_offsets"] as? [Int], offsets.count == 2
            else { throw fail("the entry of `\(name)` lacks dtype, shape or data_offsets (two integers)") }
            guard dtype == "F32" else { throw CheckpointError.unsupportedDType(name: name, dtype: dtype) }
            guard shape.count <= 2, shape.allSatisfy({ (0 ... Int(Int32.max)).contains($0) }) else {
                throw fail("`\(name)` has shape \(shape); only ranks 0 to 2 with sizes in 0...\(Int32.max) are supported")
            }
            let (rows, columns) = shape.count == 2 ? (shape[0], shape[1]) : (1, shape.first ?? 1)
            let (begin, end) = (offsets[0], offsets[1])
            guard begin >= 0, end >= begin, end <= dataSize else {
                throw fail("`\(name)` has data_offsets \(offsets), outside the \(dataSize) data bytes (from byte \(dataStart))")
            }
            let (count, countOverflow) = rows.multipliedReportingOverflow(by: columns)
            let (bytes, bytesOverflow) = count.multipliedReportingOverflow(by: MemoryLayout<Float>.size)
            guard !countOverflow, !bytesOverflow, bytes == end - begin else {
                throw fail("`\(name)` has shape \(shape), which does not fit its \(end - begin) bytes at data_offsets \(offsets) (4 bytes per F32)")
            }
            entries.append((name, rows, columns, begin, end))
        }
        entries.sort { ($0.begin, $0.end) < ($1.begin, $1.end) }
        var covered = 0
        for entry in entries {
            guard entry.begin == covered else {
                throw fail(entry.begin < covered
                    ? "`\(entry.name)` at data_offsets [\(entry.begin), \(entry.end)] overlaps another tensor (bytes up to \(covered) are taken)"
                    : "data bytes \(covered)..<\(entry.begin) (file offset \(dataStart + covered)) belong to no tensor")
            }
            covered = entry.end
        }
        guard covered == dataSize else {
            throw fail("data bytes \(covered)..<\(dataSize) (file offset \(dataStart + covered)) belong to no tensor")
        }
        for entry in entries {
            let count = entry.rows * entry.columns
            let values = data[(data.startIndex + dataStart + entry.begin)...].withUnsafeBytes { raw in
                [Float](unsafeUninitializedCapacity: count) { out, initialized in
                    for i in 0 ..< count {
                        out[i] = Float(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: 4 * i, as: UInt32.self)))
                    }
                    initialized = count
                }
            }
            contents.tensors[entry.name] = try Matrix(rows: entry.rows, columns: entry.columns, values: values)
        }
        return contents
    }
}
