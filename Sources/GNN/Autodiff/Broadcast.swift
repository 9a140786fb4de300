import GraphCore

/// NumPy-style broadcasting restricted to matrices: each dimension of an operand either equals
/// the result's or is 1 (so a `1×C` row, an `N×1` column or a `1×1` scalar spreads over `N×C`).
enum Broadcast {
    /// The broadcast shape of `a` and `b`, trapping with both shapes when they do not fit.
    static func shape(_ a: Matrix, _ b: Matrix, _ op: String) -> (rows: Int, columns: Int) {
        func dim(_ x: Int, _ y: Int) -> Int? { x == y ? x : x == 1 ? y : y == 1 ? x : nil }
        guard let r = dim(a.rows, b.rows), let c = dim(a.columns, b.columns) else {
            preconditionFailure("\(op): shapes \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns) do not broadcast; use equal shapes, a 1×C row, an N×1 column or a 1×1 scalar")
        }
        return (r, c)
    }

    /// `f(a[i, j], b[i, j])` with both operands broadcast to their common shape.
    /// - Complexity: O(rows × columns) of the result.
    @inline(__always)
    static func zip(_ a: Matrix, _ b: Matrix, _ op: String, _ f: (Float, Float) -> Float) -> Matrix {
        if a.rows == b.rows && a.columns == b.columns { return Kernels.zip(a, b, f) }
        let (rows, columns) = shape(a, b, op)
        let aRow = a.rows == 1 ? 0 : a.columns, aCol = a.columns == 1 ? 0 : 1
        let bRow = b.rows == 1 ? 0 : b.columns, bCol = b.columns == 1 ? 0 : 1
        return a.values.withUnsafeBufferPointer { pa in
            b.values.withUnsafeBufferPointer { pb in
                Kernels.matrix(rows: rows, columns: columns) { dst, _ in
                    let x = pa.baseAddress!, y = pb.baseAddress!
                    for i in 0 ..< rows {
                        let out = dst + i * columns, xr = x + i * aRow, yr = y + i * bRow
                        if aCol == 1 && bCol == 1 {
                            for j in 0 ..< columns { out[j] = f(xr[j], yr[j]) }
                        } else {
                            for j in 0 ..< columns { out[j] = f(xr[j * aCol], yr[j * bCol]) }
                        }
                    }
                }
            }
        }
    }

    /// Sums `gradient` over the dimensions along which an operand of shape `rows × columns` was
    /// broadcast (the adjoint of broadcasting). - Complexity: O(size of `gradient`)
    static func reduce(_ gradient: Matrix, to rows: Int, _ columns: Int) -> Matrix {
        if gradient.rows == rows && gradient.columns == columns { return gradient }
        var result = Matrix(rows: rows, columns: columns)
        let gr = gradient.rows, gc = gradient.columns
        let rowStride = rows == 1 ? 0 : columns, colStride = columns == 1 ? 0 : 1
        gradient.values.withUnsafeBufferPointer { g in
            result.withUnsafeMutableValues { r in
                for i in 0 ..< gr {
                    for j in 0 ..< gc { r[i * rowStride + j * colStride] += g[i * gc + j] }
                }
            }
        }
        return result
    }

    /// `m` (of shape `1×C`, `N×1` or `1×1`) repeated to `rows × columns` (the adjoint of a
    /// reduction). - Complexity: O(rows × columns)
    static func expand(_ m: Matrix, to rows: Int, _ columns: Int) -> Matrix {
        let rowStride = m.rows == 1 ? 0 : m.columns, colStride = m.columns == 1 ? 0 : 1
        return m.values.withUnsafeBufferPointer { src in
            Kernels.matrix(rows: rows, columns: columns) { out, _ in
                for i in 0 ..< rows {
                    for j in 0 ..< columns { out[i * columns + j] = src[i * rowStride + j * colStride] }
                }
            }
        }
    }
}
