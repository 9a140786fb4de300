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
        return csrProduct(rows: nodeCount, offsets: offsets, indices: targets, values: values, x, threads: threads)
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

/// Rows whose offsets `csrProduct` unpacks at a time.
private let rowBlock = 256

/// The CSR–dense product shared by `Graph.spmm` and `SparseMatrix.multiply`: row `i` of the
/// result is `Σ values[e] · x[indices[e]]` over `offsets[i] ..< offsets[i + 1]` (values 1 when
/// `nil`). Rows are split across threads balanced by entry count; each thread writes its own rows.
/// - Complexity: O(nnz × x.columns)
func csrProduct(rows: Int, offsets: PackedIntegers, indices: [Int32], values: [Float]?, _ x: Matrix, threads: Int) -> Matrix {
    var result = Matrix(rows: rows, columns: x.columns)
    let width = x.columns
    offsets.withUnsafeBuffer { off in
        indices.withUnsafeBufferPointer { tgt in
            x.values.withUnsafeBufferPointer { src in
                result.withUnsafeMutableValues { dst in
                    guard let out = dst.baseAddress, let input = src.baseAddress else { return }
                    Parallel.forEachChunk(count: rows, threads: threads, prefixCost: offsets) { chunk in
                        // The offsets of a block of rows are unpacked first, in a loop of their
                        // own: unpacked between rows, they slow sparse rows down by a tenth.
                        var bounds = [Int](repeating: 0, count: rowBlock + 1)
                        bounds.withUnsafeMutableBufferPointer { bounds in
                            for first in stride(from: chunk.lowerBound, to: chunk.upperBound, by: rowBlock) {
                                let count = min(rowBlock, chunk.upperBound - first)
                                for k in 0 ... count { bounds[k] = off[first + k] }
                                let out = out + first * width
                                if let values {
                                    values.withUnsafeBufferPointer { w in
                                        for k in 0 ..< count {
                                            accumulateRow(out + k * width, input, width, tgt, bounds[k] ..< bounds[k + 1]) { w[$0] }
                                        }
                                    }
                                } else {
                                    for k in 0 ..< count {
                                        accumulateRow(out + k * width, input, width, tgt, bounds[k] ..< bounds[k + 1]) { _ in 1 }
                                    }
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

/// `row = Σ_{e in edges} weight(e) · x[targets[e]]`, one block of columns at a time so the
/// partial sums stay in registers while the neighbour rows stream in.
@inline(__always)
private func accumulateRow(
    _ row: UnsafeMutablePointer<Float>, _ x: UnsafePointer<Float>, _ width: Int,
    _ targets: UnsafeBufferPointer<Int32>, _ edges: Range<Int>, _ weight: (Int) -> Float
) {
    var c = 0
    while c + 32 <= width {
        var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
        for e in edges {
            let w = weight(e)
            let src = UnsafeRawPointer(x + Int(targets[e]) * width + c)
            a0 += w * src.loadUnaligned(as: SIMD8<Float>.self)
            a1 += w * src.loadUnaligned(fromByteOffset: 32, as: SIMD8<Float>.self)
            a2 += w * src.loadUnaligned(fromByteOffset: 64, as: SIMD8<Float>.self)
            a3 += w * src.loadUnaligned(fromByteOffset: 96, as: SIMD8<Float>.self)
        }
        let dst = UnsafeMutableRawPointer(row + c)
        dst.storeBytes(of: a0, as: SIMD8<Float>.self)
        dst.storeBytes(of: a1, toByteOffset: 32, as: SIMD8<Float>.self)
        dst.storeBytes(of: a2, toByteOffset: 64, as: SIMD8<Float>.self)
        dst.storeBytes(of: a3, toByteOffset: 96, as: SIMD8<Float>.self)
        c += 32
    }
    while c + 8 <= width {
        var a0 = SIMD8<Float>()
        for e in edges {
            a0 += weight(e) * UnsafeRawPointer(x + Int(targets[e]) * width + c).loadUnaligned(as: SIMD8<Float>.self)
        }
        UnsafeMutableRawPointer(row + c).storeBytes(of: a0, as: SIMD8<Float>.self)
        c += 8
    }
    while c < width {
        var sum: Float = 0
        for e in edges { sum += weight(e) * x[Int(targets[e]) * width + c] }
        row[c] = sum
        c += 1
    }
}
