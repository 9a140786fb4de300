/// What ``QASMParser`` reports, in program order: syntax checked, constant expressions evaluated,
/// names not yet resolved (that is the visitor's job, e.g. ``QASMCircuitBuilder``).
protocol QASMVisitor {
    /// `include "qelib1.inc";`: the standard gates become available.
    mutating func includeStandardGates(at location: QASMLocation) throws
    /// `qreg name[size];` (`quantum`) or `creg name[size];`.
    mutating func register(_ name: String, size: Int, quantum: Bool, at location: QASMLocation) throws
    /// `gate name(params) qubits { body }`.
    mutating func gateDefinition(_ definition: QASMGateDefinition) throws
    /// `opaque name(params) qubits;`.
    mutating func opaqueGate(_ name: String, parameterCount: Int, qubitCount: Int, at location: QASMLocation) throws
    /// A gate call, `measure`, `reset` or `barrier`, maybe under `if`.
    mutating func statement(_ statement: QASMStatement) throws
}

/// A register or one bit of it, as written in an argument: `q` or `q[3]`.
struct QASMArgument: Equatable {
    var name: String
    var index: Int?
    var location: QASMLocation
}

/// A quantum statement of the main program.
struct QASMStatement: Equatable {
    enum Kind: Equatable {
        /// A gate call with its evaluated parameters.
        case gate(String, parameters: [Double])
        /// `measure arguments[0] -> arguments[1]`.
        case measure
        case reset
        case barrier
    }

    var kind: Kind
    var arguments: [QASMArgument]
    /// `if (register == value)`, with the location of the register's name.
    var condition: (register: String, value: UInt64, location: QASMLocation)?
    var location: QASMLocation

    static func == (a: QASMStatement, b: QASMStatement) -> Bool {
        a.kind == b.kind && a.arguments == b.arguments && a.location == b.location
            && a.condition?.register == b.condition?.register && a.condition?.value == b.condition?.value
    }
}

/// `gate name(params) qubits { body }`, parameters and qubits numbered in declaration order.
struct QASMGateDefinition: Equatable {
    /// One statement of the body: a gate call (`barrier` when `name` is nil) on the definition's qubits.
    struct Call: Equatable {
        var name: String?
        var parameters: [QASMExpression]
        var qubits: [Int]
        var location: QASMLocation
    }

    var name: String
    var parameterCount: Int
    var qubitCount: Int
    var body: [Call]
    var location: QASMLocation
}
