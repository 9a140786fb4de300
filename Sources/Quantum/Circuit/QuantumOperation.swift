/// One step of a circuit, on circuit-wide qubit and classical-bit indices.
public struct QuantumOperation: Equatable, Sendable {
    /// What the step does.
    public enum Kind: Equatable, Hashable, Sendable {
        /// A known gate with `parameters.count == gate.parameterCount` on `gate.qubitCount` qubits.
        case gate(StandardGate)
        /// A gate declared `opaque`: ``QuantumCircuit/opaqueGates`` holds its declaration.
        case opaque(String)
        /// Measures `qubits[0]` into `clbits[0]`.
        case measure
        /// Resets `qubits[0]` to |0⟩.
        case reset
        /// A barrier over `qubits` (no effect on the state).
        case barrier
    }

    /// What the step does.
    public var kind: Kind
    /// The qubits, distinct, in argument order (control first for controlled gates).
    public var qubits: [Int]
    /// The gate's real parameters (radians), evaluated.
    public var parameters: [Double]
    /// The classical bits written (`measure` only).
    public var clbits: [Int]
    /// The step runs only when this holds (`if (c == n)`).
    public var condition: ClassicalCondition?

    /// An operation. - Complexity: O(1)
    public init(_ kind: Kind, qubits: [Int], parameters: [Double] = [], clbits: [Int] = [],
                condition: ClassicalCondition? = nil) {
        self.kind = kind
        self.qubits = qubits
        self.parameters = parameters
        self.clbits = clbits
        self.condition = condition
    }

    /// A gate. - Complexity: O(1)
    public static func gate(_ gate: StandardGate, _ qubits: [Int], _ parameters: [Double] = []) -> QuantumOperation {
        QuantumOperation(.gate(gate), qubits: qubits, parameters: parameters)
    }
}

/// `if (register == value)`: the classical register read as a little-endian integer (bit 0 of the
/// register is its least significant bit) must equal `value`.
public struct ClassicalCondition: Equatable, Hashable, Sendable {
    /// Index into ``QuantumCircuit/classicalRegisters``.
    public var register: Int
    /// The value compared with.
    public var value: UInt64

    /// A condition. - Complexity: O(1)
    public init(register: Int, value: UInt64) {
        self.register = register
        self.value = value
    }
}
