/// Collects the modules of a cell netlist from `CellVerilogParser` events and resolves each at
/// `endmodule` into a `CellModule`: declarations merged and checked against the header,
/// undeclared names made implicit one-bit wires (as Verilog does), and every connection and
/// assign turned into local bit numbers. `finish` hands the modules to `CellNetlistFlattener`.
struct CellNetlistBuilder: CellNetlistVisitor {
    private struct Declaration {
        var direction: NetDeclarationKind?
        var supply: NetDeclarationKind?
        var range: BitRange?
        var at: NetlistLocation
        var order: Int
    }

    private struct PendingInstance {
        var cell: String
        var name: String
        var connections: [CellConnection]
        var at: NetlistLocation
    }

    private(set) var modules: [CellModule] = []
    private(set) var moduleIndex: [String: Int] = [:]
    private(set) var budget: ElementBudget

    private var current: CellModule?
    private var header: [(name: String, at: NetlistLocation)] = []
    private var declarations: [String: Declaration] = [:]
    private var instances: [PendingInstance] = []
    private var assigns: [(target: NetExpression, value: NetExpression, at: NetlistLocation)] = []

    init(budget: ElementBudget) { self.budget = budget }

    // MARK: - Events

    mutating func module(_ name: String, at: NetlistLocation) throws {
        if let first = moduleIndex[name] {
            throw NetlistError(.invalid("module '\(name)' is defined twice (first at line \(modules[first].at.line))"), at: at)
        }
        current = CellModule(name: name, at: at)
    }

    mutating func port(_ name: String, at: NetlistLocation) throws {
        if header.contains(where: { $0.name == name }) {
            throw NetlistError(.invalid("port '\(name)' is listed twice in the header of module '\(current?.name ?? "")'"), at: at)
        }
        header.append((name, at))
    }

    mutating func declaration(_ kind: NetDeclarationKind, _ name: String, range: BitRange?, at: NetlistLocation) throws {
        var declaration = declarations[name] ?? Declaration(at: at, order: declarations.count)
        if let range {
            if let previous = declaration.range, previous != range {
                throw NetlistError(.invalid("'\(name)' is declared \(range.written) here but \(previous.written) at line \(declaration.at.line)"), at: at)
            }
            declaration.range = range
        }
        if kind.isPort {
            if let previous = declaration.direction, previous != kind {
                throw NetlistError(.invalid("port '\(name)' is declared \(kind) here but \(previous) at line \(declaration.at.line)"), at: at)
            }
            declaration.direction = kind
        } else if kind != .wire {
            if let previous = declaration.supply, previous != kind {
                throw NetlistError(.invalid("'\(name)' is declared \(kind) here but \(previous) at line \(declaration.at.line)"), at: at)
            }
            declaration.supply = kind
        }
        declarations[name] = declaration
    }

    mutating func assign(_ target: NetExpression, _ value: NetExpression, at: NetlistLocation) throws {
        assigns.append((target, value, at))
    }

    mutating func instance(cell: String, name: String, connections: [CellConnection], at: NetlistLocation) throws {
        instances.append(PendingInstance(cell: cell, name: name, connections: connections, at: at))
    }

    mutating func endModule(at: NetlistLocation) throws {
        guard var module = current else { return }
        try resolveSignals(of: &module)
        try resolveInstances(of: &module)
        try resolveAssigns(of: &module)
        moduleIndex[module.name] = modules.count
        modules.append(module)
        current = nil
        header.removeAll()
        declarations.removeAll()
        instances.removeAll()
        assigns.removeAll()
    }

    // MARK: - Resolution

    /// Signals: header ports first (in header order), then the other declarations in order,
    /// then implicit one-bit wires in order of first use.
    private mutating func resolveSignals(of module: inout CellModule) throws {
        for (name, at) in header {
            guard let declaration = declarations[name], let direction = declaration.direction else {
                throw NetlistError(.invalid("port '\(name)' of module '\(module.name)' has no input, output or inout declaration"), at: at)
            }
            module.portCount += 1
            try addSignal(name, declaration, direction: direction, to: &module)
        }
        for (name, declaration) in declarations.sorted(by: { $0.value.order < $1.value.order }) where module.signalIndex[name] == nil {
            if declaration.direction != nil {
                throw NetlistError(.invalid("'\(name)' is declared \(declaration.direction!) but is not in the port list of module '\(module.name)'"), at: declaration.at)
            }
            try addSignal(name, declaration, direction: .wire, to: &module)
        }
        func implicit(_ expression: NetExpression?) throws {
            for case let .net(name, _, at) in expression?.parts ?? [] where module.signalIndex[name] == nil {
                try addSignal(name, Declaration(at: at, order: 0), direction: .wire, to: &module)
            }
        }
        for instance in instances {
            for connection in instance.connections { try implicit(connection.expression) }
        }
        for assign in assigns {
            try implicit(assign.target)
            try implicit(assign.value)
        }
    }

    private mutating func addSignal(_ name: String, _ declaration: Declaration, direction: NetDeclarationKind, to module: inout CellModule) throws {
        let width = declaration.range?.width ?? 1
        try budget.spend(width, for: "declaring '\(name)' (\(width) bits)", at: declaration.at)
        module.signalIndex[name] = Int32(module.signalNames.count)
        module.signalNames.append(name)
        module.signalRanges.append(declaration.range)
        module.signalDirections.append(direction)
        module.signalSupplies.append(declaration.supply)
        module.signalFirstBit.append(Int32(module.bitCount + width))
    }

    private mutating func resolveInstances(of module: inout CellModule) throws {
        var names: [String: NetlistLocation] = [:]
        for instance in instances {
            if let first = names.updateValue(instance.at, forKey: instance.name) {
                throw NetlistError(.invalid("instance '\(instance.name)' is defined twice in module '\(module.name)' (first at line \(first.line))"), at: instance.at)
            }
            module.instanceCells.append(instance.cell)
            module.instanceNames.append(instance.name)
            module.instanceAt.append(instance.at)
            for connection in instance.connections {
                module.connectionPins.append(connection.pin)
                module.connectionAt.append(connection.at)
                module.connectionIsUnsizedConstant.append(connection.expression?.isUnsizedConstant ?? false)
                if let expression = connection.expression { try append(expression, to: &module) }
                module.connectionTermStart.append(Int32(module.terms.count))
            }
            module.instanceConnectionStart.append(Int32(module.connectionPins.count))
        }
    }

    private mutating func resolveAssigns(of module: inout CellModule) throws {
        module.assignTargetStart = [Int32(module.terms.count)]
        for assign in assigns {
            try append(assign.target, to: &module)
            if module.terms[Int(module.assignTargetStart[module.assignTargetStart.count - 1])...].contains(where: { $0 < 0 }) {
                throw NetlistError(.invalid("the left side of an assign must be nets, not constants"), at: assign.at)
            }
            module.assignValueStart.append(Int32(module.terms.count))
            try append(assign.value, to: &module)
            module.assignTargetStart.append(Int32(module.terms.count))
            module.assignAt.append(assign.at)
        }
    }

    /// Appends the terms of `expression`, left to right.
    private mutating func append(_ expression: NetExpression, to module: inout CellModule) throws {
        for part in expression.parts {
            switch part {
            case let .constant(bits, _):
                try budget.spend(bits.count, for: "a constant of \(bits.count) bits", at: nil)
                module.terms += bits.map { bit in
                    switch bit {
                    case .zero: CellModule.zero
                    case .one: CellModule.one
                    case .unknown, .highImpedance: CellModule.open
                    }
                }
            case let .net(name, select, at):
                guard let index = module.signalIndex[name] else {  // every name was declared or made implicit
                    throw NetlistError(.invalid("'\(name)' is not declared"), at: at)
                }
                let s = Int(index)
                let first = module.signalFirstBit[s]
                guard let select else {
                    let width = module.width(of: s)
                    try budget.spend(width, for: "connecting all \(width) bits of '\(name)'", at: at)
                    module.terms += (0 ..< Int32(width)).map { first + $0 }
                    continue
                }
                guard let range = module.signalRanges[s] else {
                    throw NetlistError(.invalid("'\(name)' is a scalar: it has no bit \(select.written)"), at: at)
                }
                guard let left = range.position(of: select.msb), let right = range.position(of: select.lsb) else {
                    throw NetlistError(.invalid("\(select.written) is outside '\(name)', declared \(range.written)"), at: at)
                }
                guard range.agrees(with: select) else {
                    throw NetlistError(.invalid("part-select \(select.written) runs against the declaration of '\(name)' \(range.written)"), at: at)
                }
                try budget.spend(select.width, for: "part-select \(name)\(select.written)", at: at)
                module.terms += (left ... right).map { first + Int32($0) }
            }
        }
    }
}
