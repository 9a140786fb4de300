import Foundation

/// Reads `.npy` files (NumPy format versions 1.0, 2.0 and 3.0) holding a 1-D or 2-D C-order
/// array of little-endian float32, int32, int64 or complex128.
///
/// The reader checks the magic string, the version, the header dictionary (`descr`,
/// `fortran_order`, `shape`) and that the data is exactly as long as the shape needs; each
/// failure is a `GraphIOError.malformedBinary` with the byte offset and what was expected.
///
/// ```swift
/// let x = try NPYReader.readMatrix(contentsOf: url)     // float32, 2-D
/// let y = try NPYReader.readInt64(contentsOf: labels)   // int32 or int64, 1-D
/// ```
public enum NPYReader {
    /// Reads the array in the file at `url`.
    /// - Throws: `GraphIOError.unreadable` or `.malformedBinary`.
    /// - Complexity: O(file size)
    public static func read(contentsOf url: URL) throws -> NPYArray {
        try FileIO.readAll(url.path).withUnsafeBytes { try _parse(raw: $0, path: url.path).array }
    }

    /// Parses an `.npy` file held in memory; `path` names it in errors.
    /// - Throws: `GraphIOError.malformedBinary`.
    /// - Complexity: O(bytes)
    public static func parse<Bytes: ContiguousBytes>(_ bytes: Bytes, path: String = "<memory>") throws -> NPYArray {
        try bytes.withUnsafeBytes { try _parse(raw: $0, path: path).array }
    }

    /// Reads a 2-D float32 array as a `Matrix`.
    /// - Throws: as `read(contentsOf:)`, and `.malformedBinary` for another dtype or shape.
    /// - Complexity: O(file size)
    public static func readMatrix(contentsOf url: URL) throws -> Matrix {
        try FileIO.readAll(url.path).withUnsafeBytes { raw in
            let (array, header) = try _parse(raw: raw, path: url.path)
            guard case .float32(let values) = array.values else {
                throw wrongType(header, url, "dtype '<f4' (float32) for a Matrix; save arr.astype(np.float32)")
            }
            guard array.shape.count == 2 else {
                throw GraphIOError.malformedBinary(
                    path: url.path, offset: header.shapeOffset,
                    expected: "a 2-D shape for a Matrix; save arr.reshape(-1, 1) for a column",
                    found: "shape \(_NPYHeader.describe(array.shape))")
            }
            return try Matrix(rows: array.shape[0], columns: array.shape[1], values: values)
        }
    }

    /// Reads a 1-D int32 array, or an int64 one whose values all fit in `Int32`.
    /// - Throws: as `read(contentsOf:)`, and `.malformedBinary` for another dtype or shape or
    ///   (naming the element's offset) an int64 value out of range.
    /// - Complexity: O(file size)
    public static func readInt32(contentsOf url: URL) throws -> [Int32] {
        try FileIO.readAll(url.path).withUnsafeBytes { raw in
            let (array, header) = try _parse(raw: raw, path: url.path)
            try requireVector(array, header, url)
            switch array.values {
            case .int32(let values): return values
            case .int64(let values):
                return try values.enumerated().map { k, value in
                    guard let narrow = Int32(exactly: value) else {
                        throw GraphIOError.malformedBinary(
                            path: url.path, offset: header.dataOffset + 8 * k,
                            expected: "an int64 value within Int32 range (element \(k))", found: "\(value)")
                    }
                    return narrow
                }
            case .float32, .complex128:
                throw wrongType(header, url, "dtype '<i4' or '<i8' (integers); save arr.astype(np.int32)")
            }
        }
    }

    /// Reads a 1-D int64 or int32 array as `[Int64]`.
    /// - Throws: as `read(contentsOf:)`, and `.malformedBinary` for another dtype or shape.
    /// - Complexity: O(file size)
    public static func readInt64(contentsOf url: URL) throws -> [Int64] {
        try FileIO.readAll(url.path).withUnsafeBytes { raw in
            let (array, header) = try _parse(raw: raw, path: url.path)
            try requireVector(array, header, url)
            switch array.values {
            case .int64(let values): return values
            case .int32(let values): return values.map(Int64.init)
            case .float32, .complex128:
                throw wrongType(header, url, "dtype '<i4' or '<i8' (integers); save arr.astype(np.int64)")
            }
        }
    }

    private static func wrongType(_ header: _NPYHeader, _ url: URL, _ expected: String) -> GraphIOError {
        .malformedBinary(path: url.path, offset: header.dtypeOffset, expected: expected,
                         found: "dtype '\(header.dtype.rawValue)'")
    }

    private static func requireVector(_ array: NPYArray, _ header: _NPYHeader, _ url: URL) throws {
        guard array.shape.count == 1 else {
            throw GraphIOError.malformedBinary(
                path: url.path, offset: header.shapeOffset, expected: "a 1-D shape; save arr.ravel()",
                found: "shape \(_NPYHeader.describe(array.shape))")
        }
    }

    static func _parse(raw: UnsafeRawBufferPointer, path: String) throws -> (array: NPYArray, header: _NPYHeader) {
        let header = try _NPYHeader.parse(raw, path: path)
        let shapeText = "shape \(_NPYHeader.describe(header.shape)) of '\(header.dtype.rawValue)'"
        guard let needed = header.byteCount else {
            throw GraphIOError.malformedBinary(path: path, offset: header.shapeOffset,
                                               expected: "a shape whose byte count fits in 64 bits", found: shapeText)
        }
        let available = raw.count - header.dataOffset
        guard available >= needed else {
            throw GraphIOError.malformedBinary(
                path: path, offset: raw.count,
                expected: "\(needed) data bytes for \(shapeText) from byte \(header.dataOffset)",
                found: "the end of the file after \(available) (the file is truncated)")
        }
        guard available == needed else {
            throw GraphIOError.malformedBinary(
                path: path, offset: header.dataOffset + needed,
                expected: "the end of the file after \(needed) data bytes for \(shapeText)",
                found: "\(available - needed) more bytes")
        }
        let data = UnsafeRawBufferPointer(rebasing: raw[header.dataOffset...])
        let count = needed / header.dtype.byteCount
        let values: NPYArray.Values
        switch header.dtype {
        case .float32:
            values = .float32(load(data, count: count, as: UInt32.self).map { Float(bitPattern: $0) })
        case .int32:
            values = .int32(load(data, count: count, as: Int32.self))
        case .int64:
            values = .int64(load(data, count: count, as: Int64.self))
        case .complex128:
            values = .complex128(load(data, count: 2 * count, as: UInt64.self).map { Double(bitPattern: $0) })
        }
        return (try NPYArray(shape: header.shape, values: values), header)
    }

    /// `count` little-endian integers from unaligned bytes.
    private static func load<T: FixedWidthInteger>(_ data: UnsafeRawBufferPointer, count: Int, as: T.Type) -> [T] {
        [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 {
                memcpy(buffer.baseAddress!, data.baseAddress!, count * MemoryLayout<T>.size)
                #if _endian(big)
                for k in 0 ..< count { buffer[k] = T(littleEndian: buffer[k]) }
                #endif
            }
            initialized = count
        }
    }
}
