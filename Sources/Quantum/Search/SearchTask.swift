import Foundation
import GraphCore

/// A task of quantum architecture search (Sun et al. 2024, arXiv:2401.11576) with its exact
/// reference: the circuit's angles are trained to minimise an observable, and the reward is the
/// energy over the exact ground energy (VQE, MaxCut) or the fidelity to a target state.
public struct SearchTask: Sendable {
    /// The task's name on the command line.
    public let name: String
    /// The search space its circuits come from.
    public let space: RandomCircuitGenerator
    /// What the angles minimise.
    public let observable: any QuantumObservable
    /// The exact minimum of the observable (the ground energy; −1 for state preparation).
    public let groundEnergy: Double
    /// Whether the reward is a fidelity (`−energy`) rather than `energy / groundEnergy`.
    public let isFidelity: Bool
    /// The inner loop's iterations (50, or 100 for VQE).
    public let iterations: Int
    /// Rewards at or above this count as candidates (QAS: 0.95 at 4 qubits; 0.925 MaxCut,
    /// 0.9 VQE, 0.75 fidelity at 8).
    public let threshold: Double

    /// A task; the ground energy of an energy task is computed by ``QuantumObservable/groundEnergy(seed:)``.
    /// - Complexity: that of the ground energy.
    public init(name: String, space: RandomCircuitGenerator, observable: any QuantumObservable, isFidelity: Bool,
                iterations: Int, threshold: Double) {
        self.name = name
        self.space = space
        self.observable = observable
        self.isFidelity = isFidelity
        groundEnergy = isFidelity ? -1 : observable.groundEnergy()
        self.iterations = iterations
        self.threshold = threshold
    }

    /// The reward of a trained energy. - Complexity: O(1)
    public func reward(energy: Double) -> Double { isFidelity ? -energy : energy / groundEnergy }

    /// The 8-node, 15-edge graph of the 8-qubit MaxCut task: a ring of 8 with seven chords
    /// (maximum cut 12, found by enumerating the 2⁸ cuts in the tests).
    public static let maxCutEightEdges: [(Int, Int)] = [
        (0, 1), (1, 2), (2, 3), (3, 4), (4, 5), (5, 6), (6, 7), (7, 0),
        (0, 4), (1, 5), (2, 6), (3, 7), (0, 2), (1, 6), (3, 5),
    ]

    /// The target of state preparation: a circuit of the task's space drawn with `seed`, its
    /// angles uniform in [0, 2π). - Complexity: O(gates × 2ⁿ)
    public static func stateTarget(space: RandomCircuitGenerator, seed: UInt64) throws -> Statevector {
        var generator = SeededGenerator(seed: seed)
        let circuit = try VariationalCircuit(space.draw(using: &generator))
        let angles = (0 ..< circuit.parameterCount).map { _ in 2 * Double.pi * Double(generator.next() >> 11) * 0x1p-53 }
        return try circuit.state(angles)
    }

    /// The tasks `graphtool qas --task` names. `h2` needs the Pauli sum of H₂
    /// (`examples/quantum/h2-sto3g-0.7A.paulis`).
    /// - Throws: `PauliSumError` when the H₂ file is unreadable, `GraphError.invalidArgument` for
    ///   an unknown name.
    public static func named(_ name: String, hydrogen: () throws -> PauliSum) throws -> SearchTask {
        let four = RandomCircuitGenerator.fourQubits, eight = RandomCircuitGenerator.eightQubits
        switch name {
        case "maxcut-4":
            return SearchTask(name: name, space: four, observable: PauliSum.maxCut(qubits: 4, edges: [(0, 1), (1, 2), (2, 3), (3, 0)]),
                              isFidelity: false, iterations: 50, threshold: 0.95)
        case "maxcut-8":
            return SearchTask(name: name, space: eight, observable: PauliSum.maxCut(qubits: 8, edges: maxCutEightEdges),
                              isFidelity: false, iterations: 50, threshold: 0.925)
        case "h2":
            return SearchTask(name: name, space: four, observable: try hydrogen(), isFidelity: false, iterations: 100, threshold: 0.95)
        case "tfim-8":
            return SearchTask(name: name, space: eight, observable: PauliSum.transverseFieldIsingRing(qubits: 8),
                              isFidelity: false, iterations: 100, threshold: 0.9)
        case "stateprep-4":
            return SearchTask(name: name, space: four, observable: NegativeProjector(target: try stateTarget(space: four, seed: 4)),
                              isFidelity: true, iterations: 50, threshold: 0.95)
        case "stateprep-8":
            return SearchTask(name: name, space: eight, observable: NegativeProjector(target: try stateTarget(space: eight, seed: 8)),
                              isFidelity: true, iterations: 50, threshold: 0.75)
        default:
            throw GraphError.invalidArgument("unknown task '\(name)'; use one of \(names.joined(separator: ", "))")
        }
    }

    /// The task names. - Complexity: O(1)
    public static let names = ["maxcut-4", "maxcut-8", "h2", "tfim-8", "stateprep-4", "stateprep-8"]
}
