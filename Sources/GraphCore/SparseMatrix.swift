/// A rectangular sparse `Float` matrix in CSR form, e.g. bag-of-words node features (Cora's are
/// 1.3% non-zero), so products with it cost O(nnz) instead of O(rows × columns).
///
/// Row `i`'s entries are `values[offsets[i] ..< offsets[i + 1]]` in the columns
/// `indices[offsets[i] ..< offsets[i + 1]]`, sorted.
public struct SparseMatrix: Sendable, Equatable {
    /// Number of rows. - Complexity: O(1)
    public let rows: Int
    /// Number of columns. - Complexity: O(1)
    public let columns: Int
    /// Row offsets, `rows + 1` entries, packed as `Graph`'s.
    public let offsets: PackedIntegers
    /// Column of each stored entry.
    public let indices: [Int32]
    /// Value of each stored entry (read-only outside the type, so it always matches `indices`).
    public private(set) var values: [Float]

    /// The non-zero entries of `dense`. - Complexity: O(rows × columns)
    public init(dense: Matrix) {
        var offsets = [0], indices: [Int32] = [], values: [Float] = []
        offsets.reserveCapacity(dense.rows + 1)
        for r in 0 ..< dense.rows {
            for (c, v) in dense.row(r).enumerated() where v != 0 {
                indices.append(Int32(c))
                values.append(v)
            }
            offsets.append(indices.count)
        }
        self.init(unchecked: dense.rows, dense.columns, offsets, indices, values)
    }

    /// One 1 per row: row `k` has it in column `hotColumns[k]` (rows of an identity matrix).
    /// - Precondition: every column is in `0 ..< columns`.
    /// - Complexity: O(rows)
    public init(hotColumns: [Int32], columns: Int) {
        precondition(hotColumns.allSatisfy { $0 >= 0 && Int($0) < columns }, "a one-hot column is outside 0..<\(columns)")
        self.init(unchecked: hotColumns.count, columns, Array(0 ... hotColumns.count), hotColumns,
                  [Float](repeating: 1, count: hotColumns.count))
    }

    /// The adjacency matrix of `graph`, `V × V`: row `u` holds a 1 (or the edge's weight) in
    /// the column of each stored edge `u → v` (both directions of an undirected edge).
    /// - Complexity: O(V + E)
    public init(adjacencyOf graph: Graph) {
        let offsets = (0 ... graph.nodeCount).map { graph.offsets[$0] }
        self.init(unchecked: graph.nodeCount, graph.nodeCount, offsets, graph.targets,
                  graph.edgeWeights ?? [Float](repeating: 1, count: graph.edgeCount))
    }

    private init(unchecked rows: Int, _ columns: Int, _ offsets: [Int], _ indices: [Int32], _ values: [Float]) {
        self.rows = rows
        self.columns = columns
        // Offsets from a prefix count are non-negative and below 2^width: packing cannot fail.
        self.offsets = try! PackedIntegers(offsets, width: Graph.offsetWidth(forEdgeCount: indices.count))
        self.indices = indices
        self.values = values
    }

    /// Number of stored entries. - Complexity: O(1)
    public var nonzeroCount: Int { indices.count }

    /// The product `self · x`.
    ///
    /// **Shapes:** `x` is `columns × C`; the result is `rows × C`.
    /// - Complexity: O(nnz × C)
    public func multiply(_ x: Matrix, threads: Int = Parallel.coreCount) -> Matrix {
        precondition(x.rows == columns, "cannot multiply a \(rows)×\(columns) sparse matrix by \(x.rows)×\(x.columns)")
        return csrProduct(rows: rows, offsets: offsets, indices: indices, values: values, x, threads: threads)
    }

    /// The transpose, rows sorted. - Complexity: O(rows + columns + nnz)
    public func transposed() -> SparseMatrix {
        var counts = [Int](repeating: 0, count: columns + 1)
        for c in indices { counts[Int(c) + 1] += 1 }
        for c in 0 ..< columns { counts[c + 1] += counts[c] }
        var cursor = counts
        var newIndices = [Int32](repeating: 0, count: nonzeroCount)
        var newValues = [Float](repeating: 0, count: nonzeroCount)
        for r in 0 ..< rows {
            for e in offsets[r] ..< offsets[r + 1] {
                let slot = cursor[Int(indices[e])]
                cursor[Int(indices[e])] += 1
                newIndices[slot] = Int32(r)
                newValues[slot] = values[e]
            }
        }
        return SparseMatrix(unchecked: columns, rows, counts, newIndices, newValues)
    }

    /// Each row divided by its sum (rows summing to zero stay zero), as PyG's
    /// `NormalizeFeatures`. - Complexity: O(rows + nnz)
    public func rowSumNormalized() -> SparseMatrix {
        var result = self
        for r in 0 ..< rows {
            let range = offsets[r] ..< offsets[r + 1]
            let total = range.reduce(Float(0)) { $0 + values[$1] }
            if total != 0 { for e in range { result.values[e] /= total } }
        }
        return result
    }

    /// Dropout on the stored entries: each is kept with probability `1 − p` and scaled by
    /// `1 / (1 − p)`, so the expected matrix is unchanged. - Complexity: O(rows + nnz)
    public func droppingEntries(probability p: Float, using generator: inout SeededGenerator) -> SparseMatrix {
        precondition(p >= 0 && p < 1, "dropout probability \(p) must be in [0, 1)")
        let scale = 1 / (1 - p)
        var newOffsets = [0], newIndices: [Int32] = [], newValues: [Float] = []
        newOffsets.reserveCapacity(rows + 1)
        for r in 0 ..< rows {
            for e in offsets[r] ..< offsets[r + 1] where generator.nextUnitFloat() >= p {
                newIndices.append(indices[e])
                newValues.append(values[e] * scale)
            }
            newOffsets.append(newIndices.count)
        }
        return SparseMatrix(unchecked: rows, columns, newOffsets, newIndices, newValues)
    }

    /// The rows `picks`, in that order (repeats allowed), as a `picks.count × columns` matrix.
    /// - Precondition: every pick is a row of `self`.
    /// - Complexity: O(picks.count + their entries)
    public func gatheringRows(_ picks: [Int32]) -> SparseMatrix {
        var newOffsets = [0], newIndices: [Int32] = [], newValues: [Float] = []
        newOffsets.reserveCapacity(picks.count + 1)
        for pick in picks {
            precondition(pick >= 0 && Int(pick) < rows, "row \(pick) is outside 0..<\(rows)")
            let range = offsets[Int(pick)] ..< offsets[Int(pick) + 1]
            newIndices.append(contentsOf: indices[range])
            newValues.append(contentsOf: values[range])
            newOffsets.append(newIndices.count)
        }
        return SparseMatrix(unchecked: picks.count, columns, newOffsets, newIndices, newValues)
    }

    /// The dense matrix with the same entries. - Complexity: O(rows × columns + nnz)
    public func dense() -> Matrix {
        var m = Matrix(rows: rows, columns: columns)
        for r in 0 ..< rows {
            for e in offsets[r] ..< offsets[r + 1] { m[r, Int(indices[e])] = values[e] }
        }
        return m
    }
}
