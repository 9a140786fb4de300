extension Matrix {
    /// Bytes per cache line on the machines GraphCore targets (x86-64, arm64).
    static let cacheLineBytes = 64

    /// Calls `body` with the rows laid out for random row gathers: a pointer to row 0, whose
    /// address is a multiple of `cacheLineBytes`, and the distance between rows in floats, a
    /// multiple of 16, so every row starts on a cache line. That is `values` itself when its rows
    /// already lie so; otherwise a copy made on `threads` threads (huge pages when large), padded
    /// with zeros and freed when `body` returns.
    ///
    /// A large `[Float]` starts 48 bytes into a cache line (the allocator's 16-byte header and
    /// the array's 32), so a gathered row of 32 floats touches three lines instead of two.
    /// - Complexity: O(rows × columns) for the copy, plus the work of `body`.
    /// - Precondition: the matrix is not empty.
    func withCacheAlignedRows<R>(threads: Int, _ body: (UnsafePointer<Float>, Int) throws -> R) rethrows -> R {
        precondition(rows > 0 && columns > 0, "a \(rows)×\(columns) matrix has no rows to align")
        let floatsPerLine = Matrix.cacheLineBytes / MemoryLayout<Float>.stride
        let stride = (columns + floatsPerLine - 1) / floatsPerLine * floatsPerLine
        return try values.withUnsafeBufferPointer { source in
            let base = source.baseAddress!
            if stride == columns && Int(bitPattern: base) % Matrix.cacheLineBytes == 0 {
                return try body(base, stride)
            }
            let bytes = rows * stride * MemoryLayout<Float>.stride
            let hugePage = 2 << 20
            let raw = UnsafeMutableRawPointer.allocate(
                byteCount: bytes, alignment: bytes >= LargeArray.adviceThreshold ? hugePage : Matrix.cacheLineBytes)
            defer { raw.deallocate() }
            LargeArray.adviseHugePages(UnsafeMutableRawBufferPointer(start: raw, count: bytes))
            let copy = raw.bindMemory(to: Float.self, capacity: rows * stride)
            Parallel.forEachChunk(count: rows, threads: threads) { chunk in
                for i in chunk {
                    (copy + i * stride).initialize(from: base + i * columns, count: columns)
                    (copy + i * stride + columns).initialize(repeating: 0, count: stride - columns)
                }
            }
            return try body(copy, stride)
        }
    }
}
