/// Reads SDC — the flat command subset, with the Tcl that hand-written files use — and reports
/// its constraint commands to an `SDCVisitor`. It evaluates `set` variables, `$var`
/// substitution, `[expr …]` arithmetic, `[list …]`, brace lists and `current_design`, and turns
/// `create_clock`, `set_input_delay`, `set_output_delay`, `set_driving_cell`,
/// `set_input_transition`, `set_load`, `set_clock_uncertainty`, `set_clock_transition`,
/// `set_propagated_clock` and `set_timing_derate` into `SDCCommand`s, with `get_ports`,
/// `get_clocks`, `all_inputs`, `all_outputs` and `all_clocks` as unresolved `SDCObjects`.
///
/// A command it cannot honour — Tcl control flow (`if`, `foreach`, …), an SDC command it does
/// not model, an unknown command, an unset variable, a query for pins or nets — is skipped with
/// a warning naming its line, never an error. Malformed commands it does model (a delay that is
/// not a number, an unknown option, a missing argument) and Tcl syntax errors are errors.
///
/// The total size of the values the script makes (text bytes and object-list items) is bounded
/// by `valueLimit`, so `set x $x$x` repeated cannot exhaust memory.
public struct SDCParser {
    /// Why evaluating a command stopped.
    enum Failure: Error {
        /// A malformed command: the read fails.
        case error(String)
        /// A command the reader does not honour: skipped with this warning.
        case skip(String)
    }

    /// What a Tcl word or command evaluates to.
    enum Value {
        case text(String)
        case objects(SDCObjects)
    }

    /// Parses `bytes`, calling `visitor` for each command.
    /// - Throws: `NetlistError` (without a file name) for Tcl syntax errors and malformed
    ///   commands, or what `visitor` throws.
    /// - Complexity: O(n + size of the values the script makes), n the file size.
    public static func parse<V: SDCVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, valueLimit: Int, into visitor: inout V) throws {
        let commands = try TclScript.parse(bytes)
        var parser = SDCParser(budget: ElementBudget(limit: valueLimit, advice: "the script builds values out of proportion to its size"))
        for command in commands {
            do {
                _ = try parser.evaluate(command, into: &visitor)
            } catch Failure.skip(let message) {
                visitor.warning(message, at: command.at.line)
            } catch Failure.error(let message) {
                throw NetlistError(.invalid(message), at: command.at)
            }
        }
    }

    /// `text` for a one-line message: newlines and tabs as spaces, at most 60 characters.
    static func shown(_ text: String) -> String {
        let line = String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        return line.count > 60 ? String(line.prefix(60)) + "…" : line
    }

    /// Deepest nesting of commands run inside commands (`[expr {[expr …]}]`) accepted.
    static let maxDepth = 100

    private var variables: [String: Value] = [:]
    private var budget: ElementBudget
    private var depth = 0

    private init(budget: ElementBudget) { self.budget = budget }

    // MARK: - Evaluation

    /// Runs one command and returns its result.
    mutating func evaluate<V: SDCVisitor>(_ command: TclScript.Command, into visitor: inout V) throws -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maxDepth else { throw Failure.error("commands nested deeper than \(Self.maxDepth) levels") }
        var words: [Value] = []
        for word in command.words { words.append(try evaluate(word, at: command.at, into: &visitor)) }
        guard let first = words.first else { return .text("") }
        guard case .text(let name) = first else { throw Failure.skip("a command name cannot be an object list") }
        let arguments = Array(words.dropFirst())
        switch name {
        case "set": return try set(arguments)
        case "expr": return try expr(arguments, at: command.at, into: &visitor)
        case "list": return try list(arguments, at: command.at)
        case "current_design":
            if let given = arguments.first, case .text(let design) = given, design != visitor.design {
                visitor.warning("current_design \(Self.shown(design)) is not the design read ('\(visitor.design)'); the constraints apply to '\(visitor.design)'", at: command.at.line)
            }
            return .text(visitor.design)
        case "get_ports", "get_clocks", "all_inputs", "all_outputs", "all_clocks":
            return .objects(try query(name, arguments))
        case "get_pins", "get_nets", "get_cells", "get_lib_cells", "get_lib_pins", "get_designs", "all_registers", "all_fanin", "all_fanout":
            throw Failure.skip("'\(name)' is not supported (only ports and clocks are); the command is skipped")
        default:
            if let sdc = try constraint(name, arguments, into: &visitor, line: command.at.line) {
                try visitor.command(sdc, at: command.at.line)
                return .text("")
            }
            if Self.notModelled.contains(name) {
                throw Failure.skip("'\(name)' is not modelled by this reader; ignored")
            }
            if Self.tcl.contains(name) {
                throw Failure.skip("Tcl '\(name)' is not supported (write the SDC out flat, e.g. with OpenSTA's write_sdc); skipped")
            }
            throw Failure.skip("unknown command '\(Self.shown(name))'; skipped")
        }
    }

    /// A word's value: braced text, or its parts concatenated; a word that is one substitution
    /// keeps an object list as it is.
    private mutating func evaluate<V: SDCVisitor>(_ word: TclScript.Word, at: NetlistLocation, into visitor: inout V) throws -> Value {
        switch word {
        case .braced(let text):
            return .text(text)
        case .parts(let parts):
            if parts.count == 1, case .text(let text) = parts[0] { return .text(text) }
            var values: [Value] = []
            for part in parts {
                switch part {
                case .text(let text): values.append(.text(text))
                case .variable(let name):
                    guard let value = variables[name] else {
                        throw Failure.skip("variable '\(Self.shown(name))' is not set (was it set by Tcl this reader skips?); the command is skipped")
                    }
                    values.append(value)
                case .script(let commands):
                    var result = Value.text("")
                    for command in commands { result = try evaluate(command, into: &visitor) }
                    values.append(result)
                }
            }
            if values.count == 1 { return values[0] }
            var text = ""
            for value in values {
                guard case .text(let piece) = value else {
                    throw Failure.skip("an object list ([get_ports …]) cannot be part of a longer word; the command is skipped")
                }
                text += piece
            }
            try budget.spend(text.utf8.count, for: "a word of \(text.utf8.count) bytes", at: at)
            return .text(text)
        }
    }

    // MARK: - Tcl

    private mutating func set(_ arguments: [Value]) throws -> Value {
        guard (1 ... 2).contains(arguments.count), case .text(let name) = arguments[0] else {
            throw Failure.error("set: expected 'set NAME' or 'set NAME VALUE'")
        }
        if arguments.count == 2 {
            variables[name] = arguments[1]
            return arguments[1]
        }
        guard let value = variables[name] else {
            throw Failure.skip("variable '\(Self.shown(name))' is not set; the command is skipped")
        }
        return value
    }

    /// `expr` joins its arguments with spaces, substitutes `$var` and `[…]` (each must be a
    /// number) and evaluates the arithmetic.
    private mutating func expr<V: SDCVisitor>(_ arguments: [Value], at: NetlistLocation, into visitor: inout V) throws -> Value {
        let source = try arguments.map { value -> String in
            guard case .text(let text) = value else { throw Failure.error("expr: an object list is not a number") }
            return text
        }.joined(separator: " ")
        let parts: [TclScript.Part]
        do {
            parts = try TclScript.substitutions(in: source)
        } catch let error as NetlistError {
            throw Failure.error("expr: \(error.message)")
        }
        var text = ""
        for part in parts {
            let value: Value
            switch part {
            case .text(let piece):
                text += piece
                continue
            case .variable(let name):
                guard let stored = variables[name] else {
                    throw Failure.skip("variable '\(Self.shown(name))' is not set (was it set by Tcl this reader skips?); the command is skipped")
                }
                value = stored
            case .script(let commands):
                var result = Value.text("")
                for command in commands { result = try evaluate(command, into: &visitor) }
                value = result
            }
            guard case .text(let operand) = value, let number = TclExpression.number(operand) else {
                throw Failure.error("expr: an operand of '\(Self.shown(source))' is not a number")
            }
            text += "(\(number.text))"
        }
        try budget.spend(text.utf8.count, for: "an expression of \(text.utf8.count) bytes", at: at)
        return .text(try TclExpression.evaluate(text).text)
    }

    /// `list a b …`: a Tcl list of texts, or an object list when any argument is one.
    private mutating func list(_ arguments: [Value], at: NetlistLocation) throws -> Value {
        var texts: [String] = []
        var items: [SDCObjects.Item] = []
        var hasObjects = false
        for argument in arguments {
            switch argument {
            case .text(let text):
                texts.append(text)
                items.append(.name(text))
            case .objects(let objects):
                hasObjects = true
                items += objects.items
            }
        }
        if hasObjects {
            try budget.spend(items.count, for: "a list of \(items.count) objects", at: at)
            return .objects(SDCObjects(items))
        }
        let text = TclScript.list(texts)
        try budget.spend(text.utf8.count, for: "a list of \(text.utf8.count) bytes", at: at)
        return .text(text)
    }

    // MARK: - Queries and arguments

    private func query(_ name: String, _ arguments: [Value]) throws -> SDCObjects {
        switch name {
        case "all_inputs":
            let parsed = try SDCArguments(arguments, command: name, flags: ["-no_clocks", "-level_sensitive", "-edge_triggered"], valued: [])
            guard parsed.positionals.isEmpty else { throw Failure.error("all_inputs takes no objects") }
            return SDCObjects([.allInputs(noClocks: parsed.has("-no_clocks"))])
        case "all_outputs", "all_clocks":
            let parsed = try SDCArguments(arguments, command: name, flags: ["-level_sensitive", "-edge_triggered"], valued: [])
            guard parsed.positionals.isEmpty else { throw Failure.error("\(name) takes no objects") }
            return SDCObjects([name == "all_outputs" ? .allOutputs : .allClocks])
        default:
            let parsed = try SDCArguments(arguments, command: name, flags: ["-quiet", "-regexp", "-nocase", "-hierarchical"],
                                          valued: ["-filter", "-of_objects", "-hsc"], skipping: ["-filter", "-of_objects", "-hierarchical", "-hsc"])
            var patterns: [String] = []
            for positional in parsed.positionals {
                guard case .text(let text) = positional else { throw Failure.error("\(name) takes name patterns, not objects") }
                patterns += TclScript.listElements(text)
            }
            let matching = SDCObjects.Matching(regexp: parsed.has("-regexp"), nocase: parsed.has("-nocase"), quiet: parsed.has("-quiet"))
            let all = parsed.positionals.isEmpty ? ["*"] : patterns
            return SDCObjects([name == "get_ports" ? .ports(all, matching) : .clocks(all, matching)])
        }
    }

    /// A value as objects: an object list, or the elements of a text list as bare names.
    static func objects(_ value: Value) -> SDCObjects {
        switch value {
        case .objects(let objects): objects
        case .text(let text): SDCObjects(TclScript.listElements(text).map { .name($0) })
        }
    }

    /// A value as a finite number.
    static func number(_ value: Value?, _ what: String, _ command: String) throws -> Double {
        guard case .text(let text)? = value, let number = TclExpression.number(text)?.double, number.isFinite else {
            let found: String
            switch value {
            case .text(let text)?: found = "'\(shown(text))'"
            case .objects?: found = "an object list"
            case nil: found = "nothing"
            }
            throw Failure.error("\(command): expected \(what) (a number), found \(found)")
        }
        return number
    }

    /// Tcl commands that are not SDC: skipped with a warning.
    static let tcl: Set<String> = [
        "if", "else", "elseif", "foreach", "for", "while", "proc", "switch", "source", "return", "break", "continue",
        "puts", "echo", "lappend", "lindex", "llength", "lsort", "concat", "string", "regexp", "regsub", "incr",
        "append", "unset", "global", "upvar", "eval", "catch", "error", "format", "info", "array", "dict", "namespace",
        "package", "file", "open", "close", "exec", "after", "exit", "get_full_name", "get_name", "get_property",
        "get_object_name", "sizeof_collection", "foreach_in_collection", "redirect", "uplevel",
    ]

    /// SDC commands this reader does not model: skipped with a warning.
    static let notModelled: Set<String> = [
        "create_generated_clock", "set_clock_latency", "set_clock_groups", "set_clock_sense", "set_sense",
        "set_false_path", "set_multicycle_path", "set_max_delay", "set_min_delay", "set_max_time_borrow",
        "set_case_analysis", "set_disable_timing", "set_data_check", "set_clock_gating_check",
        "set_max_fanout", "set_max_transition", "set_max_capacitance", "set_min_capacitance", "set_max_area",
        "set_fanout_load", "set_port_fanout_number", "set_resistance", "set_wire_load_model", "set_wire_load_mode",
        "set_wire_load_min_block_size", "set_wire_load_selection_group", "set_operating_conditions", "set_units",
        "set_logic_zero", "set_logic_one", "set_logic_dc", "set_ideal_network", "set_ideal_latency",
        "set_ideal_transition", "set_dont_touch", "set_dont_touch_network", "set_dont_use", "set_min_pulse_width",
        "group_path", "set_voltage", "set_level_shifter_strategy", "set_level_shifter_threshold",
        "set_max_dynamic_power", "set_max_leakage_power", "set_drive", "set_hierarchy_separator", "set_critical_range",
        "create_voltage_area",
    ]
}
