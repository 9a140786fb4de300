/// Builds a `LibertyLibrary` from `LibertyParser` events, keeping what timing needs and
/// skipping the rest (power tables, `pg_pin`, `define`d attributes, unknown groups): a stack
/// of the open groups says what each attribute belongs to.
struct LibertyLibraryBuilder: LibertyVisitor {
    /// A table template (`lu_table_template`): axis variables and default breakpoints.
    private struct Template {
        var variables: [LibertyTable.Variable?] = [nil, nil, nil]
        var indexes: [[Double]?] = [nil, nil, nil]
    }

    /// A `timing` group being read: pin names resolve when the cell closes.
    private struct PendingArc {
        var relatedPins: [String] = []
        var pins: [String]
        var kind = LibertyTimingArc.Kind.combinational
        var sense: LibertyTimingArc.Sense?
        var tables: [String: LibertyTable] = [:]
        var location: NetlistLocation
    }

    /// A table group being read.
    private struct PendingTable {
        var attribute: String
        var template: Template
        var indexes: [[Double]?] = [nil, nil, nil]
        var values: [Double]?
        var location: NetlistLocation
    }

    private enum Group {
        case library
        case cell
        case pin([Int])
        case bus(LibertyPin)
        case timing(PendingArc)
        case table(PendingTable)
        case template(String, Template)
        case wireLoad(String, LibertyWireLoad)
        case operatingConditions
        case sequential(LibertySequential)
        case ignored
    }

    private static let tableAttributes: Set<String> = [
        "cell_rise", "cell_fall", "rise_transition", "fall_transition", "rise_constraint", "fall_constraint",
    ]

    private var stack: [Group] = []
    private var library: LibertyLibrary?
    private var templates: [String: Template] = [:]
    private var cell: LibertyCell?
    private var cellArcs: [PendingArc] = []
    private var cellLocation = NetlistLocation(line: 1, column: 1)

    /// The library read.
    /// - Throws: `NetlistError` when the file held no `library` group. - Complexity: O(1)
    func finish() throws -> LibertyLibrary {
        guard let library, stack.isEmpty else {
            throw NetlistError(.expected("a 'library (name) { … }' group", found: "none"), at: nil)
        }
        return library
    }

    // MARK: - Groups

    mutating func beginGroup(_ name: LibertyWord, arguments: [LibertyWord], at location: NetlistLocation) throws {
        let group: Group
        switch (stack.last, name.string) {
        case (nil, "library"):
            guard library == nil else { throw NetlistError(.unsupported("a second 'library' group; give each library its own file"), at: location) }
            library = LibertyLibrary(name: arguments.first?.string ?? "")
            group = .library
        case (nil, _):
            throw NetlistError(.expected("'library'", found: "'\(name.string)'"), at: location)
        case (.library, "cell"):
            guard let cellName = arguments.first?.string else { throw NetlistError(.expected("a cell name in 'cell ( … )'", found: "none"), at: location) }
            cell = LibertyCell(name: cellName)
            cellArcs = []
            cellLocation = location
            group = .cell
        case (.library, "lu_table_template"):
            group = .template(try Self.single(arguments, of: "lu_table_template", at: location), Template())
        case (.library, "wire_load"):
            group = .wireLoad(try Self.single(arguments, of: "wire_load", at: location), LibertyWireLoad())
        case (.library, "operating_conditions"):
            group = .operatingConditions
        case (.cell, "pin"), (.bus, "pin"):
            var defaults = LibertyPin(name: "")
            if case .bus(let bus)? = stack.last { defaults = bus }
            var indices: [Int] = []
            for argument in arguments {
                defaults.name = argument.string
                indices.append(cell!.pins.count)
                cell!.pins.append(defaults)
            }
            guard !indices.isEmpty else { throw NetlistError(.expected("a pin name in 'pin ( … )'", found: "none"), at: location) }
            group = .pin(indices)
        case (.cell, "bus"):
            group = .bus(LibertyPin(name: try Self.single(arguments, of: "bus", at: location)))
        case (.cell, "ff"), (.cell, "latch"):
            let kind: LibertySequential.Kind = name.string == "ff" ? .flipFlop : .latch
            group = .sequential(LibertySequential(kind: kind, variables: arguments.map(\.string)))
        case (.pin(let indices)?, "timing"):
            group = .timing(PendingArc(pins: indices.map { cell!.pins[$0].name }, location: location))
        case (.timing?, let attribute) where Self.tableAttributes.contains(attribute):
            let templateName = arguments.first?.string ?? "scalar"
            let template: Template
            if templateName == "scalar" {
                template = Template()
            } else if let found = templates[templateName] {
                template = found
            } else {
                throw NetlistError(.expected("a table template defined by lu_table_template", found: "'\(templateName)'"), at: location)
            }
            group = .table(PendingTable(attribute: attribute, template: template, location: location))
        default:
            group = .ignored
        }
        stack.append(group)
    }

    mutating func endGroup() throws {
        let group = stack.removeLast()
        switch group {
        case .cell:
            try finishCell()
        case .template(let name, let template):
            templates[name] = template
        case .wireLoad(let name, var model):
            model.fanoutLengths.sort { $0.fanout < $1.fanout }
            library!.wireLoads[name] = model
        case .sequential(let sequential):
            cell!.sequentials.append(sequential)
        case .timing(let arc):
            cellArcs.append(arc)
        case .table(let table):
            let built = try Self.table(table)
            guard case .timing(var arc) = stack.removeLast() else { preconditionFailure("a table group opens only inside timing") }
            arc.tables[table.attribute] = built
            stack.append(.timing(arc))
        default:
            break
        }
    }

    // MARK: - Attributes

    mutating func simpleAttribute(_ name: LibertyWord, value words: [LibertyWord], at location: NetlistLocation) throws {
        guard let top = stack.last else { return }
        let attribute = name.string
        let value = words.count == 1 ? words[0] : nil
        switch top {
        case .library:
            switch attribute {
            case "time_unit": library!.units.time = try Self.unit(value, "s", of: attribute, at: location)
            case "pulling_resistance_unit": library!.units.resistance = try Self.unit(value, "ohm", of: attribute, at: location)
            case "default_wire_load": library!.defaultWireLoad = value?.string
            case "default_input_pin_cap": library!.defaultInputPinCapacitance = try Self.number(value, of: attribute, at: location)
            case "default_output_pin_cap": library!.defaultOutputPinCapacitance = try Self.number(value, of: attribute, at: location)
            case "default_inout_pin_cap": library!.defaultInoutPinCapacitance = try Self.number(value, of: attribute, at: location)
            case _ where attribute.hasSuffix("_threshold_pct_rise") || attribute.hasSuffix("_threshold_pct_fall") || attribute == "slew_derate_from_library":
                _ = library!.thresholds.set(attribute, try Self.number(value, of: attribute, at: location))
            default: break
            }
        case .operatingConditions:
            if attribute == "tree_type", let tree = value.flatMap({ LibertyWireLoad.Tree(rawValue: $0.string) }) {
                library!.wireLoadTree = tree
            }
        case .cell:
            switch attribute {
            case "area": cell!.area = try Self.number(value, of: attribute, at: location)
            case "dont_use": cell!.dontUse = value?.string == "true"
            default: break
            }
        case .pin(let indices):
            for i in indices { try Self.setPin(&cell!.pins[i], attribute, value, at: location) }
        case .bus(var pin):
            try Self.setPin(&pin, attribute, value, at: location)
            stack[stack.count - 1] = .bus(pin)
        case .timing(var arc):
            switch attribute {
            case "related_pin":
                arc.relatedPins = words.flatMap { $0.string.split(separator: " ").map(String.init) }
            case "timing_type":
                arc.kind = value.flatMap { LibertyTimingArc.Kind(rawValue: $0.string) } ?? .other
            case "timing_sense":
                guard let sense = value.flatMap({ LibertyTimingArc.Sense(rawValue: $0.string) }) else {
                    throw NetlistError(.expected("positive_unate, negative_unate or non_unate", found: "'\(words.map(\.string).joined(separator: " "))'"), at: location)
                }
                arc.sense = sense
            default: break
            }
            stack[stack.count - 1] = .timing(arc)
        case .template(let templateName, var template):
            if let axis = Self.axisNumber(attribute, prefix: "variable_") {
                template.variables[axis] = LibertyTable.Variable(rawValue: value?.string ?? "") ?? .other
                stack[stack.count - 1] = .template(templateName, template)
            }
        case .wireLoad(let modelName, var model):
            switch attribute {
            case "capacitance": model.capacitance = try Self.number(value, of: attribute, at: location)
            case "resistance": model.resistance = try Self.number(value, of: attribute, at: location)
            case "slope": model.slope = try Self.number(value, of: attribute, at: location)
            default: break
            }
            stack[stack.count - 1] = .wireLoad(modelName, model)
        case .sequential(var sequential):
            switch attribute {
            case "clocked_on", "enable": sequential.clock = value?.string
            case "next_state", "data_in": sequential.data = value?.string
            case "clear": sequential.clear = value?.string
            case "preset": sequential.preset = value?.string
            default: break
            }
            stack[stack.count - 1] = .sequential(sequential)
        default:
            break
        }
    }

    mutating func complexAttribute(_ name: LibertyWord, values: [LibertyWord], at location: NetlistLocation) throws {
        guard let top = stack.last else { return }
        let attribute = name.string
        switch top {
        case .library where attribute == "capacitive_load_unit":
            guard values.count == 2, let scale = LibertyUnits.parse("1" + values[1].string, base: "f") else {
                throw NetlistError(.expected("capacitive_load_unit (NUMBER, ff|pf|nf)", found: "'\(values.map(\.string).joined(separator: ", "))'"), at: location)
            }
            library!.units.capacitance = try values[0].number() * scale
        case .template(let templateName, var template):
            if let axis = Self.axisNumber(attribute, prefix: "index_") {
                template.indexes[axis] = try Self.numbers(values)
                stack[stack.count - 1] = .template(templateName, template)
            }
        case .table(var table):
            if let axis = Self.axisNumber(attribute, prefix: "index_") {
                table.indexes[axis] = try Self.numbers(values)
            } else if attribute == "values" {
                table.values = try Self.numbers(values)
            }
            stack[stack.count - 1] = .table(table)
        case .wireLoad(let modelName, var model) where attribute == "fanout_length":
            guard values.count >= 2 else {
                throw NetlistError(.expected("fanout_length (FANOUT, LENGTH)", found: "\(values.count) values"), at: location)
            }
            model.fanoutLengths.append((try values[0].number(), try values[1].number()))
            stack[stack.count - 1] = .wireLoad(modelName, model)
        default:
            break
        }
    }

    // MARK: - Helpers

    private static func setPin(_ pin: inout LibertyPin, _ attribute: String, _ value: LibertyWord?, at location: NetlistLocation) throws {
        switch attribute {
        case "direction":
            guard let direction = value.flatMap({ LibertyPin.Direction(rawValue: $0.string) }) else {
                throw NetlistError(.expected("input, output, inout or internal", found: "'\(value?.string ?? "several words")'"), at: location)
            }
            pin.direction = direction
        case "capacitance": pin.capacitance = try number(value, of: attribute, at: location)
        case "rise_capacitance": pin.riseCapacitance = try number(value, of: attribute, at: location)
        case "fall_capacitance": pin.fallCapacitance = try number(value, of: attribute, at: location)
        case "max_capacitance": pin.maxCapacitance = try number(value, of: attribute, at: location)
        case "max_transition": pin.maxTransition = try number(value, of: attribute, at: location)
        case "function": pin.function = value?.string
        case "clock": pin.isClock = value?.string == "true"
        default: break
        }
    }

    /// Resolves the cell's arcs against its pins and adds the cell to the library.
    private mutating func finishCell() throws {
        guard var cell else { return }
        for pending in cellArcs {
            guard !pending.relatedPins.isEmpty else { continue }  // e.g. a min_pulse_width on a clock pin
            for pinName in pending.pins {
                guard let to = cell.pinIndex(named: pinName) else { continue }
                for relatedName in pending.relatedPins {
                    guard let from = cell.pinIndex(named: relatedName) else {
                        throw NetlistError(.invalid("related_pin '\(relatedName)' of a timing group of pin '\(pinName)' is not a pin of cell '\(cell.name)'"), at: pending.location)
                    }
                    let sense = pending.sense ?? (pending.kind.launchEdge != nil || pending.kind.isCheck ? .nonUnate : .positiveUnate)
                    var arc = LibertyTimingArc(relatedPin: from, pin: to, kind: pending.kind, sense: sense)
                    arc.cellRise = pending.tables["cell_rise"]
                    arc.cellFall = pending.tables["cell_fall"]
                    arc.riseTransition = pending.tables["rise_transition"]
                    arc.fallTransition = pending.tables["fall_transition"]
                    arc.riseConstraint = pending.tables["rise_constraint"]
                    arc.fallConstraint = pending.tables["fall_constraint"]
                    cell.arcs.append(arc)
                }
            }
        }
        guard library!.cellIndex[cell.name] == nil else {
            throw NetlistError(.invalid("cell '\(cell.name)' is defined twice in the library"), at: cellLocation)
        }
        library!.cellIndex[cell.name] = library!.cells.count
        library!.cells.append(cell)
        self.cell = nil
    }

    /// The table of a table group: its own indexes or the template's, and values that fill them.
    private static func table(_ pending: PendingTable) throws -> LibertyTable {
        var axes: [LibertyTable.Axis] = []
        for k in 0 ..< 3 {
            guard let variable = pending.template.variables[k] else { break }
            guard let index = pending.indexes[k] ?? pending.template.indexes[k], !index.isEmpty else {
                throw NetlistError(.expected("index_\(k + 1) in '\(pending.attribute)' or its template", found: "none"), at: pending.location)
            }
            axes.append(LibertyTable.Axis(variable, index))
        }
        let expected = axes.reduce(1) { $0 * $1.values.count }
        guard let values = pending.values, values.count == expected else {
            throw NetlistError(.expected("\(expected) values in '\(pending.attribute)' (\(axes.map { String($0.values.count) }.joined(separator: " × ")))",
                                         found: "\(pending.values?.count ?? 0)"), at: pending.location)
        }
        return LibertyTable(axes: axes, values: values)
    }

    private static func numbers(_ words: [LibertyWord]) throws -> [Double] {
        var values: [Double] = []
        for word in words { values += try word.numbers() }
        return values
    }

    private static func number(_ value: LibertyWord?, of attribute: String, at location: NetlistLocation) throws -> Double {
        guard let value else { throw NetlistError(.expected("one number for '\(attribute)'", found: "several words"), at: location) }
        return try value.number()
    }

    private static func unit(_ value: LibertyWord?, _ base: String, of attribute: String, at location: NetlistLocation) throws -> Double {
        guard let text = value?.string, let unit = LibertyUnits.parse(text, base: base) else {
            throw NetlistError(.expected("a unit such as \"1n\(base)\" for '\(attribute)'", found: "'\(value?.string ?? "several words")'"), at: location)
        }
        return unit
    }

    private static func single(_ arguments: [LibertyWord], of group: String, at location: NetlistLocation) throws -> String {
        guard arguments.count == 1 else { throw NetlistError(.expected("one name in '\(group) ( … )'", found: "\(arguments.count)"), at: location) }
        return arguments[0].string
    }

    /// 0, 1 or 2 for `prefix1`, `prefix2`, `prefix3`. - Complexity: O(1)
    private static func axisNumber(_ attribute: String, prefix: String) -> Int? {
        guard attribute.hasPrefix(prefix), let n = Int(attribute.dropFirst(prefix.count)), (1 ... 3).contains(n) else { return nil }
        return n - 1
    }
}
