extension Matrix {
    private static func checkSameShape(_ a: Matrix, _ b: Matrix, _ op: String) {
        precondition(a.rows == b.rows && a.columns == b.columns,
                     "\(op) needs equal shapes, got \(a.rows)×\(a.columns) and \(b.rows)×\(b.columns)")
    }

    /// Applies `transform` to every element. - Complexity: O(rows × columns)
    public func map(_ transform: (Float) -> Float) -> Matrix {
        var result = self
        result.withUnsafeMutableValues { v in
            for i in v.indices { v[i] = transform(v[i]) }
        }
        return result
    }

    /// Combines two equally shaped matrices element by element. - Complexity: O(rows × columns)
    public func zipMap(_ other: Matrix, _ combine: (Float, Float) -> Float) -> Matrix {
        Matrix.checkSameShape(self, other, "zipMap")
        var result = self
        result.withUnsafeMutableValues { r in
            other.values.withUnsafeBufferPointer { o in
                for i in r.indices { r[i] = combine(r[i], o[i]) }
            }
        }
        return result
    }

    /// Element-wise sum. - Complexity: O(rows × columns)
    public static func + (a: Matrix, b: Matrix) -> Matrix { a.zipMap(b, +) }
    /// Element-wise difference. - Complexity: O(rows × columns)
    public static func - (a: Matrix, b: Matrix) -> Matrix { a.zipMap(b, -) }
    /// Element-wise (Hadamard) product. - Complexity: O(rows × columns)
    public static func * (a: Matrix, b: Matrix) -> Matrix { a.zipMap(b, *) }
    /// Element-wise quotient. - Complexity: O(rows × columns)
    public static func / (a: Matrix, b: Matrix) -> Matrix { a.zipMap(b, /) }
    /// Every element times `s`. - Complexity: O(rows × columns)
    public static func * (s: Float, a: Matrix) -> Matrix { a.map { s * $0 } }

    /// Adds `other` in place. - Complexity: O(rows × columns)
    public static func += (a: inout Matrix, b: Matrix) {
        checkSameShape(a, b, "+=")
        a.withUnsafeMutableValues { r in
            b.values.withUnsafeBufferPointer { o in
                for i in r.indices { r[i] += o[i] }
            }
        }
    }

    /// Adds `vector` (one entry per column) to every row, as a bias. - Complexity: O(rows × columns)
    public func addingRowVector(_ vector: [Float]) -> Matrix {
        precondition(vector.count == columns, "row vector has \(vector.count) entries; the matrix has \(columns) columns")
        var result = self
        result.withUnsafeMutableValues { r in
            for i in 0 ..< rows {
                for j in 0 ..< columns { r[i * columns + j] += vector[j] }
            }
        }
        return result
    }

    /// Multiplies row `i` by `scales[i]`. - Complexity: O(rows × columns)
    public func scalingRows(by scales: [Float]) -> Matrix {
        precondition(scales.count == rows, "\(scales.count) scales for \(rows) rows")
        var result = self
        result.withUnsafeMutableValues { r in
            for i in 0 ..< rows {
                for j in 0 ..< columns { r[i * columns + j] *= scales[i] }
            }
        }
        return result
    }

    /// Sum of all elements, accumulated in `Double`. - Complexity: O(rows × columns)
    public func sum() -> Float { Float(values.reduce(0.0) { $0 + Double($1) }) }

    /// Largest absolute difference to `other`, for comparisons in tests. - Complexity: O(rows × columns)
    public func maxAbsDifference(_ other: Matrix) -> Float {
        Matrix.checkSameShape(self, other, "maxAbsDifference")
        return zip(values, other.values).reduce(0) { max($0, abs($1.0 - $1.1)) }
    }
}
