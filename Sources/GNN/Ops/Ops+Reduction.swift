import GraphCore

extension Tensor {
    /// The sum of each row. Backward spreads each row's gradient over its columns.
    ///
    /// **Shapes:** `N × C` → `N × 1`.
    /// - Complexity: O(N × C)
    public func sumRows() -> Tensor {
        let (n, width) = (rows, columns)
        let sums = value.values.withUnsafeBufferPointer { x in
            Kernels.matrix(rows: n, columns: 1) { out, _ in
                for i in 0 ..< n {
                    var total: Float = 0
                    for j in 0 ..< width { total += x[i * width + j] }
                    out[i] = total
                }
            }
        }
        return Tensor.record("sumRows", value: sums, parents: [self]) { g, _ in
            [Broadcast.expand(g, to: n, width)]
        }
    }

    /// The sum of each column, accumulated in `Double` (so means over many rows stay accurate).
    /// Backward copies the gradient row to every row.
    ///
    /// **Shapes:** `N × C` → `1 × C`.
    /// - Complexity: O(N × C)
    public func sumColumns() -> Tensor {
        let (n, width) = (rows, columns)
        var totals = [Double](repeating: 0, count: width)
        value.values.withUnsafeBufferPointer { x in
            totals.withUnsafeMutableBufferPointer { t in
                for i in 0 ..< n {
                    for j in 0 ..< width { t[j] += Double(x[i * width + j]) }
                }
            }
        }
        let sums = try! Matrix(rows: 1, columns: width, values: totals.map { Float($0) })
        return Tensor.record("sumColumns", value: sums, parents: [self]) { g, _ in
            [Broadcast.expand(g, to: n, width)]
        }
    }
}
