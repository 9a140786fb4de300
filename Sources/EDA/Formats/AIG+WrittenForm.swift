extension AIG {
    /// The circuit a file written as `format` holds, for comparing with what is read back:
    /// without the properties the format has no sections for, and for bench with the flip-flop
    /// encoding `BenchWriter` uses (a latch starting at 1 stored complemented and starting at 0;
    /// an uninitialised latch starting at 0). A writer refuses these changes unless allowed, so
    /// a file that was written holds exactly this. - Complexity: O(M)
    func writtenForm(as format: CircuitFile.Format) -> AIG {
        guard format != .aiger else { return self }
        var form = format == .bench ? complementingLatches(latchReset.map { $0 == .one }) : self
        if format == .bench { form.latchReset = form.latchReset.map { $0 == .uninitialized ? .zero : $0 } }
        (form.bad, form.constraints, form.justice, form.fairness) = ([], [], [], [])
        return form
    }

    /// A copy in which each latch `k` with `flip[k]` stores its complement: every read of it is
    /// inverted, its next state is the complement of the old one, and a reset 0 or 1 swaps.
    /// The function from reset is unchanged. - Complexity: O(M)
    func complementingLatches(_ flip: [Bool]) -> AIG {
        guard flip.contains(true) else { return self }
        var flipped = [Bool](repeating: false, count: variableCount)
        for (k, v) in latches.enumerated() where flip[k] { flipped[Int(v)] = true }
        func read(_ literal: UInt32) -> UInt32 { flipped[Int(literal >> 1)] ? literal ^ 1 : literal }
        var result = self
        result.strash = nil  // its keys are the old fanins
        for v in 0 ..< variableCount where kinds[v] == .and {
            result.fanin0[v] = read(fanin0[v])
            result.fanin1[v] = read(fanin1[v])
        }
        copyReferences(into: &result, read)
        for k in latches.indices where flip[k] {
            result.latchNext[k] ^= 1
            result.latchReset[k] = latchReset[k] == .one ? .zero : latchReset[k] == .zero ? .one : .uninitialized
        }
        return result
    }

    /// A copy whose outputs are followed by the bad, constraint, justice (flattened) and
    /// fairness literals, with no property sections: so that an equivalence check compares the
    /// properties' functions too. - Complexity: O(outputs + properties)
    func withPropertiesAsOutputs() -> AIG {
        var result = self
        result.outputs = outputs + bad + constraints + justice.flatMap { $0 } + fairness
        (result.bad, result.constraints, result.justice, result.fairness) = ([], [], [], [])
        return result
    }
}
