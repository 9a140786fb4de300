/// Parses one gate-level structural Verilog module and reports it to a `NetlistVisitor`:
/// `module` with a plain or ANSI port list; `input`, `output` and `wire` declarations, vectors
/// `[msb:lsb]` bit-blasted into signals `name[i]` (inputs and outputs listed in port order,
/// each vector from its lowest index up); gate primitives `and or nand nor xor xnor not buf`
/// with optional instance names (output first; `not`/`buf` may drive several outputs); and
/// continuous `assign` (also `wire x = …`) of expressions over single bits with `~ ! & && |
/// || ^ ~^ ^~ ?:`, parentheses and the constants `1'b0`, `1'b1`, `0`, `1`. Everything else
/// (`always`, `reg`, module instances, parameters, whole-vector operands) is rejected with its
/// line and column. Expression nesting is limited to `maxNesting` levels, and the input and
/// output bits to `maxPortBits(fileSize:)`, so a short file cannot declare a million ports.
public enum VerilogParser {
    /// Deepest parenthesis / conditional nesting accepted (the parser recurses per level).
    public static let maxNesting = 200

    /// Port bits a small file may declare in all.
    public static let minimumPortBits = 4_096

    /// The most input and output bits (after bit-blasting vectors) a file of `fileSize` bytes
    /// may declare: one per byte, at least `minimumPortBits`. Each bit of a real netlist is
    /// named at least once more in its gates or assigns, so a real file stays well below.
    /// - Complexity: O(1)
    public static func maxPortBits(fileSize: Int) -> Int { max(minimumPortBits, fileSize) }

    /// Parses `bytes`, calling `visitor` as it goes (ports at `endmodule`).
    /// - Throws: `NetlistError` (without a file name; `VerilogReader` adds it), or what `visitor` throws.
    /// - Complexity: O(n) in the file size.
    public static func parse<V: NetlistVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, into visitor: inout V) throws {
        var parser = VerilogModuleParser(lexer: VerilogLexer(bytes))
        try parser.start()
        try parser.header(into: &visitor)
        while try parser.item() {
            try parser.flush(into: &visitor)
        }
        try parser.flush(into: &visitor)
        try parser.ports(into: &visitor)
        try parser.trailer()
    }
}

/// The state of `VerilogParser`: one token of lookahead, the declarations, and the gates made
/// for the statement being read (flushed to the visitor after each one).
struct VerilogModuleParser {
    private struct Declaration {
        var range: (msb: Int, lsb: Int)?
        var at: NetlistLocation
    }

    private enum Event {
        case gate(String, NetlistFunction, [String], NetlistLocation)
    }

    static let primitives: [String: NetlistFunction] = [
        "and": .and, "or": .or, "nand": .nand, "nor": .nor, "xor": .xor, "xnor": .xnor, "not": .not, "buf": .buffer,
    ]

    private var lexer: VerilogLexer
    private var token = VerilogToken(kind: .end, text: "", at: NetlistLocation(line: 1, column: 1))
    private var declared: [String: Declaration] = [:]
    private var portOrder: [String] = []
    private var portAt: [String: NetlistLocation] = [:]
    private var directions: [(name: String, isInput: Bool, at: NetlistLocation)] = []
    private var pending: [Event] = []
    private var fresh = 0
    private var depth = 0
    private var portBits = 0

    init(lexer: VerilogLexer) { self.lexer = lexer }

    mutating func start() throws { token = try lexer.next() }

    // MARK: - Tokens

    private mutating func advance() throws -> VerilogToken {
        let current = token
        token = try lexer.next()
        return current
    }

    private func fail(_ what: String) -> NetlistError {
        NetlistError(.expected(what, found: token.shown), at: token.at)
    }

    private func isSymbol(_ text: String) -> Bool { token.kind == .symbol && token.text == text }

    private func isKeyword(_ text: String) -> Bool { token.kind == .identifier && token.text == text }

    private mutating func expect(_ text: String) throws {
        guard isSymbol(text) else { throw fail("'\(text)'") }
        token = try lexer.next()
    }

    private mutating func identifier(_ what: String) throws -> VerilogToken {
        guard token.kind == .identifier else { throw fail(what) }
        return try advance()
    }

    private mutating func integer(_ what: String) throws -> Int {
        guard token.kind == .number, let value = Int(token.text.filter { $0 != "_" }), value <= 1 << 20 else {
            throw fail(what)
        }
        token = try lexer.next()
        return value
    }

    // MARK: - Module structure

    mutating func header<V: NetlistVisitor>(into visitor: inout V) throws {
        guard isKeyword("module") else { throw fail("'module'") }
        token = try lexer.next()
        let name = try identifier("the module name")
        try visitor.model(name.text, at: name.at)
        if isSymbol("#") {
            throw NetlistError(.unsupported("module parameters ('#(…)') are not supported; elaborate the design with yosys first"), at: token.at)
        }
        if isSymbol("(") {
            token = try lexer.next()
            if isKeyword("input") || isKeyword("output") || isKeyword("inout") {
                try ansiPorts()
            } else if !isSymbol(")") {
                repeat {
                    let port = try identifier("a port name")
                    portOrder.append(port.text)
                    if portAt[port.text] == nil { portAt[port.text] = port.at }
                } while try consume(",")
            }
            try expect(")")
        }
        try expect(";")
    }

    private mutating func consume(_ symbol: String) throws -> Bool {
        guard isSymbol(symbol) else { return false }
        token = try lexer.next()
        return true
    }

    /// `input a, b, output [3:0] y, …`: a direction applies until the next one.
    private mutating func ansiPorts() throws {
        var isInput = true
        repeat {
            if isKeyword("inout") { throw NetlistError(.unsupported("'inout' ports are not supported"), at: token.at) }
            if isKeyword("input") || isKeyword("output") {
                isInput = try advance().text == "input"
                if isKeyword("wire") { token = try lexer.next() }
                if isKeyword("reg") { throw NetlistError(.unsupported("'reg' is not supported: this reader takes gate-level netlists"), at: token.at) }
                try declareRange(then: { parser, range in try parser.declarePort(range, isInput: isInput) })
            } else {
                try declarePort(lastRange, isInput: isInput)
            }
        } while try consume(",")
    }

    private var lastRange: (msb: Int, lsb: Int)?

    private mutating func declareRange(then body: (inout VerilogModuleParser, (msb: Int, lsb: Int)?) throws -> Void) throws {
        if isKeyword("signed") { token = try lexer.next() }
        var range: (msb: Int, lsb: Int)?
        if try consume("[") {
            let msb = try integer("the vector's first index")
            try expect(":")
            let lsb = try integer("the vector's last index")
            try expect("]")
            range = (msb, lsb)
        }
        lastRange = range
        try body(&self, range)
    }

    private mutating func declarePort(_ range: (msb: Int, lsb: Int)?, isInput: Bool) throws {
        let name = try identifier("a port name")
        try declare(name, range)
        portOrder.append(name.text)
        try addDirection(name, range, isInput: isInput)
    }

    /// Records the direction of port `name`, counting its bits against `maxPortBits`.
    private mutating func addDirection(_ name: VerilogToken, _ range: (msb: Int, lsb: Int)?, isInput: Bool) throws {
        let width = range.map { abs($0.msb - $0.lsb) + 1 } ?? 1
        let limit = VerilogParser.maxPortBits(fileSize: lexer.bytes.count)
        portBits += width
        guard portBits <= limit else {
            throw NetlistError(.invalid("'\(name.text)' brings the input and output bits to \(portBits), more than the \(limit) a file of \(lexer.bytes.count) bytes may declare (one per byte, at least \(VerilogParser.minimumPortBits)); check the vector's range\(range.map { " [\($0.msb):\($0.lsb)]" } ?? "")"), at: name.at)
        }
        directions.append((name.text, isInput, name.at))
    }

    private mutating func declare(_ name: VerilogToken, _ range: (msb: Int, lsb: Int)?) throws {
        if let previous = declared[name.text] {
            guard previous.range?.msb == range?.msb && previous.range?.lsb == range?.lsb else {
                throw NetlistError(.invalid("'\(name.text)' is declared again with a different width (first at line \(previous.at.line))"), at: name.at)
            }
            return
        }
        declared[name.text] = Declaration(range: range, at: name.at)
    }

    /// One module item; `false` after `endmodule`.
    mutating func item() throws -> Bool {
        guard token.kind == .identifier else {
            if token.kind == .end { throw fail("'endmodule'") }
            throw fail("a declaration, 'assign', a gate primitive or 'endmodule'")
        }
        let keyword = token
        switch keyword.text {
        case "endmodule":
            token = try lexer.next()
            return false
        case "input", "output", "wire":
            token = try lexer.next()
            if keyword.text != "wire" && isKeyword("wire") { token = try lexer.next() }
            if isKeyword("reg") { throw NetlistError(.unsupported("'reg' is not supported: this reader takes gate-level netlists"), at: token.at) }
            try declareRange { parser, range in
                repeat {
                    let name = try parser.identifier("a signal name")
                    try parser.declare(name, range)
                    if keyword.text == "wire" {
                        if try parser.consume("=") {
                            let target = try parser.bit(of: name, index: nil)
                            let value = try parser.expression()
                            parser.pending.append(.gate(target, .buffer, [value], name.at))
                        }
                    } else {
                        try parser.addDirection(name, range, isInput: keyword.text == "input")
                    }
                } while try parser.consume(",")
            }
            try expect(";")
        case "assign":
            token = try lexer.next()
            repeat {
                let at = token.at
                let target = try lvalue()
                try expect("=")
                let value = try expression()
                pending.append(.gate(target, .buffer, [value], at))
            } while try consume(",")
            try expect(";")
        default:
            if let function = Self.primitives[keyword.text] {
                token = try lexer.next()
                try primitive(keyword.text, function)
            } else {
                let what: String
                switch keyword.text {
                case "always", "initial", "reg", "inout", "function", "task", "generate", "parameter", "localparam", "specify":
                    what = "'\(keyword.text)' is not supported: this reader takes one gate-level module (synthesise with yosys: 'synth -flatten; write_verilog -noattr')"
                default:
                    what = "'\(keyword.text)' is not a declaration, 'assign' or gate primitive (\(Self.primitives.keys.sorted().joined(separator: ", "))); module instances are not supported (flatten with yosys)"
                }
                throw NetlistError(.unsupported(what), at: keyword.at)
            }
        }
        return true
    }

    /// `and [name] (out, in, …) [, [name] (…)]* ;`
    private mutating func primitive(_ name: String, _ function: NetlistFunction) throws {
        repeat {
            if token.kind == .identifier {
                token = try lexer.next()
                if isSymbol("[") {  // instance arrays
                    throw NetlistError(.unsupported("instance arrays are not supported"), at: token.at)
                }
            }
            let at = token.at
            try expect("(")
            var terminals: [String] = []
            var outputs: [String] = [try lvalue()]
            while try consume(",") { terminals.append(try expression()) }
            try expect(")")
            if function == .not || function == .buffer {
                guard let input = terminals.popLast() else {
                    throw NetlistError(.invalid("'\(name)' needs an output and an input"), at: at)
                }
                outputs += try terminals.map { signal in
                    guard !signal.hasPrefix(" ") else {
                        throw NetlistError(.invalid("the outputs of '\(name)' must be signals, not expressions"), at: at)
                    }
                    return signal
                }
                for output in outputs { pending.append(.gate(output, function, [input], at)) }
            } else {
                guard !terminals.isEmpty else {
                    throw NetlistError(.invalid("'\(name)' needs an output and at least one input"), at: at)
                }
                pending.append(.gate(outputs[0], function, terminals, at))
            }
        } while try consume(",")
        try expect(";")
    }

    mutating func flush<V: NetlistVisitor>(into visitor: inout V) throws {
        for case let .gate(output, function, fanins, at) in pending {
            try visitor.gate(output, function, fanins: fanins, at: at)
        }
        pending.removeAll(keepingCapacity: true)
    }

    /// Inputs and outputs, bit by bit, in port-list order (undeclared ports are errors).
    mutating func ports<V: NetlistVisitor>(into visitor: inout V) throws {
        var position: [String: Int] = [:]
        for (i, name) in portOrder.enumerated() where position[name] == nil { position[name] = i }
        for name in portOrder where !directions.contains(where: { $0.name == name }) {
            throw NetlistError(.invalid("port '\(name)' has no input or output declaration"), at: portAt[name] ?? declared[name]?.at ?? token.at)
        }
        let ordered = directions.enumerated().sorted { a, b in
            (position[a.element.name] ?? Int.max, a.offset) < (position[b.element.name] ?? Int.max, b.offset)
        }
        var seen: Set<String> = []
        for (_, port) in ordered where seen.insert(port.name).inserted {
            for bit in bits(of: port.name) {
                if port.isInput { try visitor.input(bit, at: port.at) } else { try visitor.output(bit, at: port.at) }
            }
        }
    }

    mutating func trailer() throws {
        if isKeyword("module") {
            throw NetlistError(.unsupported("a second module: this reader takes one module per file (flatten with yosys: 'synth -flatten')"), at: token.at)
        }
        guard token.kind == .end else { throw fail("the end of the file after 'endmodule'") }
    }

    private func bits(of name: String) -> [String] {
        guard let range = declared[name]?.range else { return [name] }
        return (min(range.msb, range.lsb) ... max(range.msb, range.lsb)).map { "\(name)[\($0)]" }
    }

    // MARK: - Signals and expressions

    /// The signal of `name` or `name[index]`, checked against its declaration.
    private mutating func bit(of name: VerilogToken, index: Int?) throws -> String {
        let range = declared[name.text]?.range
        guard let index else {
            guard let range else { return name.text }
            guard range.msb == range.lsb else {
                throw NetlistError(.unsupported("'\(name.text)' is a \(abs(range.msb - range.lsb) + 1)-bit vector: select one bit ('\(name.text)[\(range.lsb)]'); whole-vector operations are not supported"), at: name.at)
            }
            return "\(name.text)[\(range.lsb)]"
        }
        guard let range, (min(range.msb, range.lsb) ... max(range.msb, range.lsb)).contains(index) else {
            let declaredAs = range.map { "[\($0.msb):\($0.lsb)]" } ?? "a scalar"
            throw NetlistError(.invalid("bit \(index) of '\(name.text)' does not exist: it is declared \(declaredAs)"), at: name.at)
        }
        return "\(name.text)[\(index)]"
    }

    /// A signal reference: `name` or `name[index]`.
    private mutating func reference() throws -> String {
        let name = try identifier("a signal name")
        guard try consume("[") else { return try bit(of: name, index: nil) }
        let index = try integer("a bit index")
        if isSymbol(":") { throw NetlistError(.unsupported("part selects ('\(name.text)[a:b]') are not supported; select single bits"), at: token.at) }
        try expect("]")
        return try bit(of: name, index: index)
    }

    private mutating func lvalue() throws -> String { try reference() }

    private mutating func gate(_ function: NetlistFunction, _ fanins: [String], at: NetlistLocation) -> String {
        fresh += 1
        let name = " t\(fresh)"  // a leading space: no Verilog identifier can look like this
        pending.append(.gate(name, function, fanins, at))
        return name
    }

    /// `cond ? a : b` (right-associative) or an OR expression.
    mutating func expression() throws -> String {
        depth += 1
        defer { depth -= 1 }
        guard depth <= VerilogParser.maxNesting else {
            throw NetlistError(.unsupported("expression nested deeper than \(VerilogParser.maxNesting) levels"), at: token.at)
        }
        let at = token.at
        let condition = try binary(level: 0)
        guard try consume("?") else { return condition }
        let whenTrue = try expression()
        try expect(":")
        let whenFalse = try expression()
        return gate(.mux, [condition, whenTrue, whenFalse], at: at)
    }

    /// Binary operators by precedence: level 0 `| ||`, 1 `^ ~^ ^~`, 2 `& &&`; then unary.
    private mutating func binary(level: Int) throws -> String {
        let at = token.at
        var left = level == 3 ? try unary() : try binary(level: level + 1)
        switch level {
        case 0, 2:
            let ops: Set<String> = level == 0 ? ["|", "||"] : ["&", "&&"]
            var operands = [left]
            while token.kind == .symbol && ops.contains(token.text) {
                token = try lexer.next()
                operands.append(try binary(level: level + 1))
            }
            if operands.count > 1 { left = gate(level == 0 ? .or : .and, operands, at: at) }
        case 1:
            while token.kind == .symbol && ["^", "~^", "^~"].contains(token.text) {
                let op = try advance().text
                let right = try binary(level: 2)
                left = gate(op == "^" ? .xor : .xnor, [left, right], at: at)
            }
        default:
            break
        }
        return left
    }

    /// `~`/`!` (any number), then a primary.
    private mutating func unary() throws -> String {
        let at = token.at
        var inversions = 0
        while isSymbol("~") || isSymbol("!") {
            inversions += 1
            token = try lexer.next()
        }
        if token.kind == .symbol && ["&", "|", "^", "~&", "~|"].contains(token.text) {
            throw NetlistError(.unsupported("reduction operators are not supported; write the gates out bit by bit"), at: token.at)
        }
        let value = try primary()
        return inversions % 2 == 1 ? gate(.not, [value], at: at) : value
    }

    private mutating func primary() throws -> String {
        if try consume("(") {
            let value = try expression()
            try expect(")")
            return value
        }
        if token.kind == .number { return try constant() }
        if token.kind == .identifier { return try reference() }
        throw fail("a signal, a constant (1'b0, 1'b1) or '('")
    }

    /// `0`, `1`, or a one-bit based constant such as `1'b1`, `'h0`.
    private mutating func constant() throws -> String {
        let number = try advance()
        let parts = number.text.lowercased().split(separator: "'", omittingEmptySubsequences: false)
        var value: Substring = parts.last ?? ""
        if parts.count == 2 {
            guard parts[0].isEmpty || parts[0] == "1", let base = value.first, "bdhos".contains(base) else {
                throw NetlistError(.unsupported("constant \(number.text): only one-bit constants (1'b0, 1'b1) are supported"), at: number.at)
            }
            value = value.dropFirst(base == "s" ? 2 : 1)
        }
        let digits = value.filter { $0 != "_" }
        guard let bit = Int(digits), bit == 0 || bit == 1 else {
            throw NetlistError(.unsupported("constant \(number.text): only the one-bit values 0 and 1 are supported"), at: number.at)
        }
        return gate(.constant(bit == 1), [], at: number.at)
    }
}
