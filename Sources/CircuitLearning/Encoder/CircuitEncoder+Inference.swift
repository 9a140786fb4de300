import EDA
import GNN
import GraphCore

extension CircuitEncoder {
    /// The same rows as ``encode(_:progress:)`` without a tape and with a third of its peak
    /// memory, for embedding large circuits: forward states are copied into the left half of
    /// the result as soon as the forward pass ends (and dropped), the reverse pass reads its
    /// hidden states from there, and reverse states go into the right half at the end — no
    /// gathered copies and no concatenation of `M × 2H` matrices.
    ///
    /// **Shapes:** `M × 2H` in AIG variable order (row 0 the constant).
    /// - Complexity: that of ``encode(_:progress:)``; peak memory about `3 · M · H` floats plus
    ///   the schedule, against `6 · M · H` for the taped path.
    public func embeddings(_ circuit: PreparedCircuit, progress: ((Int, Int) -> Void)? = nil) -> Matrix {
        Tensor.withoutTape {
            let schedule = circuit.schedule, h = hidden
            var counter = StepCounter(total: schedule.forward.count + schedule.reverse.count, report: progress)
            var out = Matrix(rows: schedule.variableCount, columns: 2 * h)
            var forward = forwardStates(schedule, &counter)
            for (step, state) in zip(schedule.forward, forward) { Self.place(state.value, rows: step.variables, into: &out, column: 0) }
            forward = []
            var reverse: [Tensor] = []
            reverse.reserveCapacity(schedule.reverse.count)
            for step in schedule.reverse {
                let previous = Tensor(Self.take(out, rows: step.variables, column: 0, width: h), name: "forward")
                reverse.append(reverseState(step, reverse, previous: previous))
                counter.tick()
            }
            for (step, state) in zip(schedule.reverse, reverse) { Self.place(state.value, rows: step.variables, into: &out, column: h) }
            return out
        }
    }

    /// Mean of the rows of `embeddings` at the circuit's used variables (``graphEmbedding(_:_:)``
    /// without a gathered copy), `1 × width`. - Complexity: O(used × width)
    public static func graphEmbedding(_ embeddings: Matrix, _ circuit: PreparedCircuit) -> Matrix {
        let used = circuit.schedule.usedVariables, w = embeddings.columns
        var sum = [Double](repeating: 0, count: w)
        let rows = used.isEmpty ? Array(0 ..< Int32(embeddings.rows)) : used
        for v in rows {
            let base = Int(v) * w
            for c in 0 ..< w { sum[c] += Double(embeddings.values[base + c]) }
        }
        let n = Double(max(rows.count, 1))
        return try! Matrix(rows: 1, columns: w, values: sum.map { Float($0 / n) })
    }

    /// Copies the rows of `state` to rows `rows` of `out`, starting at `column`.
    private static func place(_ state: Matrix, rows: [Int32], into out: inout Matrix, column: Int) {
        let w = state.columns, stride = out.columns
        state.values.withUnsafeBufferPointer { src in
            out.withUnsafeMutableValues { dst in
                for (r, v) in rows.enumerated() {
                    for c in 0 ..< w { dst[Int(v) * stride + column + c] = src[r * w + c] }
                }
            }
        }
    }

    /// Rows `rows`, columns `column ..< column + width` of `m`.
    private static func take(_ m: Matrix, rows: [Int32], column: Int, width: Int) -> Matrix {
        var values = [Float](repeating: 0, count: rows.count * width)
        let stride = m.columns
        m.values.withUnsafeBufferPointer { src in
            for (r, v) in rows.enumerated() {
                for c in 0 ..< width { values[r * width + c] = src[Int(v) * stride + column + c] }
            }
        }
        return try! Matrix(rows: rows.count, columns: width, values: values)
    }
}
