import GraphCore

extension Tensor {
    /// The inner product of the rows at each edge's endpoints, `out[e] = ⟨x[u_e], x[v_e]⟩`, fused
    /// so no `E × C` gathered copies are made (the decoder of GAE/VGAE over millions of edges).
    /// Backward: `dx[u_e] += g[e] · x[v_e]` and `dx[v_e] += g[e] · x[u_e]`.
    ///
    /// **Shapes:** `self` is `V × C`; `sources` and `targets` have `E` entries; the result is `E × 1`.
    /// - Complexity: O(E × C) forward and backward, O(E) extra memory.
    public func edgeInnerProducts(sources: [Int32], targets: [Int32]) -> Tensor {
        precondition(sources.count == targets.count, "\(sources.count) sources but \(targets.count) targets")
        let x = value
        let width = x.columns
        var out = Matrix(rows: sources.count, columns: 1)
        x.values.withUnsafeBufferPointer { xs in
            out.values.withUnsafeMutableBufferPointer { o in
                for e in 0 ..< sources.count {
                    let u = Int(sources[e]) * width, v = Int(targets[e]) * width
                    var sum: Float = 0
                    for k in 0 ..< width { sum += xs[u + k] * xs[v + k] }
                    o[e] = sum
                }
            }
        }
        return Tensor.record("edgeInnerProducts", value: out, parents: [self]) { g, _ in
            var dx = Matrix(rows: x.rows, columns: width)
            x.values.withUnsafeBufferPointer { xs in
                g.values.withUnsafeBufferPointer { gs in
                    dx.values.withUnsafeMutableBufferPointer { d in
                        for e in 0 ..< sources.count {
                            let u = Int(sources[e]) * width, v = Int(targets[e]) * width, w = gs[e]
                            for k in 0 ..< width {
                                d[u + k] += w * xs[v + k]
                                d[v + k] += w * xs[u + k]
                            }
                        }
                    }
                }
            }
            return [dx]
        }
    }
}
