import Foundation
import GraphCore
import Testing
@testable import Quantum

@Suite struct VariationalTests {
    /// A circuit with every kind of trainable and fixed gate of the QAS pool.
    static let circuit = QuantumCircuit(qubits: 3, operations: [
        .gate(.h, [0]), .gate(.u3, [1], [0.3, -0.7, 1.1]), .gate(.rx, [2], [0.4]), .gate(.cx, [0, 1]),
        .gate(.ry, [0], [0.9]), .gate(.cz, [1, 2]), .gate(.rz, [1], [-0.5]), .gate(.swap, [0, 2]), .gate(.y, [1]),
        .gate(.rx, [0], [2.0]), .gate(.u3, [2], [1.3, 0.2, -0.4]),
    ])

    @Test func compiledCircuitMatchesTheSimulatorUpToAGlobalPhase() throws {
        let compiled = try VariationalCircuit(Self.circuit)
        #expect(compiled.parameterCount == 10)
        let ours = try compiled.state(compiled.initialParameters)
        let reference = try StatevectorSimulator(threads: 1).finalState(Self.circuit)
        #expect(abs(sqrt(ours.innerProduct(reference).magnitudeSquared) - 1) < 1e-12)
    }

    /// The adjoint gradient against central finite differences, for a Pauli sum with X, Y and Z
    /// terms and for the fidelity to a target state.
    @Test func adjointGradientMatchesFiniteDifferences() throws {
        let compiled = try VariationalCircuit(Self.circuit)
        let hamiltonian = PauliSum(qubits: 3, terms: [
            .init(coefficient: 0.7, label: "ZIX")!, .init(coefficient: -1.2, label: "YYI")!,
            .init(coefficient: 0.4, label: "IZZ")!, .init(coefficient: 0.3, label: "XYZ")!,
        ])
        let target = try StatevectorSimulator(threads: 1).finalState(QuantumCircuit(qubits: 3, operations: [
            .gate(.h, [0]), .gate(.cx, [0, 1]), .gate(.ry, [2], [0.8]),
        ]))
        let observables: [any QuantumObservable] = [hamiltonian, NegativeProjector(target: target)]
        let theta = compiled.initialParameters
        for observable in observables {
            let (energy, gradient) = try compiled.energyAndGradient(theta, observable)
            #expect(abs(energy - observable.expectation(try compiled.state(theta))) < 1e-12)
            let h = 1e-6
            for k in theta.indices {
                var plus = theta, minus = theta
                plus[k] += h
                minus[k] -= h
                let numeric = (observable.expectation(try compiled.state(plus)) - observable.expectation(try compiled.state(minus))) / (2 * h)
                #expect(abs(numeric - gradient[k]) < 1e-7, "parameter \(k): adjoint \(gradient[k]), finite difference \(numeric)")
            }
        }
    }

    /// ⟨+i|Y|+i⟩ = 1 for |+i⟩ = S H|0⟩, and a label is read highest qubit first.
    @Test func pauliTermsActAsWritten() throws {
        let plusI = try StatevectorSimulator(threads: 1).finalState(QuantumCircuit(qubits: 2, operations: [.gate(.h, [0]), .gate(.s, [0])]))
        #expect(abs(PauliSum(qubits: 2, terms: [.init(coefficient: 1, label: "IY")!]).expectation(plusI) - 1) < 1e-12)
        #expect(abs(PauliSum(qubits: 2, terms: [.init(coefficient: 1, label: "YI")!]).expectation(plusI)) < 1e-12)
        #expect(abs(PauliSum(qubits: 2, terms: [.init(coefficient: 1, label: "ZI")!]).expectation(plusI) - 1) < 1e-12)
    }

    @Test func groundEnergiesOfTheSearchTasks() throws {
        // Ring of 4: bipartite, every edge cut.
        #expect(abs(PauliSum.maxCut(qubits: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)]).groundEnergy() + 4) < 1e-9)
        // The 8-node graph: the largest cut by enumerating all 2⁸ cuts.
        let edges = SearchTask.maxCutEightEdges
        #expect(Set(edges.map { [min($0.0, $0.1), max($0.0, $0.1)] }).count == 15)
        let largest = (0 ..< 256).map { cut in edges.filter { (cut >> $0.0 ^ cut >> $0.1) & 1 == 1 }.count }.max()!
        #expect(abs(PauliSum.maxCut(qubits: 8, edges: edges).groundEnergy() + Double(largest)) < 1e-9)
        // The transverse-field Ising ring at the critical point: E₀ = −2 / sin(π / 2N) · … for
        // N = 8 with periodic boundaries, −10.2517 (Pfeuty 1970; the value).
        #expect(abs(PauliSum.transverseFieldIsingRing(qubits: 8).groundEnergy() + 10.2517) < 1e-4)
    }

    /// The shipped H₂ Hamiltonian: its ground energy is PySCF's full-CI energy written in its
    /// header (−1.1361894541 Ha at 0.7 Å).
    @Test func hydrogenHamiltonianFromItsFile() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/quantum/h2-sto3g-0.7A.paulis").path
        let hamiltonian = try PauliSum(contentsOf: path)
        #expect(hamiltonian.qubitCount == 4 && hamiltonian.terms.count == 15)
        #expect(abs(hamiltonian.groundEnergy() + 1.1361894541) < 1e-8)
    }

    @Test(arguments: [
        ("0.5 XX\n1.0", 2, "expected 'coefficient LABEL'"),
        ("0.5 XX\nabc ZZ", 2, "expected a finite real coefficient"),
        ("# c\n0.5 XQ", 2, "letters I, X, Y, Z"),
        ("0.5 XX\n0.5 XXX", 2, "expected a label of 2 letters"),
        ("# nothing\n", 1, "at least one"),
    ])
    func badPauliTextNamesItsLine(text: String, line: Int, message: String) {
        #expect {
            try PauliSum(text: text, file: "h.paulis")
        } throws: { error in
            guard let error = error as? PauliSumError else { return false }
            return error.line == line && error.description.hasPrefix("h.paulis:\(line): ") && error.message.contains(message)
        }
    }

    /// A form feed inside a coefficient (found by fuzz-pauli-sum) stays escaped: the error is one line.
    @Test func errorWithAControlCharacterIsOneLine() {
        #expect {
            try PauliSum(text: "0.5 XX\n+0.16\u{0C}77 ZZ", file: "h.paulis")
        } throws: { error in
            let text = (error as? PauliSumError)?.description ?? ""
            return text.hasPrefix("h.paulis:2: ") && !text.contains("\u{0C}") && text.contains("\\u{C}")
        }
    }

    /// Adagrad reaches the ground state of the 4-ring MaxCut with a circuit that can express it.
    @Test func innerLoopSolvesAnExpressibleTask() throws {
        let circuit = try VariationalCircuit(QuantumCircuit(qubits: 4, operations: (0 ..< 4).map { .gate(.ry, [$0], [0]) }))
        var generator = SeededGenerator(seed: 3)
        let task = try SearchTask.named("maxcut-4") { throw GraphError.invalidArgument("unused") }
        let (energy, _) = try circuit.train(task.observable, options: .init(iterations: 50), generator: &generator)
        #expect(task.reward(energy: energy) > 0.99)
    }
}

@Suite struct ArchitectureSearchTests {
    /// Every method evaluates `budget` distinct pool circuits, each with the oracle's reward, and
    /// the same seed gives the same run.
    @Test(arguments: ArchitectureSearch.Method.allCases)
    func runsEvaluateDistinctCircuitsReproducibly(method: ArchitectureSearch.Method) throws {
        var generator = SeededGenerator(seed: 7)
        let space = RandomCircuitGenerator(qubits: 4, gates: 4, maxDepth: 3)
        let circuits = try space.circuits(count: 60, using: &generator)
        let points = (0 ..< 60 * 3).map { _ in generator.nextGaussian() }
        let task = try SearchTask.named("maxcut-4") { throw GraphError.invalidArgument("unused") }
        let oracle = RewardOracle(task: task, pool: SearchPool(circuits: circuits, points: points, dimension: 3))
        let run = try ArchitectureSearch.run(method, oracle: oracle, budget: 45, seed: 3)
        #expect(run.indices.count == 45 && Set(run.indices).count == 45)
        for (index, reward) in zip(run.indices, run.rewards) { #expect(try oracle.reward(index) == reward) }
        #expect(try ArchitectureSearch.run(method, oracle: oracle, budget: 45, seed: 3).indices == run.indices)
    }

    /// Expected improvement of N(μ, σ²) over `best`: σ/√(2π) when μ = best, and μ − best when σ → 0.
    @Test func expectedImprovementClosedForms() {
        #expect(abs(ArchitectureSearch.expectedImprovement(mean: 1, deviation: 2, best: 1) - 2 / (2 * Double.pi).squareRoot()) < 1e-12)
        #expect(abs(ArchitectureSearch.expectedImprovement(mean: 3, deviation: 1e-9, best: 1) - 2) < 1e-9)
        #expect(ArchitectureSearch.expectedImprovement(mean: -5, deviation: 0.1, best: 1) < 1e-12)
    }

    /// The nearest unvisited point skips visited ones.
    @Test func nearestUnvisitedSkipsVisited() {
        let circuits = [QuantumCircuit](repeating: QuantumCircuit(qubits: 1), count: 3)
        let pool = SearchPool(circuits: circuits, points: [0, 1, 2], dimension: 1)  // standardised: −1.22, 0, 1.22
        #expect(pool.nearestUnvisited(to: [0.1], visited: [false, false, false]) == 1)
        #expect(pool.nearestUnvisited(to: [0.1], visited: [false, true, false]) == 2)
        #expect(pool.nearestUnvisited(to: [0.1], visited: [true, true, true]) == nil)
    }
}
