extension SDCParser {
    private static let riseFallMinMax: Set<String> = ["-rise", "-fall", "-min", "-max"]

    /// The constraint command `name` with its arguments read, or `nil` when `name` is not one of
    /// the constraint commands this reader models. Options accepted but not modelled that do not
    /// change the constraint's meaning much are reported to `visitor` as warnings.
    func constraint<V: SDCVisitor>(_ name: String, _ arguments: [Value], into visitor: inout V, line: Int) throws -> SDCCommand? {
        switch name {
        case "create_clock":
            let parsed = try SDCArguments(arguments, command: name, flags: ["-add"], valued: ["-name", "-period", "-waveform", "-comment"])
            let sources = try parsed.positionals(0 ... 1, name, "-period and at most one list of source ports")
            let clockName = try parsed.text("-name", name)
            guard parsed.options["-period"] != nil else { throw Failure.error("create_clock: -period is required") }
            let period = try Self.number(parsed.options["-period"], "a period after -period", name)
            guard period >= 0 else { throw Failure.error("create_clock: the period must not be negative") }
            var waveform: [Double]?
            if let edges = try parsed.text("-waveform", name) {
                let values = try TclScript.listElements(edges).map { try Self.number(.text($0), "edge times after -waveform", name) }
                guard values.count >= 2, values.count % 2 == 0, zip(values, values.dropFirst()).allSatisfy({ $0 <= $1 }) else {
                    throw Failure.error("create_clock: -waveform takes an even number (at least 2) of increasing edge times, found {\(Self.shown(edges))}")
                }
                waveform = values
            }
            let objects = sources.first.map(Self.objects) ?? SDCObjects([])
            guard clockName != nil || !objects.items.isEmpty else {
                throw Failure.error("create_clock: a clock without source ports (a virtual clock) needs -name")
            }
            return .createClock(name: clockName, period: period, waveform: waveform, sources: objects, add: parsed.has("-add"))

        case "set_input_delay", "set_output_delay":
            let parsed = try SDCArguments(arguments, command: name,
                                          flags: Self.riseFallMinMax.union(["-add_delay", "-clock_fall", "-network_latency_included", "-source_latency_included", "-level_sensitive"]),
                                          valued: ["-clock", "-reference_pin"], skipping: ["-reference_pin", "-level_sensitive"])
            for flag in ["-network_latency_included", "-source_latency_included"] where parsed.has(flag) {
                visitor.warning("\(name) \(flag) is not modelled; the delay is applied as given", at: line)
            }
            let values = try parsed.positionals(2 ... 2, name, "a delay and a list of ports")
            let delay = try Self.number(values[0], "a delay", name)
            return .portDelay(input: name == "set_input_delay", delay: delay, clock: parsed.options["-clock"].map(Self.objects),
                              clockFall: parsed.has("-clock_fall"), selection: parsed.selection, addDelay: parsed.has("-add_delay"),
                              ports: Self.objects(values[1]))

        case "set_driving_cell":
            let parsed = try SDCArguments(arguments, command: name, flags: Self.riseFallMinMax.union(["-dont_scale", "-no_design_rule"]),
                                          valued: ["-lib_cell", "-cell", "-library", "-pin", "-from_pin", "-input_transition_rise",
                                                   "-input_transition_fall", "-multiply_by"],
                                          skipping: ["-multiply_by"])
            let values = try parsed.positionals(1 ... 1, name, "a list of ports")
            guard let cell = try parsed.text("-lib_cell", name) ?? parsed.text("-cell", name) else {
                throw Failure.error("set_driving_cell: -lib_cell is required")
            }
            var driver = TimingConstraints.DrivingCell(cell: cell, pin: try parsed.text("-pin", name), fromPin: try parsed.text("-from_pin", name))
            if let rise = parsed.options["-input_transition_rise"] { driver.inputTransitionRise = try Self.number(rise, "a transition after -input_transition_rise", name) }
            if let fall = parsed.options["-input_transition_fall"] { driver.inputTransitionFall = try Self.number(fall, "a transition after -input_transition_fall", name) }
            return .drivingCell(driver, selection: parsed.selection, ports: Self.objects(values[0]))

        case "set_input_transition":
            let parsed = try SDCArguments(arguments, command: name, flags: Self.riseFallMinMax.union(["-clock_fall"]), valued: ["-clock"],
                                          skipping: ["-clock", "-clock_fall"])
            let values = try parsed.positionals(2 ... 2, name, "a transition and a list of ports")
            return .inputTransition(try Self.number(values[0], "a transition", name), selection: parsed.selection, ports: Self.objects(values[1]))

        case "set_load":
            let parsed = try SDCArguments(arguments, command: name, flags: Self.riseFallMinMax.union(["-pin_load", "-wire_load", "-subtract_pin_load"]),
                                          valued: ["-corner"], skipping: ["-subtract_pin_load", "-corner"])
            let values = try parsed.positionals(2 ... 2, name, "a capacitance and a list of ports")
            if parsed.has("-pin_load") && parsed.has("-wire_load") {
                throw Failure.error("set_load: give -pin_load or -wire_load, not both")
            }
            return .load(try Self.number(values[0], "a capacitance", name), wire: parsed.has("-wire_load"), selection: parsed.selection, ports: Self.objects(values[1]))

        case "set_clock_uncertainty":
            let parsed = try SDCArguments(arguments, command: name, flags: ["-setup", "-hold", "-rise", "-fall"],
                                          valued: ["-from", "-to", "-rise_from", "-fall_from", "-rise_to", "-fall_to"],
                                          skipping: ["-from", "-to", "-rise_from", "-fall_from", "-rise_to", "-fall_to", "-rise", "-fall"])
            let values = try parsed.positionals(1 ... 2, name, "an uncertainty and a list of clocks")
            guard values.count == 2 else { throw Failure.skip("set_clock_uncertainty without clocks is not modelled; the command is skipped") }
            let setup = parsed.has("-setup") || !parsed.has("-hold"), hold = parsed.has("-hold") || !parsed.has("-setup")
            return .clockUncertainty(try Self.number(values[0], "an uncertainty", name), setup: setup, hold: hold, clocks: Self.objects(values[1]))

        case "set_clock_transition":
            let parsed = try SDCArguments(arguments, command: name, flags: Self.riseFallMinMax, valued: [])
            let values = try parsed.positionals(2 ... 2, name, "a transition and a list of clocks")
            return .clockTransition(try Self.number(values[0], "a transition", name), selection: parsed.selection, clocks: Self.objects(values[1]))

        case "set_propagated_clock":
            let parsed = try SDCArguments(arguments, command: name, flags: [], valued: [])
            let values = try parsed.positionals(1 ... 1, name, "a list of clocks or ports")
            return .propagatedClock(Self.objects(values[0]))

        case "set_timing_derate":
            let parsed = try SDCArguments(arguments, command: name,
                                          flags: ["-early", "-late", "-rise", "-fall", "-clock", "-data", "-cell_delay", "-cell_check", "-net_delay"],
                                          valued: [])
            let values = try parsed.positionals(1 ... 2, name, "a derate factor")
            guard values.count == 1 else { throw Failure.skip("set_timing_derate on objects is not modelled (only design-wide derates are); the command is skipped") }
            var kinds: [TimingDerates.Kind] = []
            if parsed.has("-cell_delay") { kinds.append(.cellDelay) }
            if parsed.has("-cell_check") { kinds.append(.cellCheck) }
            if parsed.has("-net_delay") { kinds.append(.netDelay) }
            var paths: [TimingDerates.Path] = []
            if parsed.has("-clock") { paths.append(.clock) }
            if parsed.has("-data") { paths.append(.data) }
            let selection = RiseFallMinMaxSelection(riseFlag: parsed.has("-rise"), fallFlag: parsed.has("-fall"),
                                                    minFlag: parsed.has("-early"), maxFlag: parsed.has("-late"))
            return .timingDerate(try Self.number(values[0], "a derate factor", name), kinds: kinds.isEmpty ? [.cellDelay, .netDelay] : kinds,  // checks only when asked, as OpenSTA
                                 paths: paths.isEmpty ? TimingDerates.Path.allCases : paths, selection: selection)

        default:
            return nil
        }
    }
}
