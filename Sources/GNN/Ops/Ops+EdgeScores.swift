import Dispatch
import GraphCore

extension Tensor {
    /// The inner product of the rows at each edge's endpoints, `out[e] = ⟨x[u_e], x[v_e]⟩`, fused
    /// so no `E × C` gathered copies are made (the decoder of GAE/VGAE over millions of edges).
    /// Backward: `dx[u_e] += g[e] · x[v_e]` and `dx[v_e] += g[e] · x[u_e]`, each thread summing
    /// its share of the edges into its own buffer, the buffers added at the end.
    ///
    /// **Shapes:** `self` is `V × C`; `sources` and `targets` have `E` entries; the result is `E × 1`.
    /// - Complexity: O(E × C) forward and backward; O(E + threads × V × C) extra memory.
    public func edgeInnerProducts(sources: [Int32], targets: [Int32], threads: Int = Parallel.coreCount) -> Tensor {
        precondition(sources.count == targets.count, "\(sources.count) sources but \(targets.count) targets")
        let x = value
        let width = x.columns
        var out = Matrix(rows: sources.count, columns: 1)
        x.values.withUnsafeBufferPointer { xs in
            out.withUnsafeMutableValues { o in
                Parallel.forEachChunk(count: sources.count, threads: threads) { edges in
                    for e in edges {
                        let u = Int(sources[e]) * width, v = Int(targets[e]) * width
                        var sum: Float = 0
                        for k in 0 ..< width { sum += xs[u + k] * xs[v + k] }
                        o[e] = sum
                    }
                }
            }
        }
        return Tensor.record("edgeInnerProducts", value: out, parents: [self]) { g, _ in
            let parts = max(1, min(threads, sources.count / 65_536))
            var partials = (0 ..< parts).map { _ in Matrix(rows: x.rows, columns: width) }  // separate storage each
            x.values.withUnsafeBufferPointer { xs in
                g.values.withUnsafeBufferPointer { gs in
                    partials.withUnsafeMutableBufferPointer { buffers in
                        DispatchQueue.concurrentPerform(iterations: parts) { part in
                            buffers[part].withUnsafeMutableValues { d in
                                for e in sources.count * part / parts ..< sources.count * (part + 1) / parts {
                                    let u = Int(sources[e]) * width, v = Int(targets[e]) * width, w = gs[e]
                                    for k in 0 ..< width {
                                        d[u + k] += w * xs[v + k]
                                        d[v + k] += w * xs[u + k]
                                    }
                                }
                            }
                        }
                    }
                }
            }
            var dx = partials[0]
            for part in partials.dropFirst() { dx += part }
            return [dx]
        }
    }
}
