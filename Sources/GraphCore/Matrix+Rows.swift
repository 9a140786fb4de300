extension Matrix {
    /// A matrix of the rows at `indices`, in that order (repeats allowed).
    /// - Complexity: O(indices.count × columns)
    public func gatherRows(_ indices: [Int32]) -> Matrix {
        var result = Matrix(rows: indices.count, columns: columns)
        let width = columns
        values.withUnsafeBufferPointer { src in
            result.withUnsafeMutableValues { dst in
                for (r, index) in indices.enumerated() {
                    precondition(index >= 0 && Int(index) < rows, "row \(index) is outside 0..<\(rows)")
                    let from = Int(index) * width, to = r * width
                    for j in 0 ..< width { dst[to + j] = src[from + j] }
                }
            }
        }
        return result
    }

    /// Adds row `r` of `self` into row `indices[r]` of a new `count × columns` matrix
    /// (the adjoint of `gatherRows`). - Complexity: O(indices.count × columns)
    public func scatterAddRows(_ indices: [Int32], count: Int) -> Matrix {
        precondition(indices.count == rows, "\(indices.count) indices for \(rows) rows")
        var result = Matrix(rows: count, columns: columns)
        let width = columns
        values.withUnsafeBufferPointer { src in
            result.withUnsafeMutableValues { dst in
                for (r, index) in indices.enumerated() {
                    precondition(index >= 0 && Int(index) < count, "row \(index) is outside 0..<\(count)")
                    let from = r * width, to = Int(index) * width
                    for j in 0 ..< width { dst[to + j] += src[from + j] }
                }
            }
        }
        return result
    }

    /// Sum of each row. - Complexity: O(rows × columns)
    public func rowSums() -> [Float] {
        (0 ..< rows).map { r in row(r).reduce(0, +) }
    }

    /// Sum of each column. - Complexity: O(rows × columns)
    public func columnSums() -> [Float] {
        var sums = [Float](repeating: 0, count: columns)
        for r in 0 ..< rows {
            for j in 0 ..< columns { sums[j] += values[r * columns + j] }
        }
        return sums
    }

    /// Index of the largest entry of each row (the first on ties). - Complexity: O(rows × columns)
    public func rowArgmax() -> [Int] {
        (0 ..< rows).map { r in
            let slice = row(r)
            return (slice.indices.max { slice[$0] < slice[$1] || (slice[$0] == slice[$1] && $0 > $1) } ?? slice.startIndex)
                - slice.startIndex
        }
    }

    /// Each row divided by its L2 norm (zero rows stay zero). - Complexity: O(rows × columns)
    public func rowL2Normalized() -> Matrix {
        let norms = (0 ..< rows).map { r -> Float in
            let n = row(r).reduce(0) { $0 + $1 * $1 }.squareRoot()
            return n > 0 ? 1 / n : 0
        }
        return scalingRows(by: norms)
    }

    /// Each row divided by its sum (rows summing to zero stay zero), as PyG's
    /// `NormalizeFeatures`. - Complexity: O(rows × columns)
    public func rowSumNormalized() -> Matrix {
        scalingRows(by: rowSums().map { $0 != 0 ? 1 / $0 : 0 })
    }

    /// Rows stacked: `self` on top of `other`. - Complexity: O((rows + other.rows) × columns)
    public func stackingRows(_ other: Matrix) -> Matrix {
        precondition(columns == other.columns, "cannot stack \(columns) columns on \(other.columns)")
        return try! Matrix(rows: rows + other.rows, columns: columns, values: values + other.values)
    }

    /// Columns side by side: `self` then `other`. - Complexity: O(rows × (columns + other.columns))
    public func concatenatingColumns(_ other: Matrix) -> Matrix {
        precondition(rows == other.rows, "cannot concatenate \(rows) rows with \(other.rows)")
        var result = Matrix(rows: rows, columns: columns + other.columns)
        let width = result.columns
        result.withUnsafeMutableValues { out in
            for r in 0 ..< rows {
                for j in 0 ..< columns { out[r * width + j] = values[r * columns + j] }
                for j in 0 ..< other.columns { out[r * width + columns + j] = other.values[r * other.columns + j] }
            }
        }
        return result
    }
}
