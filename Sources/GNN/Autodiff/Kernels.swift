import GraphCore

/// Allocation and loop helpers for the primitives: results are allocated uninitialised and filled
/// through unsafe buffers, so no op pays for zero-filling or bounds checks in its inner loop.
enum Kernels {
    /// A `rows × columns` matrix whose values `fill` writes, every entry exactly once.
    /// - Complexity: O(1) plus `fill`.
    @inline(__always)
    static func matrix(rows: Int, columns: Int, _ fill: (UnsafeMutablePointer<Float>, Int) -> Void) -> Matrix {
        let count = rows * columns
        let values = [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { fill(buffer.baseAddress!, count) }
            initialized = count
        }
        return try! Matrix(rows: rows, columns: columns, values: values)
    }

    /// `f` applied to every entry of `a`. - Complexity: O(size)
    @inline(__always)
    static func map(_ a: Matrix, _ f: (Float) -> Float) -> Matrix {
        a.values.withUnsafeBufferPointer { src in
            matrix(rows: a.rows, columns: a.columns) { dst, n in
                let s = src.baseAddress!
                for i in 0 ..< n { dst[i] = f(s[i]) }
            }
        }
    }

    /// `f(a[i], b[i])` for two equally shaped matrices. - Complexity: O(size)
    @inline(__always)
    static func zip(_ a: Matrix, _ b: Matrix, _ f: (Float, Float) -> Float) -> Matrix {
        precondition(a.rows == b.rows && a.columns == b.columns,
                     "shapes \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns) differ")
        return a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                matrix(rows: a.rows, columns: a.columns) { dst, n in
                    let x = pa.baseAddress!, y = pb.baseAddress!
                    for i in 0 ..< n { dst[i] = f(x[i], y[i]) }
                }
            }
        }
    }

    /// `f(a[i], b[i], c[i])` for three equally shaped matrices. - Complexity: O(size)
    @inline(__always)
    static func zip3(_ a: Matrix, _ b: Matrix, _ c: Matrix, _ f: (Float, Float, Float) -> Float) -> Matrix {
        precondition(a.values.count == b.values.count && b.values.count == c.values.count, "sizes differ")
        return a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                c.values.withUnsafeBufferPointer { pc in
                    matrix(rows: a.rows, columns: a.columns) { dst, n in
                        let x = pa.baseAddress!, y = pb.baseAddress!, z = pc.baseAddress!
                        for i in 0 ..< n { dst[i] = f(x[i], y[i], z[i]) }
                    }
                }
            }
        }
    }
}
