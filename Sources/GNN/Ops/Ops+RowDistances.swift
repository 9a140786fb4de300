import GraphCore

extension Tensor {
    /// The Euclidean distance of each row to the same row of a sparse target,
    ///
    ///     out[i] = ‖f(x_i) − t_i‖₂,   f = the identity, or the logistic sigmoid when `sigmoid`,
    ///
    /// the per-node reconstruction errors of DOMINANT's attribute and structure decoders (Ding et
    /// al. 2019, "Deep Anomaly Detection on Attributed Networks", SDM), fused so that neither a
    /// dense copy of the target nor `f(x) − t` is ever stored. Backward:
    /// `dx_ij = g_i · (f(x_ij) − t_ij) · f′(x_ij) / out_i`, and 0 on a row at distance 0 (the
    /// subgradient of the norm there).
    ///
    /// **Shapes:** `self` and `target` are `N × C`; the result is `N × 1`.
    /// - Complexity: O(N × C + nnz(target)) forward and backward, rows split over `threads`;
    ///   O(threads × C) scratch.
    public func rowDistances(to target: SparseMatrix, sigmoid: Bool = false, threads: Int = Parallel.coreCount) -> Tensor {
        precondition(target.rows == rows && target.columns == columns,
                     "target is \(target.rows)×\(target.columns) but the rows are \(rows)×\(columns)")
        let x = value, width = columns
        let squash: (Float) -> Float = sigmoid ? { SigmoidRule().value($0) } : { $0 }
        var distances = Matrix(rows: rows, columns: 1)
        x.values.withUnsafeBufferPointer { xs in
            distances.withUnsafeMutableValues { out in
                Self.forEachRowWithTarget(target, threads: threads) { i, t in
                    var total: Double = 0
                    for j in 0 ..< width {
                        let d = squash(xs[i * width + j]) - t[j]
                        total += Double(d * d)
                    }
                    out[i] = Float(total.squareRoot())
                }
            }
        }
        let result = distances
        return Tensor.record("rowDistances", value: result, parents: [self]) { g, _ in
            let dx = x.values.withUnsafeBufferPointer { xs in
                Kernels.matrix(rows: x.rows, columns: width) { dst, _ in
                    Self.forEachRowWithTarget(target, threads: threads) { i, t in
                        let distance = result.values[i]
                        let scale = distance > 0 ? g.values[i] / distance : 0
                        for j in 0 ..< width {
                            let v = xs[i * width + j], y = squash(v)
                            let slope: Float = sigmoid ? y * (1 - y) : 1
                            dst[i * width + j] = scale * (y - t[j]) * slope
                        }
                    }
                }
            }
            return [dx]
        }
    }

    /// Calls `body(i, t)` for every row `i` of `target`, with `t` that row densely (duplicate
    /// entries summed); rows split over `threads`, each thread reusing one zeroed scratch row.
    /// - Complexity: O(N + nnz) plus the work of `body`.
    private static func forEachRowWithTarget(_ target: SparseMatrix, threads: Int,
                                             _ body: (Int, UnsafeMutablePointer<Float>) -> Void) {
        Parallel.forEachChunk(count: target.rows, threads: threads) { rowRange in
            let scratch = UnsafeMutablePointer<Float>.allocate(capacity: max(target.columns, 1))
            scratch.initialize(repeating: 0, count: max(target.columns, 1))
            defer { scratch.deallocate() }
            for i in rowRange {
                let entries = target.offsets[i] ..< target.offsets[i + 1]
                for e in entries { scratch[Int(target.indices[e])] += target.values[e] }
                body(i, scratch)
                for e in entries { scratch[Int(target.indices[e])] = 0 }
            }
        }
    }
}
