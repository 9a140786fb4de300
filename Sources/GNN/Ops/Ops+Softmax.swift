import Foundation
import GraphCore

extension Tensor {
    /// Row-wise log-softmax, `x − log Σⱼ exp xⱼ`, shifted by the row maximum so it cannot
    /// overflow. Backward: `dx = g − softmax(x) · Σⱼ gⱼ` per row.
    ///
    /// **Shapes:** `N × C` → `N × C`.
    /// - Complexity: O(N × C)
    public func logSoftmax() -> Tensor {
        let width = columns
        let y = value.values.withUnsafeBufferPointer { x in
            Kernels.matrix(rows: rows, columns: width) { out, n in
                for base in stride(from: 0, to: n, by: max(width, 1)) {
                    var top = -Float.infinity
                    for j in 0 ..< width { top = max(top, x[base + j]) }
                    var total: Float = 0
                    for j in 0 ..< width { total += Foundation.exp(x[base + j] - top) }
                    let shift = top + Foundation.log(total)
                    for j in 0 ..< width { out[base + j] = x[base + j] - shift }
                }
            }
        }
        return Tensor.record("logSoftmax", value: y, parents: [self]) { g, _ in
            [g.values.withUnsafeBufferPointer { gv in
                y.values.withUnsafeBufferPointer { yv in
                    Kernels.matrix(rows: y.rows, columns: width) { out, n in
                        for base in stride(from: 0, to: n, by: max(width, 1)) {
                            var total: Float = 0
                            for j in 0 ..< width { total += gv[base + j] }
                            for j in 0 ..< width { out[base + j] = gv[base + j] - Foundation.exp(yv[base + j]) * total }
                        }
                    }
                }
            }]
        }
    }

    /// Softmax within segments, column by column (one column per attention head): entry
    /// `(e, h)` becomes `exp(x[e,h]) / Σ exp(x[e',h])` over the rows `e'` of the same segment,
    /// shifted by the segment maximum. For attention the rows are edges and the segments their
    /// receivers (PyG's `softmax(alpha, index)`). Backward: `dx = y ⊙ (g − Σ_segment g ⊙ y)`.
    ///
    /// **Shapes:** `E × H` → `E × H`, with `segmentIDs.count == E`.
    /// - Complexity: O(E × H + count × H)
    public func segmentSoftmax(_ segmentIDs: [Int32], count: Int) -> Tensor {
        precondition(segmentIDs.count == rows, "\(segmentIDs.count) segment ids for \(rows) rows")
        let width = columns, n = rows
        var top = [Float](repeating: -.infinity, count: count * width)
        var total = [Float](repeating: 0, count: count * width)
        let y = value.values.withUnsafeBufferPointer { x in
            Kernels.matrix(rows: n, columns: width) { out, _ in
                top.withUnsafeMutableBufferPointer { m in
                    total.withUnsafeMutableBufferPointer { t in
                        for e in 0 ..< n {
                            let s = Int(segmentIDs[e]) * width
                            for h in 0 ..< width { m[s + h] = max(m[s + h], x[e * width + h]) }
                        }
                        for e in 0 ..< n {
                            let s = Int(segmentIDs[e]) * width
                            for h in 0 ..< width {
                                let v = Foundation.exp(x[e * width + h] - m[s + h])
                                out[e * width + h] = v
                                t[s + h] += v
                            }
                        }
                        for e in 0 ..< n {
                            let s = Int(segmentIDs[e]) * width
                            for h in 0 ..< width { out[e * width + h] /= t[s + h] }
                        }
                    }
                }
            }
        }
        return Tensor.record("segmentSoftmax", value: y, parents: [self]) { g, _ in
            var dot = [Float](repeating: 0, count: count * width)
            return [g.values.withUnsafeBufferPointer { gv in
                y.values.withUnsafeBufferPointer { yv in
                    dot.withUnsafeMutableBufferPointer { d in
                        for e in 0 ..< n {
                            let s = Int(segmentIDs[e]) * width
                            for h in 0 ..< width { d[s + h] += gv[e * width + h] * yv[e * width + h] }
                        }
                        return Kernels.matrix(rows: n, columns: width) { out, _ in
                            for e in 0 ..< n {
                                let s = Int(segmentIDs[e]) * width
                                for h in 0 ..< width {
                                    let k = e * width + h
                                    out[k] = yv[k] * (gv[k] - d[s + h])
                                }
                            }
                        }
                    }
                }
            }]
        }
    }
}
