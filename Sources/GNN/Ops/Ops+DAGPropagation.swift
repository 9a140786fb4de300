import GraphCore

extension Tensor {
    /// Propagation through a DAG in level order: every node's row is its own row plus the
    /// weighted rows of its fan-ins, taken *after* their own propagation,
    ///
    ///     h_v = x_v + Σ_{e = u → v} w_e · h_u,
    ///
    /// so a row accumulates along every path into the node (with weights summing to one per
    /// node, a soft version of static timing's `arrival_v = delay_v + max_u arrival_u`).
    /// Equivalently `h = (I − A)⁻¹ x` for the strictly level-ordered weighted adjacency `A`.
    ///
    /// Backward (the levels in reverse): `g̃ = (I − A)⁻ᵀ g`, so `dx = g̃` and `dw_e = ⟨g̃_v, h_u⟩`.
    ///
    /// **Shapes:** `self` (x) is `V × C`; `weights` is `E × 1` in the schedule's edge order; the
    /// result is `V × C`.
    /// - Complexity: O(E × C + V × C) forward and backward, sequential over the levels.
    public func propagated(along dag: DAGSchedule, weights: Tensor) -> Tensor {
        precondition(rows == dag.nodeCount, "\(rows) rows for a DAG of \(dag.nodeCount) nodes")
        precondition(weights.rows == dag.edgeCount && weights.columns == 1, "weights must be \(dag.edgeCount)×1")
        let width = columns, w = weights.value
        var h = value
        h.withUnsafeMutableValues { out in
            w.values.withUnsafeBufferPointer { ws in
                for v in dag.order {
                    let row = Int(v) * width
                    for k in dag.fanInOffsets[Int(v)] ..< dag.fanInOffsets[Int(v) + 1] {
                        let e = Int(dag.fanInEdges[k]), from = Int(dag.sources[e]) * width, weight = ws[e]
                        for c in 0 ..< width { out[row + c] += weight * out[from + c] }
                    }
                }
            }
        }
        let result = h
        return Tensor.record("propagatedAlongDAG", value: result, parents: [self, weights]) { g, _ in
            var back = g, dw = Matrix(rows: dag.edgeCount, columns: 1)
            back.withUnsafeMutableValues { gs in
                result.values.withUnsafeBufferPointer { hs in
                    w.values.withUnsafeBufferPointer { ws in
                        dw.withUnsafeMutableValues { d in
                            for v in dag.order.reversed() {
                                let row = Int(v) * width
                                for k in dag.fanInOffsets[Int(v)] ..< dag.fanInOffsets[Int(v) + 1] {
                                    let e = Int(dag.fanInEdges[k]), from = Int(dag.sources[e]) * width, weight = ws[e]
                                    var dot: Float = 0
                                    for c in 0 ..< width {
                                        dot += gs[row + c] * hs[from + c]
                                        gs[from + c] += weight * gs[row + c]
                                    }
                                    d[e] = dot
                                }
                            }
                        }
                    }
                }
            }
            return [back, dw]
        }
    }
}
