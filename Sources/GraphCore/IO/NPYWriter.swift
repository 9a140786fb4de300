import Foundation

/// Writes `.npy` files that NumPy's `np.load` reads: format version 1.0 (2.0 only for a header
/// too long for 1.0), little-endian, C order, the data starting at a multiple of 64 bytes.
/// Files are replaced atomically (a temporary file beside the destination, then a rename).
///
/// ```swift
/// try NPYWriter.write(embeddings, to: url)   // Matrix → 2-D float32
/// try NPYWriter.write(labels, to: url)       // [Int32] → 1-D int32
/// ```
public enum NPYWriter {
    /// Writes `array` to `url` atomically.
    /// - Throws: `GraphIOError.unwritable`.
    /// - Complexity: O(number of values)
    public static func write(_ array: NPYArray, to url: URL) throws {
        try FileIO.writeAtomically(to: url.path) { try encode(array, into: &$0) }
    }

    /// Writes `matrix` as a 2-D float32 array. - Complexity: O(rows × columns)
    public static func write(_ matrix: Matrix, to url: URL) throws { try write(NPYArray(matrix), to: url) }

    /// Writes `values` as a 1-D float32 array. - Complexity: O(n)
    public static func write(_ values: [Float], to url: URL) throws { try write(NPYArray(values), to: url) }

    /// Writes `values` as a 1-D int32 array. - Complexity: O(n)
    public static func write(_ values: [Int32], to url: URL) throws { try write(NPYArray(values), to: url) }

    /// Writes `values` as a 1-D int64 array. - Complexity: O(n)
    public static func write(_ values: [Int64], to url: URL) throws { try write(NPYArray(values), to: url) }

    /// The bytes of the `.npy` file for `array`. - Complexity: O(number of values)
    public static func encode(_ array: NPYArray) -> [UInt8] {
        var writer = _ByteWriter()
        // An in-memory writer never flushes, so it cannot throw.
        try! encode(array, into: &writer)
        return writer.bytes
    }

    private static func encode(_ array: NPYArray, into out: inout _ByteWriter) throws {
        _NPYHeader.encode(dtype: array.dtype, shape: array.shape).withUnsafeBytes { out.append(contentsOf: $0) }
        switch array.values {
        case .float32(let values): try appendFloats(values, to: &out)
        case .int32(let values): try append(values, to: &out)
        case .int64(let values): try append(values, to: &out)
        case .complex128(let values): try appendDoubles(values, to: &out)
        }
    }

    /// Appends float32 `values` little-endian chunk by chunk, never copying the whole array (a
    /// 13.7M × 64 embedding matrix is 3.5 GB).
    private static func appendFloats(_ values: [Float], to out: inout _ByteWriter) throws {
        let chunk = _ByteWriter.flushThreshold / MemoryLayout<UInt32>.size
        var start = 0
        while start < values.count {
            let end = min(values.count, start + chunk)
            try append(values[start ..< end].map(\.bitPattern), to: &out)
            start = end
        }
    }

    /// Appends float64 `values` little-endian chunk by chunk (a 28-qubit state is 4 GB).
    private static func appendDoubles(_ values: [Double], to out: inout _ByteWriter) throws {
        let chunk = _ByteWriter.flushThreshold / MemoryLayout<UInt64>.size
        var start = 0
        while start < values.count {
            let end = min(values.count, start + chunk)
            try append(values[start ..< end].map(\.bitPattern), to: &out)
            start = end
        }
    }

    /// Appends `values` little-endian, in chunks so a large array streams to the file.
    private static func append<T: FixedWidthInteger>(_ values: [T], to out: inout _ByteWriter) throws {
        let chunk = _ByteWriter.flushThreshold / MemoryLayout<T>.size
        var start = 0
        while start < values.count {
            let end = min(values.count, start + chunk)
            #if _endian(big)
            let little = values[start ..< end].map(\.littleEndian)
            little.withUnsafeBytes { out.append(contentsOf: $0) }
            #else
            values[start ..< end].withUnsafeBytes { out.append(contentsOf: $0) }
            #endif
            try out.flushIfNeeded()
            start = end
        }
    }
}
