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

    /// Every block width, on circuits wider and narrower than the blocks; no emitted dense step is
    /// wider than the width unless it is one gate wider than it.
    @Test(arguments: [(5, 1 as UInt64, 4), (7, 2, 2), (12, 3, 4), (14, 4, 3), (9, 5, 1), (10, 6, 5), (8, 7, 6)])
    func fusedStateMatchesGateByGate(qubits: Int, seed: UInt64, width: Int) throws {
        print("GateFusionTests seed \(seed) width \(width)")
        let circuit = Self.randomCircuit(qubits: qubits, count: 120, seed: seed)
        let fused = try StatevectorSimulator(threads: 2, fusionWidth: width).finalState(circuit)
        let plain = try StatevectorSimulator(threads: 2, fusesGates: false).finalState(circuit)
        #expect(abs(fused.normSquared - 1) < 1e-12)
        for k in 0 ..< fused.dimension {
            #expect((fused[k] - plain[k]).magnitudeSquared.squareRoot() < 1e-12, "amplitude \(k)")
        }
        var fusion = GateFusion(width: width)
        for operation in circuit.operations {
            if case .gate(let gate) = operation.kind { fusion.append(gate, parameters: operation.parameters, qubits: operation.qubits) }
        }
        for case .matrix(let step) in fusion.finish() where step.qubits.count > width {
            #expect(step.controls.count > 0 || step.targets.count <= 2, "an unfused gate on \(step.qubits)")
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

    /// Random layers (U3 on every qubit, CX on pairs): the U3s fold into the CXs, and the blocks
    /// grow up to the width. Same pairs every layer: three blocks of two qubits at any width ≥ 2.
    @Test func sameLayerPairsStayThreeBlocks() {
        var fusion = GateFusion(width: 3)
        for _ in 0 ..< 10 {
            for q in 0 ..< 6 { fusion.append(.u3, parameters: [0.1, 0.2, 0.3], qubits: [q]) }
            for q in stride(from: 0, to: 6, by: 2) { fusion.append(.cx, parameters: [], qubits: [q, q + 1]) }
        }
        #expect(Self.blockQubits(fusion.finish()) == [[0, 1], [2, 3], [4, 5]])
    }

    /// Width 4, 6 qubits, pairs (0 1)(2 3)(4 5) then (1 2)(3 4)(5 0), a U3 on every qubit before
    /// each layer. Layer 1: blocks {0 1} {2 3} {4 5}. Layer 2: (1 2) joins {0 1} and {2 3} into
    /// {0 1 2 3}; (3 4) would need 6 qubits, so {0 1 2 3} is emitted and {3 4 5} made; (5 0)
    /// makes {0 3 4 5}, emitted last.
    @Test func widestTouchedBlockIsEmittedFirst() {
        var fusion = GateFusion(width: 4)
        for pairs in [[(0, 1), (2, 3), (4, 5)], [(1, 2), (3, 4), (5, 0)]] {
            for q in 0 ..< 6 { fusion.append(.u3, parameters: [0.1, 0.2, 0.3], qubits: [q]) }
            for (a, b) in pairs { fusion.append(.cx, parameters: [], qubits: [a, b]) }
        }
        #expect(Self.blockQubits(fusion.finish()) == [[0, 1, 2, 3], [0, 3, 4, 5]])
    }

    /// Width 1 fuses single-qubit gates only: the U3s on 1 and on 0 (two multiplied; open blocks
    /// are kept in the order they last changed) emitted before the CX, the CX as it is, the U3
    /// on 2 last.
    @Test func widthOneFusesSingleQubitGatesOnly() {
        var fusion = GateFusion(width: 1)
        for q in 0 ..< 3 { fusion.append(.u3, parameters: [0.1, 0.2, 0.3], qubits: [q]) }
        fusion.append(.u3, parameters: [0.4, 0.5, 0.6], qubits: [0])
        fusion.append(.cx, parameters: [], qubits: [0, 1])
        #expect(Self.blockQubits(fusion.finish()) == [[1], [0], [0, 1], [2]])
    }

    /// The qubits of each dense step, in order (diagonal runs as []).
    static func blockQubits(_ steps: [GateFusion.Step]) -> [[Int]] {
        steps.map { if case .matrix(let m) = $0 { m.qubits } else { [] } }
    }
}
