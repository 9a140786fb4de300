import GraphCore

/// Multi-head sparse kernels for attention: `H` edge values per edge, features split into `H`
/// column blocks of width `C`, head `h` using block `h`. Rows are split across threads, balanced
/// by edge count; each thread writes only its own rows, so results do not depend on threads.
enum HeadSpMM {
    /// `out[i, h-block] = Σₑ w[e, h] · x[targets[e], h-block]` over row `i`'s edges.
    /// - Complexity: O(E × H × C)
    static func product(_ graph: Graph, weights: Matrix, heads: Int, _ x: Matrix, threads: Int) -> Matrix {
        precondition(weights.rows == graph.edgeCount && weights.columns == heads,
                     "edge values are \(weights.rows)×\(weights.columns); expected \(graph.edgeCount)×\(heads)")
        precondition(x.rows == graph.nodeCount && x.columns % heads == 0,
                     "features are \(x.rows)×\(x.columns); expected \(graph.nodeCount) rows and a multiple of \(heads) columns")
        let width = x.columns, block = width / heads
        var out = Matrix(rows: graph.nodeCount, columns: width)
        graph.offsets.withUnsafeBuffer { off in
            graph.targets.withUnsafeBufferPointer { tgt in
                weights.values.withUnsafeBufferPointer { w in
                    x.values.withUnsafeBufferPointer { src in
                        out.withUnsafeMutableValues { dst in
                            let input = src.baseAddress!, output = dst.baseAddress!
                            Parallel.forEachChunk(count: graph.nodeCount, threads: threads, prefixCost: graph.offsets) { rows in
                                for i in rows {
                                    for e in off[i] ..< off[i + 1] {
                                        let from = input + Int(tgt[e]) * width
                                        for h in 0 ..< heads {
                                            axpy(w[e * heads + h], from + h * block, output + i * width + h * block, block)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    /// `d[e, h] = ⟨g[i, h-block], x[targets[e], h-block]⟩` for edge `e` of row `i`: the gradient
    /// of `product` with respect to its edge values. - Complexity: O(E × H × C)
    static func edgeGradient(_ graph: Graph, heads: Int, _ g: Matrix, _ x: Matrix, threads: Int) -> Matrix {
        let width = x.columns, block = width / heads
        var d = Matrix(rows: graph.edgeCount, columns: heads)
        graph.offsets.withUnsafeBuffer { off in
            graph.targets.withUnsafeBufferPointer { tgt in
                g.values.withUnsafeBufferPointer { gv in
                    x.values.withUnsafeBufferPointer { xv in
                        d.withUnsafeMutableValues { dv in
                            let out = dv.baseAddress!
                            Parallel.forEachChunk(count: graph.nodeCount, threads: threads, prefixCost: graph.offsets) { rows in
                                for i in rows {
                                    for e in off[i] ..< off[i + 1] {
                                        let xr = xv.baseAddress! + Int(tgt[e]) * width, gr = gv.baseAddress! + i * width
                                        for h in 0 ..< heads {
                                            var s: Float = 0
                                            for c in h * block ..< (h + 1) * block { s += gr[c] * xr[c] }
                                            out[e * heads + h] = s
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return d
    }

    /// `y[0..<n] += a · x[0..<n]`, vectorised by eight.
    @inline(__always)
    static func axpy(_ a: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        var k = 0
        while k + 8 <= n {
            let xv = UnsafeRawPointer(x + k).loadUnaligned(as: SIMD8<Float>.self)
            let yv = UnsafeRawPointer(y + k).loadUnaligned(as: SIMD8<Float>.self)
            UnsafeMutableRawPointer(y + k).storeBytes(of: yv + a * xv, as: SIMD8<Float>.self)
            k += 8
        }
        while k < n {
            y[k] += a * x[k]
            k += 1
        }
    }
}
