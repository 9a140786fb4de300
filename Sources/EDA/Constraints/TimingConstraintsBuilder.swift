/// Builds `TimingConstraints` from `SDCParser` events, resolving objects against a netlist's
/// ports and the clocks defined so far. It follows OpenSTA's rules: a clock redefined by name
/// replaces the old one; `create_clock` without `-add` takes its source ports from other clocks;
/// `set_input_delay`/`set_output_delay` without `-add_delay` drop a port's delays relative to
/// other clock edges and set the selected values relative to this one; every other command
/// sets the values it selects. Patterns that match nothing, and objects of the wrong kind, are
/// warnings.
struct TimingConstraintsBuilder: SDCVisitor {
    let design: String
    private let ports: [CellNetlist.Port]
    /// Port and bus names → ports, for patterns without wildcards.
    private let portsNamed: [String: [Int]]
    private var constraints: TimingConstraints
    /// Per port, its input and output delays while building.
    private var inputDelays: [[TimingConstraints.PortDelay]]
    private var outputDelays: [[TimingConstraints.PortDelay]]

    init(netlist: CellNetlist) {
        design = netlist.design
        ports = netlist.ports
        var named: [String: [Int]] = [:]
        for (i, port) in netlist.ports.enumerated() {
            named[port.name, default: []].append(i)
            if let bus = port.bus, bus != port.name { named[bus, default: []].append(i) }
        }
        portsNamed = named
        constraints = TimingConstraints(design: netlist.design, portNames: netlist.ports.map(\.name))
        inputDelays = Array(repeating: [], count: ports.count)
        outputDelays = Array(repeating: [], count: ports.count)
    }

    /// The constraints; delays listed by port. - Complexity: O(ports + delays)
    func finish() -> TimingConstraints {
        var result = constraints
        result.inputDelays = inputDelays.flatMap { $0 }
        result.outputDelays = outputDelays.flatMap { $0 }
        return result
    }

    mutating func warning(_ message: String, at line: Int) {
        constraints.warnings.append(SDCWarning(line: line, message: message))
    }

    mutating func command(_ command: SDCCommand, at line: Int) throws {
        do {
            try apply(command, line: line)
        } catch SDCParser.Failure.error(let message) {
            throw NetlistError(.invalid(message), at: NetlistLocation(line: line, column: 1))
        } catch SDCParser.Failure.skip(let message) {
            warning(message, at: line)
        }
    }

    private mutating func apply(_ command: SDCCommand, line: Int) throws {
        switch command {
        case let .createClock(name, period, waveform, sources, add):
            let ports = try resolvePorts(sources, "create_clock", line)
            guard let name = name ?? ports.first.map({ self.ports[$0].name }) else {
                throw SDCParser.Failure.skip("create_clock: no source port matched; no clock is made")
            }
            var clock = TimingConstraints.Clock(name: name, period: period, waveform: waveform ?? [0, period / 2], sources: ports)
            if !add {
                for c in constraints.clocks.indices { constraints.clocks[c].sources.removeAll { ports.contains($0) } }
            }
            if let existing = constraints.clock(named: name) {
                clock.sources = add ? Array(Set(constraints.clocks[existing].sources + ports)).sorted() : ports
                constraints.clocks[existing] = clock
            } else {
                constraints.clocks.append(clock)
            }

        case let .portDelay(input, delay, clockObjects, clockFall, selection, addDelay, portObjects):
            let command = input ? "set_input_delay" : "set_output_delay"
            var clock: Int?
            if let clockObjects {
                let clocks = try resolveClocks(clockObjects, command, line)
                guard clocks.count == 1 else {
                    throw SDCParser.Failure.skip("\(command): -clock names \(clocks.count) clocks, not one; the command is skipped")
                }
                clock = clocks[0]
            }
            for port in try resolvePorts(portObjects, command, line) {
                var delays = input ? inputDelays[port] : outputDelays[port]
                if !addDelay { delays.removeAll { $0.clock != clock || $0.clockFall != clockFall } }
                let entry = delays.firstIndex { $0.clock == clock && $0.clockFall == clockFall } ?? {
                    delays.append(TimingConstraints.PortDelay(port: port, clock: clock, clockFall: clockFall, delay: RiseFallMinMax()))
                    return delays.count - 1
                }()
                delays[entry].delay.set(delay, for: selection)
                if input { inputDelays[port] = delays } else { outputDelays[port] = delays }
            }

        case let .drivingCell(driver, selection, objects):
            for port in try resolvePorts(objects, "set_driving_cell", line) { constraints.drivingCells[port].set(driver, for: selection) }

        case let .inputTransition(value, selection, objects):
            for port in try resolvePorts(objects, "set_input_transition", line) { constraints.inputTransitions[port].set(value, for: selection) }

        case let .load(value, wire, selection, objects):
            for port in try resolvePorts(objects, "set_load", line) {
                if wire { constraints.loads[port].wire.set(value, for: selection) } else { constraints.loads[port].pin.set(value, for: selection) }
            }

        case let .clockUncertainty(value, setup, hold, objects):
            for clock in try resolveClocks(objects, "set_clock_uncertainty", line) {
                if setup { constraints.clocks[clock].setupUncertainty = value }
                if hold { constraints.clocks[clock].holdUncertainty = value }
            }

        case let .clockTransition(value, selection, objects):
            for clock in try resolveClocks(objects, "set_clock_transition", line) { constraints.clocks[clock].transition.set(value, for: selection) }

        case let .propagatedClock(objects):
            var clocks: [Int] = []
            for item in objects.items {
                switch item {
                case .clocks, .allClocks:
                    clocks += try resolveClocks(SDCObjects([item]), "set_propagated_clock", line)
                case .name(let name) where constraints.clock(named: name) != nil:
                    clocks += try resolveClocks(SDCObjects([item]), "set_propagated_clock", line)
                default:
                    for port in try resolvePorts(SDCObjects([item]), "set_propagated_clock", line) {
                        let sourced = constraints.clocks.indices.filter { constraints.clocks[$0].sources.contains(port) }
                        if sourced.isEmpty { warning("set_propagated_clock: no clock is defined on port '\(ports[port].name)'", at: line) }
                        clocks += sourced
                    }
                }
            }
            for clock in clocks { constraints.clocks[clock].isPropagated = true }

        case let .timingDerate(value, kinds, paths, selection):
            constraints.derates.set(value, kinds: kinds, paths: paths, selection)
        }
    }

    // MARK: - Objects

    /// The ports `objects` names, each once, in order.
    private mutating func resolvePorts(_ objects: SDCObjects, _ command: String, _ line: Int) throws -> [Int] {
        var result: [Int] = []
        var seen = Set<Int>()
        func add(_ port: Int) { if seen.insert(port).inserted { result.append(port) } }
        for item in objects.items {
            switch item {
            case let .ports(patterns, matching):
                for pattern in patterns {
                    let matched = try ports(matching: pattern, matching)
                    if matched.isEmpty && !matching.quiet { warning("get_ports: no port matches '\(SDCParser.shown(pattern))'", at: line) }
                    matched.forEach(add)
                }
            case .name(let pattern):
                let matched = try ports(matching: pattern, SDCObjects.Matching())
                if matched.isEmpty { warning("\(command): no port matches '\(SDCParser.shown(pattern))'", at: line) }
                matched.forEach(add)
            case .allInputs(let noClocks):
                let clockPorts = noClocks ? Set(constraints.clocks.flatMap(\.sources)) : []
                ports.indices.filter { ports[$0].direction != .output && !clockPorts.contains($0) }.forEach(add)
            case .allOutputs:
                ports.indices.filter { ports[$0].direction != .input }.forEach(add)
            case .clocks, .allClocks:
                warning("\(command): clocks are given where ports are expected; they are ignored", at: line)
            }
        }
        return result
    }

    /// The ports whose name or bus name matches `pattern`: a lookup when it has no wildcard.
    private func ports(matching pattern: String, _ matching: SDCObjects.Matching) throws -> [Int] {
        if !matching.regexp, !matching.nocase, !pattern.contains(where: { $0 == "*" || $0 == "?" || $0 == "\\" }) {
            return portsNamed[pattern] ?? []
        }
        let matcher = try SDCPattern(pattern, matching)
        return ports.indices.filter { matcher.matches(ports[$0].name) || ports[$0].bus.map(matcher.matches) == true }
    }

    /// The clocks `objects` names, each once, in order.
    private mutating func resolveClocks(_ objects: SDCObjects, _ command: String, _ line: Int) throws -> [Int] {
        var result: [Int] = []
        for item in objects.items {
            switch item {
            case let .clocks(patterns, matching):
                for pattern in patterns { result += try clocks(matching: pattern, matching, command, line) }
            case .name(let name):
                result += try clocks(matching: name, SDCObjects.Matching(), command, line)
            case .allClocks:
                result += constraints.clocks.indices
            case .ports, .allInputs, .allOutputs:
                warning("\(command): ports are given where clocks are expected; they are ignored", at: line)
            }
        }
        var seen = Set<Int>()
        return result.filter { seen.insert($0).inserted }
    }

    private mutating func clocks(matching pattern: String, _ matching: SDCObjects.Matching, _ command: String, _ line: Int) throws -> [Int] {
        let matcher = try SDCPattern(pattern, matching)
        let matched = constraints.clocks.indices.filter { matcher.matches(constraints.clocks[$0].name) }
        if matched.isEmpty && !matching.quiet { warning("\(command): no clock matches '\(SDCParser.shown(pattern))'", at: line) }
        return matched
    }
}
