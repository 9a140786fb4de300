/// Why a circuit could not be simulated.
public enum SimulationError: Error, Equatable, CustomStringConvertible {
    /// The state of `qubits` qubits needs `bytes` bytes, more than the machine's memory.
    case tooManyQubits(qubits: Int, bytes: Double, available: Double)
    /// An `opaque` gate has no definition to simulate.
    case opaqueGate(String, operation: Int)
    /// The final state is not one state: a reset, a condition after a measurement, or a gate on
    /// a qubit after its measurement (`operation` is its index in the circuit).
    case notAPureFinalState(String, operation: Int)
    /// A gate whose angles cannot be trained (``VariationalCircuit`` takes fixed gates and
    /// rx, ry, rz, p, u1, u3).
    case notTrainable(String, operation: Int)

    public var description: String {
        switch self {
        case let .tooManyQubits(qubits, bytes, available):
            return String(format: "%d qubits need %.1f GB of amplitudes, more than the %.1f GB of memory; simulate fewer qubits",
                          qubits, bytes / 1e9, available / 1e9)
        case let .opaqueGate(name, operation):
            return "operation \(operation) is the opaque gate '\(name)', which has no definition to simulate; define it with 'gate'"
        case let .notAPureFinalState(why, operation):
            return "operation \(operation): \(why), so the circuit has no single final state; sample it with --shots instead"
        case let .notTrainable(name, operation):
            return "operation \(operation) is '\(name)', whose angles cannot be trained; use rx, ry, rz, p, u1 or u3"
        }
    }
}
