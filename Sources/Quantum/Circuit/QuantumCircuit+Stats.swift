/// The size of a circuit, as Qiskit's `QuantumCircuit` reports it (`num_qubits`, `num_clbits`,
/// `size()`, `depth()`, `count_ops()`).
public struct QuantumCircuitStats: Equatable, Codable, Sendable {
    public var qubits: Int
    public var clbits: Int
    /// Operations other than barriers (gates, measurements, resets).
    public var size: Int
    /// The longest chain of operations (barriers excluded) through qubits and classical bits,
    /// a condition reading every bit of its register.
    public var depth: Int
    /// Gates on two or more qubits.
    public var multiQubitGates: Int
    /// How many operations of each name (`measure`, `reset`, `barrier` included).
    public var operationCounts: [String: Int]
}

extension QuantumOperation {
    /// The name written in OpenQASM (`h`, `measure`, an opaque gate's name …). - Complexity: O(1)
    public var name: String {
        switch kind {
        case .gate(let gate): return gate.name
        case .opaque(let name): return name
        case .measure: return "measure"
        case .reset: return "reset"
        case .barrier: return "barrier"
        }
    }
}

extension QuantumCircuit {
    /// The circuit's stats. - Complexity: O(operations × (qubits per operation + condition bits))
    public func stats() -> QuantumCircuitStats {
        var level = [Int](repeating: 0, count: qubitCount + clbitCount)
        var counts: [String: Int] = [:], size = 0, multi = 0
        for operation in operations {
            counts[operation.name, default: 0] += 1
            if operation.kind == .barrier { continue }
            size += 1
            if case .gate = operation.kind, operation.qubits.count >= 2 { multi += 1 }
            if case .opaque = operation.kind, operation.qubits.count >= 2 { multi += 1 }
            var wires = operation.qubits + operation.clbits.map { qubitCount + $0 }
            if let condition = operation.condition {
                wires += classicalRegisters[condition.register].bits.map { qubitCount + $0 }
            }
            let next = (wires.map { level[$0] }.max() ?? 0) + 1
            for wire in wires { level[wire] = next }
        }
        return QuantumCircuitStats(qubits: qubitCount, clbits: clbitCount, size: size, depth: level.max() ?? 0,
                                   multiQubitGates: multi, operationCounts: counts)
    }
}
