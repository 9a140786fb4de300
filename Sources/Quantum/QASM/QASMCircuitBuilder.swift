/// Builds a ``QuantumCircuit`` from the statements ``QASMParser`` reports: resolves register and
/// gate names, checks argument counts and index ranges, broadcasts over whole registers and
/// expands gate definitions into the standard gates they call.
///
/// One leniency goes beyond Qiskit's: a `measure` naming a register that is not declared at all
/// is skipped with a warning, not rejected. Four QASMBench circuits (`hhl_n10`, `vqe_uccsd_n4/6/8`)
/// end with `measure q[i] -> c[i];` without declaring `q` or `c`; their gates are all there.
///
/// The expansion is bounded by `elementLimit` (operations plus their qubit references) and by
/// ``maxDefinitionDepth`` nested definitions, so that a small file cannot make the reader
/// allocate out of proportion to its size.
struct QASMCircuitBuilder: QASMVisitor {
    /// How deeply gate definitions may call one another.
    static let maxDefinitionDepth = 256
    /// Most qubits plus classical bits a circuit may declare.
    static let maxBits = 1 << 20

    private enum Gate {
        case standard(StandardGate)
        case defined(Int)
        case opaque(Int)
    }

    private struct Definition {
        struct Call {
            /// `nil` for a barrier.
            var gate: Gate?
            var parameters: [QASMExpression]
            var qubits: [Int]
        }

        var name: String
        var parameterCount: Int
        var qubitCount: Int
        var body: [Call]
        var depth: Int
        /// Operations plus qubit references one call expands to (saturating at `Int.max`).
        var cost: Int
        var location: QASMLocation
    }

    private(set) var circuit = QuantumCircuit()
    private let file: String?
    private let warn: (QASMError) -> Void
    private let elementLimit: Int
    private var elementsLeft: Int
    private var gates: [String: Gate] = ["U": .standard(.U), "CX": .standard(.CX)]
    private var definitions: [Definition] = []
    private var registers: [String: (quantum: Bool, index: Int)] = [:]
    private var includedStandardGates = false

    init(file: String?, elementLimit: Int, warn: @escaping (QASMError) -> Void) {
        self.file = file
        self.warn = warn
        self.elementLimit = elementLimit
        elementsLeft = elementLimit
    }

    // MARK: - Declarations

    mutating func includeStandardGates(at location: QASMLocation) throws {
        guard !includedStandardGates else { return }
        includedStandardGates = true
        for gate in StandardGate.allCases where !gate.isBuiltIn {
            if gates[gate.name] != nil {
                throw invalid("'\(gate.name)' is defined before 'include \"qelib1.inc\"', which defines it too; rename your gate", at: location)
            }
            gates[gate.name] = .standard(gate)
        }
    }

    mutating func register(_ name: String, size: Int, quantum: Bool, at location: QASMLocation) throws {
        guard registers[name] == nil else { throw invalid("the register '\(name)' is declared twice", at: location) }
        guard size >= 1 else { throw invalid("the register '\(name)' must have at least one bit", at: location) }
        guard size <= Self.maxBits - circuit.qubitCount - circuit.clbitCount else {
            throw QASMError(.limit("the registers hold more than \(Self.maxBits) bits in all"), at: location, file: file)
        }
        if quantum {
            registers[name] = (true, circuit.quantumRegisters.count)
            circuit.quantumRegisters.append(QuantumRegister(name: name, size: size, offset: circuit.qubitCount))
        } else {
            registers[name] = (false, circuit.classicalRegisters.count)
            circuit.classicalRegisters.append(QuantumRegister(name: name, size: size, offset: circuit.clbitCount))
        }
    }

    mutating func opaqueGate(_ name: String, parameterCount: Int, qubitCount: Int, at location: QASMLocation) throws {
        try checkUndefined(name, at: location)
        gates[name] = .opaque(circuit.opaqueGates.count)
        circuit.opaqueGates.append(OpaqueGate(name: name, parameterCount: parameterCount, qubitCount: qubitCount))
    }

    mutating func gateDefinition(_ definition: QASMGateDefinition) throws {
        try checkUndefined(definition.name, at: definition.location)
        var depth = 1, cost = 0
        let body = try definition.body.map { call -> Definition.Call in
            var callCost = 1 + call.qubits.count
            defer { cost = Self.saturatingSum(cost, callCost) }
            guard let name = call.name else { return .init(gate: nil, parameters: [], qubits: call.qubits) }
            let gate = try lookUp(name, parameterCount: call.parameters.count, qubitCount: call.qubits.count, at: call.location)
            if case .defined(let index) = gate {
                depth = max(depth, definitions[index].depth + 1)
                callCost = definitions[index].cost
            }
            return .init(gate: gate, parameters: call.parameters, qubits: call.qubits)
        }
        guard depth <= Self.maxDefinitionDepth else {
            throw QASMError(.limit("gate '\(definition.name)' nests definitions more than \(Self.maxDefinitionDepth) deep"),
                            at: definition.location, file: file)
        }
        gates[definition.name] = .defined(definitions.count)
        definitions.append(Definition(name: definition.name, parameterCount: definition.parameterCount,
                                      qubitCount: definition.qubitCount, body: body, depth: depth, cost: cost,
                                      location: definition.location))
    }

    // MARK: - Statements

    mutating func statement(_ statement: QASMStatement) throws {
        let condition = try statement.condition.map { condition -> ClassicalCondition in
            guard let (quantum, index) = registers[condition.register], !quantum else {
                throw invalid("'\(condition.register)' is not a classical register", at: condition.location)
            }
            return ClassicalCondition(register: index, value: condition.value)
        }
        switch statement.kind {
        case let .gate(name, parameters):
            let gate = try lookUp(name, parameterCount: parameters.count, qubitCount: statement.arguments.count, at: statement.location)
            let steps = try broadcast(statement.arguments, quantum: [Bool](repeating: true, count: statement.arguments.count))
            if case .defined(let index) = gate {
                let (total, overflow) = definitions[index].cost.multipliedReportingOverflow(by: steps.count)
                try checkBudget(overflow ? Int.max : total, at: statement.location)
            }
            for step in 0 ..< steps.count {
                let qubits = steps.tuple(step)
                try checkDistinct(qubits, at: statement.location)
                try expand(gate, parameters, qubits, condition, at: statement.location)
            }
        case .measure:
            if let undeclared = statement.arguments.first(where: { registers[$0.name] == nil }) {
                warn(invalid("skipped a measurement of '\(undeclared.name)', which is not declared", at: undeclared.location))
                return
            }
            let steps = try broadcast(statement.arguments, quantum: [true, false])
            for step in 0 ..< steps.count {
                let pair = steps.tuple(step)
                try append(QuantumOperation(.measure, qubits: [pair[0]], clbits: [pair[1]], condition: condition), at: statement.location)
            }
        case .reset:
            let steps = try broadcast(statement.arguments, quantum: [true])
            for step in 0 ..< steps.count {
                try append(QuantumOperation(.reset, qubits: steps.tuple(step), condition: condition), at: statement.location)
            }
        case .barrier:
            let listed = try statement.arguments.map { try bits(of: $0, quantum: true) }
            try checkBudget(1 + listed.reduce(0) { $0 + $1.count }, at: statement.location)
            var qubits: [Int] = [], seen = Set<Int>()
            for argument in statement.arguments {
                for qubit in try bits(of: argument, quantum: true) where seen.insert(qubit).inserted { qubits.append(qubit) }
            }
            try append(QuantumOperation(.barrier, qubits: qubits), at: statement.location)
        }
    }

    // MARK: - Expansion

    private mutating func expand(_ gate: Gate, _ parameters: [Double], _ qubits: [Int], _ condition: ClassicalCondition?,
                                 at location: QASMLocation) throws {
        guard parameters.allSatisfy(\.isFinite) else {
            throw invalid("a gate parameter evaluates to \(parameters.first { !$0.isFinite }!); parameters must be finite", at: location)
        }
        switch gate {
        case .standard(let standard):
            try append(QuantumOperation(.gate(standard), qubits: qubits, parameters: parameters, condition: condition), at: location)
        case .opaque(let index):
            try append(QuantumOperation(.opaque(circuit.opaqueGates[index].name), qubits: qubits, parameters: parameters,
                                        condition: condition), at: location)
        case .defined(let index):
            for call in definitions[index].body {
                let mapped = call.qubits.map { qubits[$0] }
                guard let callee = call.gate else {
                    try append(QuantumOperation(.barrier, qubits: mapped), at: location)
                    continue
                }
                try expand(callee, call.parameters.map { $0.evaluate(parameters) }, mapped, condition, at: location)
            }
        }
    }

    private mutating func append(_ operation: QuantumOperation, at location: QASMLocation) throws {
        try checkBudget(1 + operation.qubits.count, at: location)
        elementsLeft -= 1 + operation.qubits.count
        circuit.operations.append(operation)
    }

    private static func saturatingSum(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    private func checkBudget(_ cost: Int, at location: QASMLocation) throws {
        guard cost <= elementsLeft else {
            throw QASMError(.limit("the circuit expands to more than \(elementLimit) operations and qubit references, out of proportion to the file's size"),
                            at: location, file: file)
        }
    }

    // MARK: - Names and arguments

    private func lookUp(_ name: String, parameterCount: Int, qubitCount: Int, at location: QASMLocation) throws -> Gate {
        guard let gate = gates[name] else {
            let hint = !includedStandardGates && StandardGate(name: name) != nil ? "; add 'include \"qelib1.inc\";' before its first use" : ""
            throw invalid("the gate '\(name)' is not defined\(hint)", at: location)
        }
        let shape: (parameters: Int, qubits: Int)
        switch gate {
        case .standard(let standard): shape = (standard.parameterCount, standard.qubitCount)
        case .defined(let index): shape = (definitions[index].parameterCount, definitions[index].qubitCount)
        case .opaque(let index): shape = (circuit.opaqueGates[index].parameterCount, circuit.opaqueGates[index].qubitCount)
        }
        guard parameterCount == shape.parameters else {
            throw invalid("the gate '\(name)' takes \(shape.parameters) parameter\(shape.parameters == 1 ? "" : "s"), not \(parameterCount)", at: location)
        }
        guard qubitCount == shape.qubits else {
            throw invalid("the gate '\(name)' acts on \(shape.qubits) qubit\(shape.qubits == 1 ? "" : "s"), not \(qubitCount)", at: location)
        }
        return gate
    }

    private func checkUndefined(_ name: String, at location: QASMLocation) throws {
        guard gates[name] == nil else {
            let origin = StandardGate(name: name) != nil ? " (by qelib1.inc or the language)" : ""
            throw invalid("the gate '\(name)' is already defined\(origin)", at: location)
        }
    }

    private func checkDistinct(_ qubits: [Int], at location: QASMLocation) throws {
        guard Set(qubits).count == qubits.count else { throw invalid("a gate's qubit arguments must be distinct", at: location) }
    }

    /// The circuit-wide bits `argument` names: one for `r[i]`, the whole register for `r`.
    private func bits(of argument: QASMArgument, quantum: Bool) throws -> Range<Int> {
        guard let (isQuantum, index) = registers[argument.name], isQuantum == quantum else {
            throw invalid("'\(argument.name)' is not a \(quantum ? "quantum" : "classical") register", at: argument.location)
        }
        let register = quantum ? circuit.quantumRegisters[index] : circuit.classicalRegisters[index]
        guard let i = argument.index else { return register.bits }
        guard i < register.size else {
            throw invalid("index \(i) is out of range: '\(register.name)' has \(register.size) bit\(register.size == 1 ? "" : "s")", at: argument.location)
        }
        return register.offset + i ..< register.offset + i + 1
    }

    /// The argument tuples of a broadcast statement: whole registers (all of one size) step
    /// together, single bits repeat. `tuple(step)` gives the bits of step `step < count`.
    private func broadcast(_ arguments: [QASMArgument], quantum: [Bool]) throws -> (count: Int, tuple: (Int) -> [Int]) {
        let ranges = try zip(arguments, quantum).map { try bits(of: $0, quantum: $1) }
        var count = 1
        for (argument, range) in zip(arguments, ranges) where argument.index == nil {
            if count != 1 && range.count != count {
                throw invalid("registers of different sizes (\(count) and \(range.count)) cannot be broadcast together", at: argument.location)
            }
            count = range.count
        }
        let whole = arguments.map { $0.index == nil }
        return (count, { step in zip(whole, ranges).map { isWhole, range in range.lowerBound + (isWhole ? step : 0) } })
    }

    private func invalid(_ message: String, at location: QASMLocation) -> QASMError {
        QASMError(.invalid(message), at: location, file: file)
    }
}
