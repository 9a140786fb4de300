/// Parses gate-level Verilog of cell instances (what synthesis and place-and-route tools
/// write) and reports it to a `CellNetlistVisitor`. It shares `VerilogLexer` with the AIG
/// reader's `VerilogParser`; the grammars differ (this one takes instances and no operators).
///
/// Accepted: any number of modules; plain and ANSI port lists; `input`, `output`, `inout`,
/// `wire` (also `tri`, `wand`, `wor`, `uwire`), `supply0`, `supply1` declarations with ranges;
/// `assign` (and `wire x = …`); instances `CELL name (…)` with named (`.A(x)`) or positional
/// connections, several per statement; expressions made of nets, bit- and part-selects,
/// constants (`1'b0`, `8'hA5`, `4'bx01z`, `0`), concatenations and replications `{n{…}}`;
/// escaped identifiers; `(* … *)` attributes and comments. Rejected with line and column:
/// parameters, behavioural code, gate primitives, operators.
///
/// Constants and replications may not exceed `bitLimit` bits, and concatenations nest at most
/// `maxNesting` deep, so no input makes the parser allocate out of proportion to the file.
public struct CellVerilogParser {
    /// Deepest concatenation nesting accepted (the parser recurses per level).
    public static let maxNesting = 200

    /// Parses `bytes`, calling `visitor` as it goes.
    /// - Parameter bitLimit: the widest constant or replication accepted, in bits.
    /// - Throws: `NetlistError` (without a file name), or what `visitor` throws.
    /// - Complexity: O(n + bits of the constants and replications written), n the file size.
    public static func parse<V: CellNetlistVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, bitLimit: Int, into visitor: inout V) throws {
        var parser = CellVerilogParser(lexer: VerilogLexer(bytes), bitLimit: bitLimit)
        parser.token = try parser.lexer.next()
        while parser.token.kind != .end {
            try parser.module(into: &visitor)
        }
    }

    private static let netKinds: [String: NetDeclarationKind] = [
        "wire": .wire, "tri": .wire, "wand": .wire, "wor": .wire, "uwire": .wire,
        "supply0": .supply0, "supply1": .supply1,
    ]

    private static let directions: [String: NetDeclarationKind] = ["input": .input, "output": .output, "inout": .inout]

    private static let behavioural: Set<String> = [
        "always", "always_comb", "always_ff", "initial", "reg", "logic", "integer", "real", "parameter",
        "localparam", "defparam", "function", "task", "generate", "genvar", "specify", "event", "final",
    ]

    private static let primitives: Set<String> = [
        "and", "or", "nand", "nor", "xor", "xnor", "not", "buf", "bufif0", "bufif1", "notif0", "notif1",
        "pullup", "pulldown", "nmos", "pmos", "cmos", "tran",
    ]

    private var lexer: VerilogLexer
    private var token = VerilogToken(kind: .end, text: "", at: NetlistLocation(line: 1, column: 1))
    private let bitLimit: Int
    private var depth = 0

    private init(lexer: VerilogLexer, bitLimit: Int) {
        self.lexer = lexer
        self.bitLimit = bitLimit
    }

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

    private mutating func consume(_ symbol: String) throws -> Bool {
        guard isSymbol(symbol) else { return false }
        token = try lexer.next()
        return true
    }

    private mutating func identifier(_ what: String) throws -> VerilogToken {
        guard token.kind == .identifier else { throw fail(what) }
        return try advance()
    }

    /// A plain decimal number no larger than `Int32.max` (an index or a replication count).
    private mutating func integer(_ what: String) throws -> Int {
        guard token.kind == .number, !token.text.contains("'"), let value = Int(token.text.filter { $0 != "_" }), value <= Int(Int32.max) else {
            throw fail(what)
        }
        token = try lexer.next()
        return value
    }

    // MARK: - Modules

    private mutating func module<V: CellNetlistVisitor>(into visitor: inout V) throws {
        guard isKeyword("module") || isKeyword("macromodule") else { throw fail("'module'") }
        token = try lexer.next()
        let name = try identifier("the module name")
        try visitor.module(name.text, at: name.at)
        if isSymbol("#") {
            throw NetlistError(.unsupported("module parameters ('#(…)') are not supported in a cell netlist; elaborate the design first (yosys: 'hierarchy; flatten; write_verilog -noattr')"), at: token.at)
        }
        if try consume("(") {
            if token.kind == .identifier, Self.directions[token.text] != nil {
                try ansiPorts(into: &visitor)
            } else if !isSymbol(")") {
                repeat {
                    if isSymbol(".") || isSymbol("{") {
                        throw NetlistError(.unsupported("port expressions ('.name(…)', '{…}') in a module header are not supported; name the ports"), at: token.at)
                    }
                    let port = try identifier("a port name")
                    try visitor.port(port.text, at: port.at)
                } while try consume(",")
            }
            try expect(")")
        }
        try expect(";")
        while try item(into: &visitor) {}
    }

    /// `input [3:0] a, b, output y`: a direction, net type and range hold until the next direction.
    private mutating func ansiPorts<V: CellNetlistVisitor>(into visitor: inout V) throws {
        var kind = NetDeclarationKind.input
        var range: BitRange?
        repeat {
            if token.kind == .identifier, let direction = Self.directions[token.text] {
                token = try lexer.next()
                kind = direction
                try skipNetType()
                range = try optionalRange()
            }
            let name = try identifier("a port name or 'input', 'output', 'inout'")
            try visitor.port(name.text, at: name.at)
            try visitor.declaration(kind, name.text, range: range, at: name.at)
        } while try consume(",")
    }

    /// Skips `wire`/`tri`… and `signed` after a direction; rejects `reg`.
    private mutating func skipNetType() throws {
        if token.kind == .identifier, Self.netKinds[token.text] == .wire { token = try lexer.next() }
        if isKeyword("reg") || isKeyword("logic") {
            throw NetlistError(.unsupported("'\(token.text)' is not supported: a cell netlist connects nets, it holds no variables"), at: token.at)
        }
        if isKeyword("signed") { token = try lexer.next() }
    }

    private mutating func optionalRange() throws -> BitRange? {
        guard try consume("[") else { return nil }
        let msb = try integer("the vector's left index")
        try expect(":")
        let lsb = try integer("the vector's right index")
        try expect("]")
        return BitRange(msb: msb, lsb: lsb)
    }

    /// One module item; `false` after `endmodule`.
    private mutating func item<V: CellNetlistVisitor>(into visitor: inout V) throws -> Bool {
        guard token.kind == .identifier else {
            if token.kind == .end { throw fail("'endmodule'") }
            throw fail("a declaration, 'assign', a cell instance or 'endmodule'")
        }
        let keyword = token
        if keyword.text == "endmodule" {
            token = try lexer.next()
            try visitor.endModule(at: keyword.at)
            return false
        }
        if let direction = Self.directions[keyword.text] {
            token = try lexer.next()
            try skipNetType()
            try declarations(direction, into: &visitor)
        } else if let kind = Self.netKinds[keyword.text] {
            token = try lexer.next()
            if isKeyword("signed") { token = try lexer.next() }
            try declarations(kind, into: &visitor)
        } else if keyword.text == "assign" {
            token = try lexer.next()
            if isSymbol("#") { throw NetlistError(.unsupported("delays on 'assign' are not supported"), at: token.at) }
            repeat {
                let at = token.at
                let target = try expression()
                try expect("=")
                try visitor.assign(target, try expression(), at: at)
            } while try consume(",")
            try expect(";")
        } else if Self.behavioural.contains(keyword.text) {
            throw NetlistError(.unsupported("'\(keyword.text)' is not supported: this reader takes gate-level netlists of cell instances (synthesise first, e.g. yosys 'synth; abc -liberty LIB; write_verilog -noattr')"), at: keyword.at)
        } else if Self.primitives.contains(keyword.text) {
            throw NetlistError(.unsupported("gate primitive '\(keyword.text)' is not a library cell; map the design onto the library first (yosys 'abc -liberty LIB')"), at: keyword.at)
        } else {
            token = try lexer.next()
            try instances(of: keyword, into: &visitor)
        }
        return true
    }

    /// `[range] name [= value], …;` after a declaration keyword.
    private mutating func declarations<V: CellNetlistVisitor>(_ kind: NetDeclarationKind, into visitor: inout V) throws {
        if isSymbol("#") { throw NetlistError(.unsupported("net delays are not supported"), at: token.at) }
        let range = try optionalRange()
        repeat {
            let name = try identifier("a net name")
            try visitor.declaration(kind, name.text, range: range, at: name.at)
            if isSymbol("[") {
                throw NetlistError(.unsupported("arrays of nets are not supported"), at: token.at)
            }
            if try consume("=") {
                guard !kind.isPort else { throw NetlistError(.unsupported("a port declaration cannot assign a value"), at: name.at) }
                let target = NetExpression([.net(name.text, select: nil, at: name.at)])
                try visitor.assign(target, try expression(), at: name.at)
            }
        } while try consume(",")
        try expect(";")
    }

    /// `CELL name (…), name (…);` after the cell name.
    private mutating func instances<V: CellNetlistVisitor>(of cell: VerilogToken, into visitor: inout V) throws {
        if isSymbol("#") {
            throw NetlistError(.unsupported("parameters on instance of '\(cell.text)' are not supported in a cell netlist"), at: token.at)
        }
        repeat {
            guard token.kind == .identifier else {
                if isSymbol("(") || isSymbol("=") || isSymbol("[") {
                    throw fail("an instance name after '\(cell.text)' (or a declaration keyword: '\(cell.text)' is not one)")
                }
                throw fail("an instance name")
            }
            let name = try advance()
            if isSymbol("[") { throw NetlistError(.unsupported("instance arrays are not supported"), at: token.at) }
            try expect("(")
            let connections = try connectionList()
            try expect(")")
            try visitor.instance(cell: cell.text, name: name.text, connections: connections, at: name.at)
        } while try consume(",")
        try expect(";")
    }

    /// The connections between an instance's parentheses: all named or all positional.
    private mutating func connectionList() throws -> [CellConnection] {
        if isSymbol(")") { return [] }
        var connections: [CellConnection] = []
        if isSymbol(".") {
            repeat {
                let at = token.at
                guard try consume(".") else { throw fail("a named connection '.pin(net)' (named and positional connections cannot be mixed)") }
                if isSymbol("*") { throw NetlistError(.unsupported("'.*' connections are not supported"), at: token.at) }
                let pin = try identifier("a pin name after '.'")
                try expect("(")
                let expression = isSymbol(")") ? nil : try self.expression()
                try expect(")")
                connections.append(CellConnection(pin: pin.text, expression: expression, at: at))
            } while try consume(",")
        } else {
            repeat {
                let at = token.at
                if isSymbol(".") { throw fail("a positional connection (named and positional connections cannot be mixed)") }
                let expression = isSymbol(",") || isSymbol(")") ? nil : try self.expression()
                connections.append(CellConnection(pin: nil, expression: expression, at: at))
            } while try consume(",")
        }
        return connections
    }

    // MARK: - Expressions

    /// A net, a bit- or part-select, a constant, or a concatenation.
    private mutating func expression() throws -> NetExpression {
        var parts: [NetExpression.Part] = []
        var bits = 0
        try append(to: &parts, bits: &bits)
        return NetExpression(parts)
    }

    /// Appends the parts of one operand; `bits` counts constant bits and net parts (bounded by `bitLimit`).
    private mutating func append(to parts: inout [NetExpression.Part], bits: inout Int) throws {
        if token.kind == .identifier {
            let name = try advance()
            var select: BitRange?
            if try consume("[") {
                let left = try integer("a bit index")
                let right = try consume(":") ? try integer("the part-select's right index") : left
                try expect("]")
                select = BitRange(msb: left, lsb: right)
            }
            parts.append(.net(name.text, select: select, at: name.at))
            try spend(1, &bits, at: name.at)
        } else if token.kind == .number {
            let at = token.at
            let (value, sized) = try constant()
            try spend(value.count, &bits, at: at)
            parts.append(.constant(value, sized: sized))
        } else if isSymbol("{") {
            let at = token.at
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxNesting else {
                throw NetlistError(.unsupported("concatenations nested deeper than \(Self.maxNesting) levels"), at: at)
            }
            token = try lexer.next()
            if token.kind == .number, !token.text.contains("'") {
                let count = try integer("a replication count")
                if isSymbol("{") {
                    try replicate(count, into: &parts, bits: &bits, at: at)
                    try expect("}")
                    return
                }
                throw NetlistError(.unsupported("a bare number in a concatenation has no width; write a sized constant such as 1'b0"), at: at)
            }
            repeat { try append(to: &parts, bits: &bits) } while try consume(",")
            try expect("}")
        } else {
            throw fail("a net, a constant (1'b0) or a concatenation '{…}' (operators are not supported in a cell netlist)")
        }
    }

    /// `{a, b}` repeated `count` times, after the count.
    private mutating func replicate(_ count: Int, into parts: inout [NetExpression.Part], bits: inout Int, at: NetlistLocation) throws {
        try expect("{")
        var inner: [NetExpression.Part] = []
        var innerBits = 0
        repeat { try append(to: &inner, bits: &innerBits) } while try consume(",")
        try expect("}")
        guard count > 0 else { throw NetlistError(.invalid("a replication count must be at least 1"), at: at) }
        guard innerBits <= (bitLimit - bits) / count else {
            throw NetlistError(.unsupported("replication {\(count){…}} is wider than the limit of \(bitLimit) bits"), at: at)
        }
        bits += innerBits * count
        for _ in 0 ..< count { parts += inner }
    }

    private func spend(_ n: Int, _ bits: inout Int, at: NetlistLocation) throws {
        bits += n
        guard bits <= bitLimit else {
            throw NetlistError(.unsupported("expression wider than the limit of \(bitLimit) bits"), at: at)
        }
    }

    /// A number: `12` (unsized decimal), `'h1f` (unsized based), `8'hA5`, `4'bx01z`, `1'b0`;
    /// a width and a based value may be separated by blanks (`8 'hA5`).
    private mutating func constant() throws -> ([NetExpression.ConstantBit], sized: Bool) {
        var number = try advance()
        if !number.text.contains("'"), token.kind == .number, token.text.first == "'" {
            number.text += try advance().text
        }
        let text = number.text.filter { $0 != "_" }
        guard let quote = text.firstIndex(of: "'") else {
            guard let value = UInt64(text) else {
                throw NetlistError(.unsupported("decimal constant \(number.text) does not fit in 64 bits"), at: number.at)
            }
            return (Self.bits(of: value, width: max(32, Self.significantBits(value))), false)
        }
        let sizeText = text[..<quote]
        var rest = text[text.index(after: quote)...]
        if rest.first == "s" || rest.first == "S" { rest = rest.dropFirst() }
        guard let base = rest.first.map({ Character($0.lowercased()) }), "bodh".contains(base) else {
            throw NetlistError(.expected("a base b, o, d or h after the quote of \(number.text)", found: "'\(rest.prefix(1))'"), at: number.at)
        }
        let digits = rest.dropFirst().lowercased()
        guard !digits.isEmpty else { throw NetlistError(.expected("digits after the base of \(number.text)", found: "nothing"), at: number.at) }
        var size: Int?
        if !sizeText.isEmpty {
            guard let width = Int(sizeText), width > 0, width <= bitLimit else {
                throw NetlistError(.unsupported("constant width \(sizeText) is not between 1 and the limit of \(bitLimit) bits"), at: number.at)
            }
            size = width
        }
        var bits: [NetExpression.ConstantBit] = []
        switch base {
        case "d":
            if digits == "x" || digits == "z" || digits == "?" {
                bits = [digits == "x" ? .unknown : .highImpedance]
            } else {
                guard let value = UInt64(digits) else {
                    throw NetlistError(.expected("decimal digits that fit in 64 bits in \(number.text)", found: "'\(digits)'"), at: number.at)
                }
                bits = Self.bits(of: value, width: Self.significantBits(value))
            }
        default:
            let perDigit = base == "b" ? 1 : base == "o" ? 3 : 4
            guard digits.count * perDigit <= bitLimit + 4 else {
                throw NetlistError(.unsupported("constant \(number.text.prefix(40))… is wider than the limit of \(bitLimit) bits"), at: number.at)
            }
            bits.reserveCapacity(digits.count * perDigit)
            for digit in digits {
                if digit == "x" || digit == "z" || digit == "?" {
                    bits += Array(repeating: digit == "x" ? .unknown : .highImpedance, count: perDigit)
                } else if let value = digit.hexDigitValue, value < 1 << perDigit {
                    for k in (0 ..< perDigit).reversed() { bits.append(value >> k & 1 == 1 ? .one : .zero) }
                } else {
                    throw NetlistError(.expected("a base-\(1 << perDigit) digit in \(number.text)", found: "'\(digit)'"), at: number.at)
                }
            }
        }
        let width = size ?? max(32, bits.count)
        if bits.count > width {
            bits.removeFirst(bits.count - width)
        } else if bits.count < width {
            let fill: NetExpression.ConstantBit = bits.first == .unknown || bits.first == .highImpedance ? bits[0] : .zero
            bits.insert(contentsOf: repeatElement(fill, count: width - bits.count), at: 0)
        }
        return (bits, size != nil)
    }

    /// How many bits `value` needs (at least one).
    private static func significantBits(_ value: UInt64) -> Int { max(1, 64 - value.leadingZeroBitCount) }

    /// The low `width` bits of `value`, most significant first.
    private static func bits(of value: UInt64, width: Int) -> [NetExpression.ConstantBit] {
        (0 ..< width).reversed().map { $0 < 64 && (value >> UInt64($0)) & 1 == 1 ? .one : .zero }
    }
}
