import GraphCore
import Testing
@testable import Quantum

/// Gate fusion changes how many passes the simulator makes, never the state: fused and
/// gate-by-gate final states must agree on random circuits of every standard gate.
@Suite struct GateFusionTests {
    /// A seeded random circuit of `count` gates drawn from every standard gate on `qubits` qubits,
    /// with runs of diagonal gates and single-qubit gates made likely.
    static func randomCircuit(qubits: Int, count: Int, seed: UInt64) -> QuantumCircuit {
        var generator = SeededGenerator(seed: seed)
        let gates = StandardGate.allCases.filter { $0.qubitCount <= qubits }
        let favoured: [StandardGate] = [.cp, .rz, .t, .cz, .rzz, .u3, .h, .cx, .crz, .s]
        var operations: [QuantumOperation] = []
        for _ in 0 ..< count {
            let gate = Bool.random(using: &generator) ? favoured.randomElement(using: &generator)! : gates.randomElement(using: &generator)!
            let qubits = Array((0 ..< qubits).shuffled(using: &generator).prefix(gate.qubitCount))
            let parameters = (0 ..< gate.parameterCount).map { _ in Double.random(in: -Double.pi ... Double.pi, using: &generator) }
            operations.append(.gate(gate, qubits, parameters))
        }
        return QuantumCircuit(qubits: qubits, operations: operations)
    }

    @Test(arguments: [(5, 1 as UInt64), (7, 2), (12, 3), (14, 4)])
    func fusedStateMatchesGateByGate(qubits: Int, seed: UInt64) throws {
        print("GateFusionTests seed \(seed)")
        let circuit = Self.randomCircuit(qubits: qubits, count: 120, seed: seed)
        let fused = try StatevectorSimulator(threads: 2).finalState(circuit)
        let plain = try StatevectorSimulator(threads: 2, fusesGates: false).finalState(circuit)
        #expect(abs(fused.normSquared - 1) < 1e-12)
        for k in 0 ..< fused.dimension {
            #expect((fused[k] - plain[k]).magnitudeSquared.squareRoot() < 1e-12, "amplitude \(k)")
        }
    }

    /// A run of more diagonal gates than one lookup table holds qubits (the QFT's controlled
    /// phases from one qubit to 13 others) is split over tables and still right.
    @Test func diagonalRunOverManyTables() throws {
        var operations: [QuantumOperation] = (0 ..< 14).map { .gate(.h, [$0]) }
        operations += (1 ..< 14).map { .gate(.cp, [0, $0], [Double.pi / Double(1 << $0)]) }
        operations += [.gate(.rzz, [3, 12], [0.7]), .gate(.ccx, [0, 5, 13])]
        let circuit = QuantumCircuit(qubits: 14, operations: operations)
        var fusion = GateFusion()
        for operation in operations { if case .gate(let g) = operation.kind { fusion.append(g, parameters: operation.parameters, qubits: operation.qubits) } }
        let runs = fusion.finish().compactMap { if case .diagonal(let run) = $0 { return run } else { return nil } }
        #expect(runs.count == 1 && runs[0].tables.count == 2)
        let fused = try StatevectorSimulator(threads: 2).finalState(circuit)
        let plain = try StatevectorSimulator(threads: 1, fusesGates: false).finalState(circuit)
        for k in 0 ..< fused.dimension {
            #expect((fused[k] - plain[k]).magnitudeSquared.squareRoot() < 1e-12, "amplitude \(k)")
        }
    }

    /// Ten random layers (U3 on every qubit, CX on pairs) take one pass per CX: the U3s fold into them.
    @Test func singleQubitGatesFoldIntoTheNextTwoQubitGate() {
        var fusion = GateFusion()
        for _ in 0 ..< 10 {
            for q in 0 ..< 6 { fusion.append(.u3, parameters: [0.1, 0.2, 0.3], qubits: [q]) }
            for q in stride(from: 0, to: 6, by: 2) { fusion.append(.cx, parameters: [], qubits: [q, q + 1]) }
        }
        #expect(fusion.finish().count == 30)
    }
}
