/// A quantum circuit as OpenQASM 2 describes it: quantum and classical registers and a flat list
/// of operations on circuit-wide qubit and bit indices. Gate definitions of the source are
/// expanded into the known gates (``StandardGate``) when read; `opaque` gates stay as calls.
///
/// Qubit `k` is bit `k` of a basis-state index (little-endian, as in Qiskit).
public struct QuantumCircuit: Equatable, Sendable {
    /// The quantum registers in declaration order.
    public var quantumRegisters: [QuantumRegister]
    /// The classical registers in declaration order.
    public var classicalRegisters: [QuantumRegister]
    /// The steps, in program order.
    public var operations: [QuantumOperation]
    /// The gates declared `opaque`, in declaration order.
    public var opaqueGates: [OpaqueGate]

    /// A circuit. - Complexity: O(1)
    public init(quantumRegisters: [QuantumRegister] = [], classicalRegisters: [QuantumRegister] = [],
                operations: [QuantumOperation] = [], opaqueGates: [OpaqueGate] = []) {
        self.quantumRegisters = quantumRegisters
        self.classicalRegisters = classicalRegisters
        self.operations = operations
        self.opaqueGates = opaqueGates
    }

    /// A circuit with one quantum register `q` of `qubits` and one classical register `c` of
    /// `clbits` (none when 0). - Complexity: O(1)
    public init(qubits: Int, clbits: Int = 0, operations: [QuantumOperation] = []) {
        self.init(quantumRegisters: [QuantumRegister(name: "q", size: qubits, offset: 0)],
                  classicalRegisters: clbits > 0 ? [QuantumRegister(name: "c", size: clbits, offset: 0)] : [],
                  operations: operations)
    }

    /// Total number of qubits. - Complexity: O(registers)
    public var qubitCount: Int { quantumRegisters.reduce(0) { $0 + $1.size } }
    /// Total number of classical bits. - Complexity: O(registers)
    public var clbitCount: Int { classicalRegisters.reduce(0) { $0 + $1.size } }
}

/// A gate declared `opaque name(params) qubits;`: known by its shape only.
public struct OpaqueGate: Equatable, Hashable, Sendable {
    /// The name in the source.
    public var name: String
    /// Number of real parameters.
    public var parameterCount: Int
    /// Number of qubits.
    public var qubitCount: Int

    /// A declaration. - Complexity: O(1)
    public init(name: String, parameterCount: Int, qubitCount: Int) {
        self.name = name
        self.parameterCount = parameterCount
        self.qubitCount = qubitCount
    }
}
