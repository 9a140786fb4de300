import GraphCore

/// A circuit as the DAG of quantum architecture search (Sun et al. 2024, arXiv:2401.11576, after
/// arch2vec, Yan et al. 2020): a START node, one node per operation (barriers left out) in
/// program order, an END node, and an edge from each node to the next node on each of its
/// qubits (START feeds the first operation on every qubit, the last one feeds END).
public struct CircuitDAG: Equatable, Sendable {
    /// One node: its kind in the pool and the qubits it acts on, control qubits first.
    public struct Node: Equatable, Sendable {
        public var kind: Int
        public var qubits: [Int]
        /// How many of `qubits` are controls.
        public var controls: Int
    }

    /// One edge and the number of qubit wires it stands for.
    public struct Edge: Equatable, Sendable {
        public var from: Int
        public var to: Int
        public var wires: Int
    }

    /// The pool the node kinds index.
    public let pool: GatePool
    /// Number of qubits.
    public let qubitCount: Int
    /// START, the operations in program order, END.
    public let nodes: [Node]
    /// The edges, sorted by source then target, each once.
    public let edges: [Edge]

    /// The DAG of `circuit`.
    /// - Throws: `GraphError.invalidArgument` naming an operation the pool lacks.
    /// - Complexity: O(operations × qubits per operation)
    public init(_ circuit: QuantumCircuit, pool: GatePool = .general) throws {
        self.pool = pool
        qubitCount = circuit.qubitCount
        var nodes = [Node(kind: pool.start, qubits: Array(0 ..< circuit.qubitCount), controls: 0)]
        var last = [Int](repeating: 0, count: circuit.qubitCount)
        var wires: [Int: Int] = [:]  // from × nodeCount-independent key → wire count
        var pairs: [(Int, Int)] = []
        func connect(_ from: Int, _ to: Int) {
            let key = from << 32 | to
            if wires[key] == nil { pairs.append((from, to)) }
            wires[key, default: 0] += 1
        }
        for (index, operation) in circuit.operations.enumerated() where operation.kind != .barrier {
            guard let kind = pool.kind(of: operation) else {
                throw GraphError.invalidArgument("operation \(index) ('\(operation.name)') is not in the gate pool \(pool.names)")
            }
            let node = nodes.count
            nodes.append(Node(kind: kind, qubits: operation.qubits, controls: Self.controlCount(operation)))
            for qubit in operation.qubits {
                connect(last[qubit], node)
                last[qubit] = node
            }
        }
        let end = nodes.count
        nodes.append(Node(kind: pool.end, qubits: Array(0 ..< circuit.qubitCount), controls: 0))
        for qubit in 0 ..< circuit.qubitCount { connect(last[qubit], end) }
        self.nodes = nodes
        edges = pairs.sorted { $0 < $1 }.map { Edge(from: $0.0, to: $0.1, wires: wires[$0.0 << 32 | $0.1]!) }
    }

    /// Number of control qubits of an operation (its leading qubits). - Complexity: O(1)
    static func controlCount(_ operation: QuantumOperation) -> Int {
        guard case .gate(let gate) = operation.kind else { return 0 }
        switch gate {
        case .rccx: return 2
        case .rc3x: return 3
        default:
            if case let .matrix(_, _, controls) = gate.action([Double](repeating: 0, count: gate.parameterCount)) { return controls.count }
            return 0
        }
    }

    /// The DAG as a directed graph (edges weighted by `encoding`). - Complexity: O(V + E)
    public func graph(_ encoding: CircuitDAGEncoding) throws -> Graph {
        try GraphBuilder.build(nodeCount: nodes.count, sources: edges.map { Int32($0.from) }, targets: edges.map { Int32($0.to) },
                               weights: encoding.weighsEdges ? edges.map { Float($0.wires) } : nil)
    }

    /// One feature row per node: the one-hot kind, then the qubit columns of `encoding`.
    /// - Complexity: O(V × (kinds + qubits))
    public func features(_ encoding: CircuitDAGEncoding) -> Matrix {
        let width = pool.kindCount + qubitCount
        var matrix = Matrix(rows: nodes.count, columns: width)
        for (row, node) in nodes.enumerated() {
            matrix[row, node.kind] = 1
            for (position, qubit) in node.qubits.enumerated() {
                matrix[row, pool.kindCount + qubit] = encoding.occupancy(isControl: position < node.controls)
            }
        }
        return matrix
    }
}

/// How a ``CircuitDAG`` becomes numbers: what a qubit's column holds and whether edges carry the
/// number of wires they stand for.
public struct CircuitDAGEncoding: Equatable, Sendable {
    /// The value in a node's qubit column for a control and for any other qubit it acts on.
    public var control: Float
    public var target: Float
    /// Whether edges weigh the number of qubits they carry (else 1).
    public var weighsEdges: Bool

    /// An encoding. - Complexity: O(1)
    public init(control: Float, target: Float, weighsEdges: Bool) {
        self.control = control
        self.target = target
        self.weighsEdges = weighsEdges
    }

    /// QAS's first encoding: qubit occupancy 0/1, unweighted edges.
    public static let occupancy = CircuitDAGEncoding(control: 1, target: 1, weighsEdges: false)
    /// QAS's later encoding: controls −1, targets +1, edges weighted by their qubit count.
    public static let signedOccupancy = CircuitDAGEncoding(control: -1, target: 1, weighsEdges: true)

    func occupancy(isControl: Bool) -> Float { isControl ? control : target }
}
