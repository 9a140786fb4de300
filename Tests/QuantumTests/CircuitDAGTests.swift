import GNN
import GraphCore
import Testing
@testable import Quantum

@Suite struct CircuitDAGTests {
    /// `h q0; cx q0, q1; rz q1` on 2 qubits, by hand: START → h (q0), START → cx (q1), h → cx,
    /// cx → rz (q1), cx → END (q0), rz → END.
    @Test func edgesFollowTheWires() throws {
        let circuit = QuantumCircuit(qubits: 2, operations: [.gate(.h, [0]), .gate(.cx, [0, 1]), .gate(.rz, [1], [0.3])])
        let dag = try CircuitDAG(circuit, pool: .qas)
        #expect(dag.nodes.map(\.kind) == [0, 4, 8, 7, 12])
        #expect(dag.edges.map { [$0.from, $0.to, $0.wires] } == [[0, 1, 1], [0, 2, 1], [1, 2, 1], [2, 3, 1], [2, 4, 1], [3, 4, 1]])
    }

    @Test func parallelWiresMakeOneWeightedEdge() throws {
        let circuit = QuantumCircuit(qubits: 3, operations: [.gate(.cx, [2, 0]), .gate(.swap, [0, 2])])
        let dag = try CircuitDAG(circuit, pool: .qas)
        #expect(dag.edges.map { [$0.from, $0.to, $0.wires] } == [[0, 1, 2], [0, 3, 1], [1, 2, 2], [2, 3, 2]])
        let plain = try dag.graph(.occupancy), weighted = try dag.graph(.signedOccupancy)
        #expect(plain.edgeWeights == nil && weighted.edgeWeights == [2, 1, 2, 2])
        // The cx row: one-hot at kind 8 (cx), qubit columns after the 13 kinds.
        let occupancy = dag.features(.occupancy), signed = dag.features(.signedOccupancy)
        #expect(Array(occupancy.row(1)) == [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0] + [1, 0, 1])
        #expect(Array(signed.row(1))[13...] == [1, 0, -1])  // q2 controls, q0 is the target
    }

    @Test func gatesOutsideThePoolAreRejected() {
        let circuit = QuantumCircuit(qubits: 1, operations: [.gate(.t, [0])])
        #expect(throws: GraphError.self) { try CircuitDAG(circuit, pool: .qas) }
    }

    @Test func generatorDrawsDistinctShallowCircuitsOfThePool() throws {
        var generator = SeededGenerator(seed: 4)
        let circuits = try RandomCircuitGenerator.fourQubits.circuits(count: 300, using: &generator)
        #expect(Set(circuits.map(RandomCircuitGenerator.key)).count == 300)
        for circuit in circuits {
            #expect(circuit.operations.count == 10 && circuit.stats().depth <= 5)
            #expect(circuit.operations.allSatisfy { op in RandomCircuitGenerator.qasPool.contains { .gate($0) == op.kind } })
        }
        var again = SeededGenerator(seed: 4)
        #expect(try RandomCircuitGenerator.fourQubits.circuits(count: 300, using: &again) == circuits)
    }

    @Test func keyIgnoresTheOrderOfCommutingGates() {
        let a = QuantumCircuit(qubits: 2, operations: [.gate(.h, [0]), .gate(.x, [1]), .gate(.cz, [0, 1])])
        let b = QuantumCircuit(qubits: 2, operations: [.gate(.x, [1]), .gate(.h, [0]), .gate(.cz, [0, 1])])
        let c = QuantumCircuit(qubits: 2, operations: [.gate(.x, [1]), .gate(.cz, [0, 1]), .gate(.h, [0])])
        #expect(RandomCircuitGenerator.key(a) == RandomCircuitGenerator.key(b))
        #expect(RandomCircuitGenerator.key(a) != RandomCircuitGenerator.key(c))
    }

    /// Variational training lowers the loss (the KL term of the untrained encoder dominates at first).
    @Test func variationalTrainingLowersTheLoss() throws {
        var generator = SeededGenerator(seed: 12)
        let circuits = try RandomCircuitGenerator.fourQubits.circuits(count: 16, using: &generator)
            .map { try EncodedCircuit(CircuitDAG($0, pool: .qas), encoding: .occupancy) }
        let model = CircuitAutoencoder(pool: .qas, encoding: .occupancy, qubits: 4, hidden: 16, latent: 8, layerCount: 2,
                                       generator: &generator)
        var options = CircuitAutoencoder.TrainingOptions()
        options.epochs = 10
        options.batchSize = 8
        options.learningRate = 5e-3
        let losses = try model.train(on: circuits, options: options, generator: &generator)
        #expect(losses.last! < 0.5 * losses.first!, "\(losses)")
    }

    /// KL annealing: during a long warm-up the first epoch trains as without the KL term, and
    /// without warm-up the full term changes it.
    @Test func klWarmupStartsWithoutTheKLTerm() throws {
        func firstEpochLoss(scale: Float, warmup: Double) throws -> Float {
            var generator = SeededGenerator(seed: 5)
            let circuits = try RandomCircuitGenerator.fourQubits.circuits(count: 16, using: &generator)
                .map { try EncodedCircuit(CircuitDAG($0, pool: .qas), encoding: .occupancy) }
            let model = CircuitAutoencoder(pool: .qas, encoding: .occupancy, qubits: 4, hidden: 16, latent: 8, layerCount: 2,
                                           generator: &generator)
            var options = CircuitAutoencoder.TrainingOptions()
            options.epochs = 1
            options.batchSize = 8
            options.klScale = scale
            options.klWarmupEpochs = warmup
            return try model.train(on: circuits, options: options, generator: &generator)[0]
        }
        let withoutKL = try firstEpochLoss(scale: 0, warmup: 0)
        #expect(abs(try firstEpochLoss(scale: 1, warmup: 1e6) - withoutKL) < 1e-4)
        #expect(try firstEpochLoss(scale: 1, warmup: 0) - withoutKL > 0.1)
    }

    /// The node weight scales the node decoder's BCE alone: with the same sampling noise the loss
    /// grows by that BCE (positive) for each unit of weight.
    @Test func nodeWeightScalesTheNodeTerm() throws {
        var generator = SeededGenerator(seed: 9)
        let circuits = try RandomCircuitGenerator.fourQubits.circuits(count: 4, using: &generator)
            .map { try EncodedCircuit(CircuitDAG($0, pool: .qas), encoding: .occupancy) }
        let model = CircuitAutoencoder(pool: .qas, encoding: .occupancy, qubits: 4, hidden: 16, latent: 8, layerCount: 2,
                                       generator: &generator)
        func loss(_ weight: Float) throws -> Float {
            var noise = SeededGenerator(seed: 3)
            return try model.loss(circuits, klScale: 0.5, nodeWeight: weight, generator: &noise).value[0, 0]
        }
        let one = try loss(1), two = try loss(2), ten = try loss(10)
        #expect(two - one > 0.05)
        #expect(abs((ten - one) - 9 * (two - one)) < 1e-3 * ten)
    }

    /// Encoder, node decoder and evaluation fit together: trained without sampling on four
    /// circuits, the node decoder gives back every node's kind and qubits.
    @Test func deterministicPathMemorisesNodes() throws {
        var generator = SeededGenerator(seed: 12)
        let circuits = try RandomCircuitGenerator.fourQubits.circuits(count: 4, using: &generator)
            .map { try EncodedCircuit(CircuitDAG($0, pool: .qas), encoding: .occupancy) }
        let model = CircuitAutoencoder(pool: .qas, encoding: .occupancy, qubits: 4, hidden: 32, latent: 16, layerCount: 2,
                                       generator: &generator)
        var adam = Adam(learningRate: 1e-2)
        let batch = try GraphBatch(circuits.map { ($0.messageGraph, $0.features) })
        let graph = MessageGraph(batch.graph)
        for _ in 0 ..< 120 {
            model.namedParameters.clearGradients()
            let z = model.encode(batch.features, graph, training: false, generator: &generator).z
            let loss = Losses.binaryCrossEntropyWithLogits(model.nodeLogits(z), targets: CircuitAutoencoder.nodeTargets(batch.features))
            try loss.backward()
            adam.step(model.namedParameters)
        }
        let report = try model.evaluate(circuits, generator: &generator)
        #expect(report.kindAccuracy == 1 && report.qubitAccuracy == 1, "\(report)")
    }
}
