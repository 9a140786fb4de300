import GraphCore

/// Random circuits as quantum architecture search samples its search space (Sun et al. 2024,
/// arXiv:2401.11576): `gates` gates from a pool on `qubits` qubits, at most `maxDepth` layers
/// deep, all distinct as DAGs. Parameterised gates get angle 0 (their angles are trained later).
///
/// Each gate is placed as early as its qubits allow (ASAP layers); a gate that would exceed the
/// depth is drawn again (a circuit with no room left for any gate starts over). Circuits are kept in a canonical order — by layer, then lowest qubit —
/// so two orders of the same DAG are the same circuit and count once.
public struct RandomCircuitGenerator: Sendable {
    public var qubits: Int
    public var gates: Int
    public var maxDepth: Int
    public var pool: [StandardGate]

    /// The QAS gate pool: X, Y, Z, H, RX, RY, RZ, CNOT, CZ, U3, SWAP.
    public static let qasPool: [StandardGate] = [.x, .y, .z, .h, .rx, .ry, .rz, .cx, .cz, .u3, .swap]

    /// QAS's 4-qubit space (10 gates, depth ≤ 5). - Complexity: O(1)
    public static let fourQubits = RandomCircuitGenerator(qubits: 4, gates: 10, maxDepth: 5)
    /// QAS's 8-qubit space (20 gates; depth ≤ 10 here, which the paper leaves open). - Complexity: O(1)
    public static let eightQubits = RandomCircuitGenerator(qubits: 8, gates: 20, maxDepth: 10)

    /// A generator. - Complexity: O(1)
    public init(qubits: Int, gates: Int, maxDepth: Int, pool: [StandardGate] = RandomCircuitGenerator.qasPool) {
        precondition(qubits >= pool.map(\.qubitCount).max() ?? 1, "the pool has gates wider than \(qubits) qubits")
        precondition(maxDepth * qubits >= gates, "\(gates) gates cannot fit in \(maxDepth) layers of \(qubits) qubits")
        self.qubits = qubits
        self.gates = gates
        self.maxDepth = maxDepth
        self.pool = pool
    }

    /// `count` distinct circuits (by DAG), in the order drawn.
    /// - Throws: `GraphError.invalidArgument` when 100 × `count` draws give fewer distinct ones.
    /// - Complexity: O(count × gates) expected.
    public func circuits(count: Int, using generator: inout SeededGenerator) throws -> [QuantumCircuit] {
        var seen = Set<[Int]>(), result: [QuantumCircuit] = []
        result.reserveCapacity(count)
        var draws = 0
        while result.count < count {
            draws += 1
            guard draws <= 100 * max(count, 1) else {
                throw GraphError.invalidArgument("only \(result.count) distinct circuits in \(draws - 1) draws; the space is smaller than \(count)")
            }
            let circuit = draw(using: &generator)
            if seen.insert(Self.key(circuit)).inserted { result.append(circuit) }
        }
        return result
    }

    /// One circuit in canonical order. - Complexity: O(gates) expected.
    public func draw(using generator: inout SeededGenerator) -> QuantumCircuit {
        var level = [Int](repeating: 0, count: qubits)
        var placed: [(layer: Int, operation: QuantumOperation)] = []
        let narrowest = pool.map(\.qubitCount).min() ?? 1
        while placed.count < gates {
            if level.filter({ $0 < maxDepth }).count < narrowest {  // full: no gate fits any more
                level = [Int](repeating: 0, count: qubits)
                placed = []
            }
            let gate = pool[Int(generator.next() % UInt64(pool.count))]
            var chosen: [Int] = []
            while chosen.count < gate.qubitCount {
                let qubit = Int(generator.next() % UInt64(qubits))
                if !chosen.contains(qubit) { chosen.append(qubit) }
            }
            let layer = chosen.map { level[$0] }.max()! + 1
            guard layer <= maxDepth else { continue }
            for qubit in chosen { level[qubit] = layer }
            placed.append((layer, .gate(gate, chosen, [Double](repeating: 0, count: gate.parameterCount))))
        }
        placed.sort { ($0.layer, $0.operation.qubits.min()!) < ($1.layer, $1.operation.qubits.min()!) }
        return QuantumCircuit(qubits: qubits, operations: placed.map(\.operation))
    }

    /// The identity of a circuit's DAG: kind and qubits of each operation, in canonical order
    /// (ASAP layer, then lowest qubit), so every order of the same DAG gives the same key.
    /// - Complexity: O(operations log operations)
    static func key(_ circuit: QuantumCircuit) -> [Int] {
        var level = [Int](repeating: 0, count: circuit.qubitCount)
        let layered = circuit.operations.map { operation -> (layer: Int, operation: QuantumOperation) in
            let layer = (operation.qubits.map { level[$0] }.max() ?? 0) + 1
            for qubit in operation.qubits { level[qubit] = layer }
            return (layer, operation)
        }.sorted { ($0.layer, $0.operation.qubits.min() ?? 0) < ($1.layer, $1.operation.qubits.min() ?? 0) }
        return layered.flatMap { _, operation -> [Int] in
            let kind = StandardGate.allCases.firstIndex { .gate($0) == operation.kind } ?? -1
            return [kind, operation.qubits.count] + operation.qubits
        }
    }
}
