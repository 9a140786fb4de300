extension Graph {
    /// Sparse-dense product `A · X`: row `i` of the result is `Σ w(i→j) · X[j]` over `i`'s
    /// out-edges, where `w` is `edgeValues` when given, else the graph's weights, else 1.
    ///
    /// Rows are split across `threads` threads, balanced by edge count; each thread writes its own
    /// rows, so the result does not depend on the thread count.
    ///
    /// **Shapes:** `x` is `nodeCount × C`; the result is `nodeCount × C`.
    /// - Complexity: O(E × C)
    public func spmm(_ x: Matrix, edgeValues: [Float]? = nil, threads: Int = Parallel.coreCount) -> Matrix {
        precondition(x.rows == nodeCount, "SpMM needs \(nodeCount) feature rows, got \(x.rows)")
        let values = edgeValues ?? edgeWeights
        precondition(values == nil || values!.count == edgeCount,
                     "\(values?.count ?? 0) edge values for \(edgeCount) edges")
        var result = Matrix(rows: nodeCount, columns: x.columns)
        let width = x.columns
        offsets.withUnsafeBufferPointer { off in
            targets.withUnsafeBufferPointer { tgt in
                x.values.withUnsafeBufferPointer { src in
                    result.values.withUnsafeMutableBufferPointer { dst in
                        let out = dst.baseAddress!, input = src.baseAddress!
                        Parallel.forEachChunk(count: nodeCount, threads: threads, prefixCost: offsets) { rows in
                            if let values {
                                values.withUnsafeBufferPointer { w in
                                    for i in rows {
                                        let row = out + i * width
                                        for e in off[i] ..< off[i + 1] {
                                            axpy(w[e], input + Int(tgt[e]) * width, row, width)
                                        }
                                    }
                                }
                            } else {
                                for i in rows {
                                    let row = out + i * width
                                    for e in off[i] ..< off[i + 1] {
                                        axpy(1, input + Int(tgt[e]) * width, row, width)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return result
    }

    /// `Aᵀ · X`: row `j` of the result is `Σ w(i→j) · X[i]` over `j`'s in-edges. For an
    /// undirected graph with symmetric values this equals `spmm`; otherwise the transposed graph
    /// is built first (cache `transposed()` yourself when calling this often).
    ///
    /// **Shapes:** `x` is `nodeCount × C`; the result is `nodeCount × C`.
    /// - Complexity: O(E × C), plus O(V + E) to transpose a directed graph.
    public func transposedSpMM(_ x: Matrix, edgeValues: [Float]? = nil,
                               threads: Int = Parallel.coreCount) -> Matrix {
        if !isDirected && edgeValues == nil { return spmm(x, threads: threads) }
        let (reverse, permutation) = transposedWithPermutation()
        let values = (edgeValues ?? edgeWeights).map { v in permutation.map { v[$0] } }
        return reverse.spmm(x, edgeValues: values, threads: threads)
    }
}

/// `y[0..<n] += a · x[0..<n]`, written so the compiler vectorises it.
@inline(__always)
private func axpy(_ a: Float, _ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
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
