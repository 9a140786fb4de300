import CPrefetch

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

/// How many entries ahead `csrProduct` asks for a neighbour's row, so that many gathers are in
/// flight at once (in a stand-alone copy of the loop on the project machine, distances of 4 to 64
/// tried, 24 to 48 were fastest).
private let prefetchDistance = 32

/// The CSR–dense product shared by `Graph.spmm` and `SparseMatrix.multiply`: row `i` of the
/// result is `Σ values[e] · x[indices[e]]` over `offsets[i] ..< offsets[i + 1]` (values 1 when
/// `nil`). Rows are split across threads balanced by entry count; each thread writes its own rows.
///
/// The product is bound by the random reads of `x`'s rows. Each row of `x` is read from a
/// cache-line-aligned copy when `x` is large (4 MiB and more) and read as often as it has rows
/// (a row then costs ⌈4C / 64⌉ line fills instead of one more), and the row `prefetchDistance`
/// entries ahead is prefetched.
/// - Complexity: O(nnz × x.columns), plus O(x.rows × x.columns) for the aligned copy.
func csrProduct(rows: Int, offsets: PackedIntegers, indices: [Int32], values: [Float]?, _ x: Matrix, threads: Int) -> Matrix {
    let width = x.columns
    guard rows > 0, width > 0, x.rows > 0 else { return Matrix(rows: rows, columns: width) }
    let aligned = x.values.count * MemoryLayout<Float>.stride >= LargeArray.adviceThreshold && indices.count >= x.rows
    let product = { (input: UnsafePointer<Float>, stride: Int) in
        LargeArray.make(count: rows * width, threads: threads) { (out: UnsafeMutableBufferPointer<Float>) in
            offsets.withUnsafeBuffer { off in
                indices.withUnsafeBufferPointer { tgt in
                    let out = out.baseAddress!
                    Parallel.forEachChunk(count: rows, threads: threads, prefixCost: offsets) { chunk in
                        // The offsets of a block of rows are unpacked first, in a loop of their
                        // own: unpacked between rows, they slow sparse rows down by a tenth.
                        var bounds = [Int](repeating: 0, count: rowBlock + 1)
                        bounds.withUnsafeMutableBufferPointer { bounds in
                            for first in Swift.stride(from: chunk.lowerBound, to: chunk.upperBound, by: rowBlock) {
                                let count = min(rowBlock, chunk.upperBound - first)
                                for k in 0 ... count { bounds[k] = off[first + k] }
                                let out = out + first * width
                                let source = GatherSource(rows: input, stride: stride, width: width, targets: tgt)
                                if let values {
                                    values.withUnsafeBufferPointer { w in
                                        for k in 0 ..< count {
                                            source.accumulate(into: out + k * width, bounds[k] ..< bounds[k + 1]) { w[$0] }
                                        }
                                    }
                                } else {
                                    for k in 0 ..< count {
                                        source.accumulate(into: out + k * width, bounds[k] ..< bounds[k + 1]) { _ in 1 }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    let result = aligned
        ? x.withCacheAlignedRows(threads: threads, product)
        : x.values.withUnsafeBufferPointer { product($0.baseAddress!, width) }
    return try! Matrix(rows: rows, columns: width, values: result)
}

/// The rows of the dense operand and the column indices of the sparse one, for `csrProduct`.
private struct GatherSource {
    /// Row 0 of `x`; row `j` starts `stride` floats further on.
    let rows: UnsafePointer<Float>
    let stride: Int
    /// Columns of `x` (at most `stride`).
    let width: Int
    /// The sparse matrix's column indices, all of them (the prefetch looks past a row's end).
    let targets: UnsafeBufferPointer<Int32>

    /// `row = Σ_{e in edges} weight(e) · x[targets[e]]`, one block of columns at a time so the
    /// partial sums stay in registers while the neighbour rows stream in.
    @inline(__always)
    func accumulate(into row: UnsafeMutablePointer<Float>, _ edges: Range<Int>, _ weight: (Int) -> Float) {
        let last = targets.count - 1
        var c = 0
        while c + 32 <= width {
            var a0 = SIMD8<Float>(), a1 = SIMD8<Float>(), a2 = SIMD8<Float>(), a3 = SIMD8<Float>()
            for e in edges {
                let ahead = UnsafeRawPointer(rows + Int(targets[min(e + prefetchDistance, last)]) &* stride + c)
                graphcore_prefetch(ahead)
                graphcore_prefetch(ahead + 64)
                let w = weight(e)
                let src = UnsafeRawPointer(rows + Int(targets[e]) &* stride + c)
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
                graphcore_prefetch(rows + Int(targets[min(e + prefetchDistance, last)]) &* stride + c)
                a0 += weight(e) * UnsafeRawPointer(rows + Int(targets[e]) &* stride + c).loadUnaligned(as: SIMD8<Float>.self)
            }
            UnsafeMutableRawPointer(row + c).storeBytes(of: a0, as: SIMD8<Float>.self)
            c += 8
        }
        while c < width {
            var sum: Float = 0
            for e in edges { sum += weight(e) * rows[Int(targets[e]) &* stride + c] }
            row[c] = sum
            c += 1
        }
    }
}
