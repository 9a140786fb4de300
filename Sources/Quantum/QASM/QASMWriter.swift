import GraphCore

/// Writes a ``QuantumCircuit`` as OpenQASM 2.0 that ``QASMReader`` (and Qiskit) read back to the
/// same circuit: the registers by name, `opaque` declarations, one statement per operation, and
/// parameters in the shortest decimal form that reads back to the same `Double`.
public enum QASMWriter {
    /// The program text.
    /// - Throws: `QASMError` when an opaque gate's name clashes with a standard gate the program needs.
    /// - Complexity: O(operations)
    public static func string(_ circuit: QuantumCircuit) throws -> String {
        let needsLibrary = circuit.operations.contains { if case .gate(let gate) = $0.kind { return !gate.isBuiltIn } else { return false } }
        var text = "OPENQASM 2.0;\n"
        if needsLibrary { text += "include \"qelib1.inc\";\n" }
        for opaque in circuit.opaqueGates {
            if let gate = StandardGate(name: opaque.name), needsLibrary || gate.isBuiltIn {
                throw QASMError(.invalid("the opaque gate '\(opaque.name)' has the name of a standard gate; rename it before writing"), at: nil)
            }
            let parameters = opaque.parameterCount == 0 ? "" : "(" + (0 ..< opaque.parameterCount).map { "p\($0)" }.joined(separator: ",") + ")"
            text += "opaque \(opaque.name)\(parameters) " + (0 ..< opaque.qubitCount).map { "q\($0)" }.joined(separator: ",") + ";\n"
        }
        for register in circuit.quantumRegisters { text += "qreg \(register.name)[\(register.size)];\n" }
        for register in circuit.classicalRegisters { text += "creg \(register.name)[\(register.size)];\n" }
        let qubitNames = names(of: circuit.quantumRegisters), clbitNames = names(of: circuit.classicalRegisters)
        for operation in circuit.operations {
            if let condition = operation.condition {
                text += "if(\(circuit.classicalRegisters[condition.register].name)==\(condition.value)) "
            }
            let qubits = operation.qubits.map { qubitNames[$0] }.joined(separator: ",")
            switch operation.kind {
            case .gate(let gate): text += call(gate.name, operation.parameters, qubits)
            case .opaque(let name): text += call(name, operation.parameters, qubits)
            case .measure: text += "measure \(qubits) -> \(clbitNames[operation.clbits[0]]);\n"
            case .reset: text += "reset \(qubits);\n"
            case .barrier: text += "barrier \(qubits);\n"
            }
        }
        return text
    }

    /// Writes the program to `path` atomically.
    /// - Throws: `QASMError`. - Complexity: O(operations)
    public static func write(_ circuit: QuantumCircuit, to path: String) throws {
        let text = try string(circuit)
        do { try FileIO.writeAtomically(Array(text.utf8), to: path) } catch let error as GraphIOError { throw QASMError(error) }
    }

    /// `x` as an OpenQASM real that reads back to the same `Double` (always with a decimal point).
    static func format(_ x: Double) -> String {
        var text = "\(x)"
        if !text.contains(".") {
            if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) { text.insert(contentsOf: ".0", at: e) } else { text += ".0" }
        }
        return text
    }

    private static func call(_ name: String, _ parameters: [Double], _ qubits: String) -> String {
        let list = parameters.isEmpty ? "" : "(" + parameters.map(format).joined(separator: ",") + ")"
        return "\(name)\(list) \(qubits);\n"
    }

    private static func names(of registers: [QuantumRegister]) -> [String] {
        registers.flatMap { register in (0 ..< register.size).map { "\(register.name)[\($0)]" } }
    }
}
