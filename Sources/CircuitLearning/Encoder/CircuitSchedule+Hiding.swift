import GraphCore

extension CircuitSchedule {
    /// The same schedule with `variables` hidden from the encoder (masked gate modeling): in
    /// the forward pass their rows are marked (``Step/hiddenRows``, so the encoder gives them a
    /// blank state), and in the reverse pass the inversion bits of the edges that read them —
    /// the complement flags of their own fanins — are 0. The steps, the edges and the order
    /// stay: the graph is not changed, only what travels along it.
    /// - Precondition: every variable in `0 ..< variableCount`.
    /// - Complexity: O(M + E) for E reverse edges; unchanged steps are shared, not copied.
    public func hiding(_ variables: [Int32]) -> CircuitSchedule {
        guard !variables.isEmpty else { return self }
        var hidden = [Bool](repeating: false, count: variableCount)
        for v in variables {
            precondition(v >= 0 && Int(v) < variableCount, "variable \(v) outside 0..<\(variableCount)")
            hidden[Int(v)] = true
        }
        let forward = self.forward.map { step -> Step in
            var step = step
            step.hiddenRows = step.variables.indices.filter { hidden[Int(step.variables[$0])] }.map { Int32($0) }
            return step
        }
        let reverse = self.reverse.map { step -> Step in
            var inverted = step.inverted, changed = false
            for e in 0 ..< step.edges.count {
                let source = self.reverse[Int(step.edges.blocks[Int(step.edges.block[e])])]
                if hidden[Int(source.variables[Int(step.edges.rows[e])])], inverted[e, 0] != 0 {
                    inverted[e, 0] = 0
                    changed = true
                }
            }
            guard changed else { return step }
            return Step(variables: step.variables, edges: step.edges, segments: step.segments, inverted: inverted,
                        hidden: step.hidden, drivesOutput: step.drivesOutput)
        }
        return CircuitSchedule(variableCount: variableCount, mode: mode, forward: forward, reverse: reverse,
                               sourceTypes: sourceTypes, forwardLocation: forwardLocation,
                               reverseLocation: reverseLocation, usedVariables: usedVariables)
    }
}
