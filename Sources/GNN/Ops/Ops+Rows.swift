import GraphCore

extension Tensor {
    /// The rows at `indices` (repeats allowed), e.g. the features of each edge's sender.
    /// Backward scatters the gradient rows back with `+=` (`scatterAddRows`).
    ///
    /// **Shapes:** `N × C` → `indices.count × C`.
    /// - Complexity: O(indices.count × C)
    public func gatherRows(_ indices: [Int32]) -> Tensor {
        let n = rows
        return Tensor.record("gatherRows", value: value.gatherRows(indices), parents: [self]) { g, _ in
            [g.scatterAddRows(indices, count: n)]
        }
    }

    /// Segment sum (jraph's `segment_sum`): row `s` of the result is the sum of the rows `r` with
    /// `segmentIDs[r] == s`; empty segments are 0. Backward gathers the gradient rows.
    ///
    /// **Shapes:** `E × C` → `count × C`.
    /// - Complexity: O(E × C + count × C)
    public func segmentSum(_ segmentIDs: [Int32], count: Int) -> Tensor {
        Tensor.record("segmentSum", value: value.scatterAddRows(segmentIDs, count: count), parents: [self]) { g, _ in
            [g.gatherRows(segmentIDs)]
        }
    }

    /// Segment max: row `s`, column `j` of the result is the largest `x[r, j]` with
    /// `segmentIDs[r] == s` (0 for an empty segment, as PyG's `scatter(reduce="max")`).
    /// Backward sends each gradient entry to the row that won (the first one on ties).
    ///
    /// **Shapes:** `E × C` → `count × C`.
    /// - Complexity: O(E × C + count × C)
    public func segmentMax(_ segmentIDs: [Int32], count: Int) -> Tensor {
        precondition(segmentIDs.count == rows, "\(segmentIDs.count) segment ids for \(rows) rows")
        let width = columns, n = rows
        var winner = [Int32](repeating: -1, count: count * width)
        var result = Matrix(rows: count, columns: width)
        value.values.withUnsafeBufferPointer { x in
            result.withUnsafeMutableValues { out in
                winner.withUnsafeMutableBufferPointer { arg in
                    for r in 0 ..< n {
                        let s = Int(segmentIDs[r])
                        precondition(s >= 0 && s < count, "segment \(s) is outside 0..<\(count)")
                        for j in 0 ..< width where arg[s * width + j] < 0 || x[r * width + j] > out[s * width + j] {
                            out[s * width + j] = x[r * width + j]
                            arg[s * width + j] = Int32(r)
                        }
                    }
                }
            }
        }
        return Tensor.record("segmentMax", value: result, parents: [self]) { g, _ in
            var dx = Matrix(rows: n, columns: width)
            g.values.withUnsafeBufferPointer { gv in
                dx.withUnsafeMutableValues { d in
                    for k in 0 ..< count * width where winner[k] >= 0 {
                        d[Int(winner[k]) * width + k % width] += gv[k]
                    }
                }
            }
            return [dx]
        }
    }
}
