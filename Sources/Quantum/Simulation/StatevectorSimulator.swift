import GraphCore

/// Runs circuits on a ``Statevector``: the final state of a circuit without mid-circuit
/// measurement, or measurement counts over seeded shots (one run sampled when every measurement
/// is final, else one trajectory per shot with collapses, resets and classical conditions).
public struct StatevectorSimulator: Sendable {
    /// Threads for each gate's update.
    public var threads: Int
    /// Whether ``finalState(_:)`` fuses gates into fewer passes over the state (``GateFusion``);
    /// off, it applies them one by one.
    public var fusesGates: Bool
    /// The block width the simulator is fastest with on 20–26 qubits (BENCHMARKS.md, "Quantum").
    public static let defaultFusionWidth = 4

    /// Most qubits of one fused dense block (1 to ``Statevector/maxDenseTargets``).
    public var fusionWidth: Int

    /// A simulator on `threads` threads. - Complexity: O(1)
    public init(threads: Int = Parallel.coreCount, fusesGates: Bool = true, fusionWidth: Int = StatevectorSimulator.defaultFusionWidth) {
        precondition((1 ... Statevector.maxDenseTargets).contains(fusionWidth), "a fusion width from 1 to \(Statevector.maxDenseTargets)")
        self.threads = max(1, threads)
        self.fusesGates = fusesGates
        self.fusionWidth = fusionWidth
    }

    /// The state after every gate, measurements and barriers ignored (the gates fused first when
    /// ``fusesGates``).
    /// - Throws: `SimulationError` for an opaque gate, a reset, a gate on a qubit after its
    ///   measurement or a condition on a measured bit (then there is no single final state), or
    ///   a state too large for memory.
    /// - Complexity: O(operations × 2ⁿ)
    public func finalState(_ circuit: QuantumCircuit) throws -> Statevector {
        var state = try Statevector(qubits: circuit.qubitCount)
        var measured = Set<Int>()
        var fusion = GateFusion(width: fusionWidth)
        for (index, operation) in circuit.operations.enumerated() {
            switch operation.kind {
            case .barrier: continue
            case .measure:
                measured.insert(operation.qubits[0])
                continue
            case .reset:
                throw SimulationError.notAPureFinalState("a reset is not unitary", operation: index)
            case .opaque(let name):
                throw SimulationError.opaqueGate(name, operation: index)
            case .gate(let gate):
                if let qubit = operation.qubits.first(where: measured.contains) {
                    throw SimulationError.notAPureFinalState("a gate acts on qubit \(qubit) after its measurement", operation: index)
                }
                if let condition = operation.condition {
                    guard measured.isEmpty else {
                        throw SimulationError.notAPureFinalState("a gate is conditioned on measured bits", operation: index)
                    }
                    if condition.value != 0 { continue }  // every bit is still 0
                }
                if fusesGates {
                    fusion.append(gate, parameters: operation.parameters, qubits: operation.qubits)
                } else {
                    state.apply(gate, parameters: operation.parameters, qubits: operation.qubits, threads: threads)
                }
            }
        }
        for step in fusion.finish() {
            switch step {
            case .matrix(let gate): state.apply(gate.matrix, targets: gate.targets, controls: gate.controls, threads: threads)
            case .diagonal(let run): run.apply(to: &state, threads: threads)
            }
        }
        return state
    }

    /// Measurement counts over `shots` shots, keyed as Qiskit writes them: the classical
    /// registers last-declared first, separated by spaces, each with its highest bit first.
    /// - Throws: `SimulationError` for an opaque gate or a state too large for memory.
    /// - Complexity: O(operations × 2ⁿ) once when every measurement is final, else per shot.
    public func counts(_ circuit: QuantumCircuit, shots: Int, seed: UInt64) throws -> [String: Int] {
        if let index = circuit.operations.firstIndex(where: { if case .opaque = $0.kind { return true } else { return false } }),
           case .opaque(let name) = circuit.operations[index].kind {
            throw SimulationError.opaqueGate(name, operation: index)
        }
        var generator = SeededGenerator(seed: seed)
        var counts: [String: Int] = [:]
        if Self.measuresOnlyAtTheEnd(circuit) {
            let state = try finalState(circuit)
            var readout: [(qubit: Int, clbit: Int)] = []
            for operation in circuit.operations where operation.kind == .measure {
                readout.removeAll { $0.clbit == operation.clbits[0] }
                readout.append((operation.qubits[0], operation.clbits[0]))
            }
            for basis in state.sampleBasisStates(shots: shots, using: &generator) {
                var bits = [Bool](repeating: false, count: circuit.clbitCount)
                for (qubit, clbit) in readout { bits[clbit] = basis >> qubit & 1 == 1 }
                counts[Self.key(bits, circuit), default: 0] += 1
            }
            return counts
        }
        for _ in 0 ..< shots {
            var state = try Statevector(qubits: circuit.qubitCount)
            var bits = [Bool](repeating: false, count: circuit.clbitCount)
            run(circuit, on: &state, bits: &bits, using: &generator)
            counts[Self.key(bits, circuit), default: 0] += 1
        }
        return counts
    }

    /// One trajectory: gates, measurements with collapse, resets and conditions, in order.
    /// Opaque gates are skipped (``counts(_:shots:seed:)`` rejects them first).
    /// - Complexity: O(operations × 2ⁿ)
    public func run(_ circuit: QuantumCircuit, on state: inout Statevector, bits: inout [Bool], using generator: inout SeededGenerator) {
        for operation in circuit.operations {
            if let condition = operation.condition {
                let register = circuit.classicalRegisters[condition.register]
                var value: UInt64 = 0
                for (k, clbit) in register.bits.enumerated() where k < 64 && bits[clbit] { value |= 1 << UInt64(k) }
                let overflow = register.bits.dropFirst(64).contains { bits[$0] }
                if overflow || value != condition.value { continue }
            }
            switch operation.kind {
            case .gate(let gate): state.apply(gate, parameters: operation.parameters, qubits: operation.qubits, threads: threads)
            case .measure: bits[operation.clbits[0]] = state.measure(operation.qubits[0], using: &generator, threads: threads)
            case .reset: state.reset(operation.qubits[0], using: &generator, threads: threads)
            case .barrier, .opaque: continue
            }
        }
    }

    /// Whether one run sampled many times gives the shots' statistics: no reset, no condition,
    /// and no gate on a qubit after its measurement.
    static func measuresOnlyAtTheEnd(_ circuit: QuantumCircuit) -> Bool {
        var measured = Set<Int>()
        for operation in circuit.operations {
            switch operation.kind {
            case .reset: return false
            case .measure: measured.insert(operation.qubits[0])
            case .barrier: continue
            case .gate, .opaque:
                if operation.condition != nil || operation.qubits.contains(where: measured.contains) { return false }
            }
        }
        return true
    }

    private static func key(_ bits: [Bool], _ circuit: QuantumCircuit) -> String {
        circuit.classicalRegisters.reversed().map { register in
            String(register.bits.reversed().map { bits[$0] ? "1" : "0" })
        }.joined(separator: " ")
    }
}
