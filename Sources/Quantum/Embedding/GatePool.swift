/// The gate kinds a circuit DAG can hold, in one-hot order; node features give START first and
/// END last around them.
public struct GatePool: Equatable, Sendable {
    /// The operation names (`QuantumOperation.name`), in one-hot order.
    public let names: [String]
    private let index: [String: Int]

    /// A pool of `names` (distinct). - Complexity: O(names)
    public init(_ names: [String]) {
        precondition(Set(names).count == names.count, "gate names must be distinct")
        self.names = names
        index = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
    }

    /// The gate set of quantum architecture search (Sun et al. 2024, arXiv:2401.11576):
    /// X, Y, Z, H, RX, RY, RZ, CNOT, CZ, U3, SWAP.
    public static let qas = GatePool(["x", "y", "z", "h", "rx", "ry", "rz", "cx", "cz", "u3", "swap"])

    /// Every standard gate, `measure`, `reset`, and `opaque` for any opaque gate: real circuits.
    public static let general = GatePool(StandardGate.allCases.map(\.name) + ["measure", "reset", "opaque"])

    /// Node kinds: START, the gates, END. - Complexity: O(1)
    public var kindCount: Int { names.count + 2 }
    /// The kind of the START node. - Complexity: O(1)
    public var start: Int { 0 }
    /// The kind of the END node. - Complexity: O(1)
    public var end: Int { names.count + 1 }

    /// The node kind of `operation` (1 ... names.count), or `nil` when the pool lacks it.
    /// - Complexity: O(1)
    public func kind(of operation: QuantumOperation) -> Int? {
        if case .opaque = operation.kind { return index["opaque"].map { $0 + 1 } }
        return index[operation.name].map { $0 + 1 }
    }

    /// The name of node kind `kind` (`START`, a gate, `END`). - Complexity: O(1)
    public func name(ofKind kind: Int) -> String {
        kind == start ? "START" : kind == end ? "END" : names[kind - 1]
    }
}
