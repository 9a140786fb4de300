/// Parses OpenQASM 2.0 (the grammar of Cross et al., arXiv:1707.03429, with what Qiskit's
/// non-strict reader also accepts: no `OPENQASM 2.0;` line, empty statements, trailing commas in
/// lists, names with an uppercase first letter) and reports each statement to a ``QASMVisitor``.
///
/// `include "qelib1.inc"` is reported as ``QASMVisitor/includeStandardGates(at:)``; any other
/// include is read through `resolveInclude` and parsed in place (at most
/// ``maxIncludeDepth`` deep).
struct QASMParser {
    /// Reads an included file: its bytes and the name errors in it should show.
    typealias IncludeResolver = (_ path: String, _ location: QASMLocation) throws -> (bytes: [UInt8], file: String)

    /// How deeply includes and parentheses may nest.
    static let maxIncludeDepth = 8
    static let maxExpressionDepth = 128

    private var lexer: QASMLexer
    private var current: QASMToken
    private let file: String?
    private let resolveInclude: IncludeResolver
    private let includeDepth: Int
    private var expressionDepth = 0

    init(_ bytes: [UInt8], file: String?, includeDepth: Int = 0, resolveInclude: @escaping IncludeResolver) throws {
        lexer = QASMLexer(bytes, file: file)
        current = try lexer.next()
        self.file = file
        self.resolveInclude = resolveInclude
        self.includeDepth = includeDepth
    }

    /// Parses the whole program, reporting it to `visitor`.
    /// - Throws: `QASMError` at the first syntax error, or what the visitor throws.
    /// - Complexity: O(file size) plus the visitor's work.
    mutating func parse<V: QASMVisitor>(into visitor: inout V) throws {
        if current.isIdentifier("OPENQASM") {
            try version()
        }
        while current.kind != .end {
            try statement(into: &visitor)
        }
    }

    // MARK: - Statements

    private mutating func version() throws {
        try advance()
        guard current.kind == .real || current.kind == .integer else { throw expected("the version number 2.0") }
        guard current.text == "2" || current.text.hasPrefix("2.") else {
            throw QASMError(.invalid("OpenQASM \(current.text) is not supported; graphtool reads OpenQASM 2"), at: current.location, file: file)
        }
        try advance()
        try expectSymbol(";", after: "the version")
    }

    private mutating func statement<V: QASMVisitor>(into visitor: inout V) throws {
        let token = current
        if token.isSymbol(";") { return try advance() }
        guard token.kind == .identifier else { throw expected("a statement") }
        switch token.text {
        case "OPENQASM":
            throw QASMError(.invalid("'OPENQASM' may only be the first statement"), at: token.location, file: file)
        case "include":
            try advance()
            guard current.kind == .string else { throw expected("the file name in quotes") }
            let path = current.text, location = current.location
            try advance()
            try expectSymbol(";", after: "the include")
            try include(path, at: location, into: &visitor)
        case "qreg", "creg":
            try advance()
            let name = try identifier("the register name")
            try expectSymbol("[", after: "the register name")
            let size = try integer("the register size")
            try expectSymbol("]", after: "the register size")
            try expectSymbol(";", after: "the register declaration")
            try visitor.register(name, size: size, quantum: token.text == "qreg", at: token.location)
        case "gate":
            try visitor.gateDefinition(try gateDefinition())
        case "opaque":
            try advance()
            let name = try identifier("the gate name")
            let parameters = current.isSymbol("(") ? try nameList(in: "(", ")", what: "a parameter name") : []
            let qubits = try nameList(until: ";", what: "a qubit name")
            try advance()
            try visitor.opaqueGate(name, parameterCount: parameters.count, qubitCount: qubits.count, at: token.location)
        case "if":
            try advance()
            try expectSymbol("(", after: "'if'")
            let registerLocation = current.location
            let register = try identifier("a classical register")
            try expectSymbol("==", after: "the register")
            let valueToken = current
            let value = try integer("the integer to compare with")
            guard let compared = UInt64(exactly: value) else {
                throw QASMError(.invalid("the value \(valueToken.text) does not fit in 64 bits"), at: valueToken.location, file: file)
            }
            try expectSymbol(")", after: "the condition")
            guard !current.isIdentifier("barrier") else {
                throw QASMError(.expected("a gate call, 'measure' or 'reset' after the condition", found: "'barrier'"), at: current.location, file: file)
            }
            var conditioned = try quantumStatement()
            conditioned.condition = (register, compared, registerLocation)
            conditioned.location = token.location
            try visitor.statement(conditioned)
        default:
            try visitor.statement(try quantumStatement())
        }
    }

    private mutating func include<V: QASMVisitor>(_ path: String, at location: QASMLocation, into visitor: inout V) throws {
        if path == "qelib1.inc" { return try visitor.includeStandardGates(at: location) }
        guard includeDepth < Self.maxIncludeDepth else {
            throw QASMError(.limit("includes nest more than \(Self.maxIncludeDepth) deep (an include cycle?)"), at: location, file: file)
        }
        let included = try resolveInclude(path, location)
        var parser = try QASMParser(included.bytes, file: included.file, includeDepth: includeDepth + 1, resolveInclude: resolveInclude)
        try parser.parse(into: &visitor)
    }

    /// A gate call, `measure`, `reset` or `barrier`, up to and including its `;`.
    private mutating func quantumStatement() throws -> QASMStatement {
        let start = current
        let name = try identifier("a statement")
        switch name {
        case "measure":
            let qubit = try argument()
            try expectSymbol("->", after: "the measured qubit")
            let bit = try argument()
            try expectSymbol(";", after: "the measurement")
            return QASMStatement(kind: .measure, arguments: [qubit, bit], condition: nil, location: start.location)
        case "reset":
            let qubit = try argument()
            try expectSymbol(";", after: "the reset qubit")
            return QASMStatement(kind: .reset, arguments: [qubit], condition: nil, location: start.location)
        case "barrier":
            return QASMStatement(kind: .barrier, arguments: try argumentList(), condition: nil, location: start.location)
        default:
            var parameters: [Double] = []
            if current.isSymbol("(") {
                parameters = try expressionList(parameterNames: []).map { $0.evaluate([]) }
            }
            return QASMStatement(kind: .gate(name, parameters: parameters), arguments: try argumentList(),
                                 condition: nil, location: start.location)
        }
    }

    private mutating func gateDefinition() throws -> QASMGateDefinition {
        let location = current.location
        try advance()
        let name = try identifier("the gate name")
        let parameters = current.isSymbol("(") ? try nameList(in: "(", ")", what: "a parameter name") : []
        let qubits = try nameList(until: "{", what: "a qubit name")
        try advance()
        var body: [QASMGateDefinition.Call] = []
        while !current.isSymbol("}") {
            if current.isSymbol(";") {
                try advance()
                continue
            }
            let callLocation = current.location
            let callee = try identifier("a gate call or '}' in the body of '\(name)'")
            let arguments = callee != "barrier" && current.isSymbol("(") ? try expressionList(parameterNames: parameters) : []
            let names = try nameList(until: ";", what: "a qubit name")
            try advance()
            let indices = try names.map { argument in
                guard let index = qubits.firstIndex(where: { $0.name == argument.name }) else {
                    throw QASMError(.invalid("'\(argument.name)' is not a qubit of gate '\(name)' (its qubits: \(qubits.map(\.name).joined(separator: ", ")))"),
                                    at: argument.location, file: file)
                }
                return index
            }
            body.append(.init(name: callee == "barrier" ? nil : callee, parameters: arguments, qubits: indices, location: callLocation))
        }
        try advance()
        return QASMGateDefinition(name: name, parameterCount: parameters.count, qubitCount: qubits.count, body: body, location: location)
    }

    // MARK: - Lists

    /// `a, b, c` up to (not including) `terminator`, distinct names, a trailing comma allowed.
    private mutating func nameList(until terminator: String, what: String) throws -> [(name: String, location: QASMLocation)] {
        var names: [(name: String, location: QASMLocation)] = []
        while !current.isSymbol(terminator) || names.isEmpty {
            let location = current.location
            let name = try identifier(names.isEmpty ? what : "\(what) or '\(terminator)'")
            guard !names.contains(where: { $0.name == name }) else {
                throw QASMError(.invalid("'\(name)' is listed twice"), at: location, file: file)
            }
            names.append((name, location))
            guard current.isSymbol(",") else {
                guard current.isSymbol(terminator) else { throw expected("',' or '\(terminator)'") }
                break
            }
            try advance()
        }
        return names
    }

    /// `( a, b )`, maybe empty, distinct names.
    private mutating func nameList(in open: String, _ close: String, what: String) throws -> [String] {
        try expectSymbol(open, after: "the gate name")
        if current.isSymbol(close) {
            try advance()
            return []
        }
        let names = try nameList(until: close, what: what).map(\.name)
        try advance()
        return names
    }

    /// `( expr, expr )`, maybe empty, a trailing comma allowed.
    private mutating func expressionList(parameterNames: [String]) throws -> [QASMExpression] {
        try advance()
        var expressions: [QASMExpression] = []
        while !current.isSymbol(")") {
            expressions.append(try expression(parameterNames))
            guard current.isSymbol(",") else {
                guard current.isSymbol(")") else { throw expected("',' or ')' in the parameter list") }
                break
            }
            try advance()
        }
        try advance()
        return expressions
    }

    /// `q[0], r, …;` — one or more arguments, a trailing comma allowed, consuming the `;`.
    private mutating func argumentList() throws -> [QASMArgument] {
        var arguments = [try argument()]
        while current.isSymbol(",") {
            try advance()
            if current.isSymbol(";") { break }
            arguments.append(try argument())
        }
        try expectSymbol(";", after: "the arguments")
        return arguments
    }

    /// `name` or `name[index]`.
    private mutating func argument() throws -> QASMArgument {
        let location = current.location
        let name = try identifier("a register name")
        guard current.isSymbol("[") else { return QASMArgument(name: name, index: nil, location: location) }
        try advance()
        let index = try integer("an index")
        try expectSymbol("]", after: "the index")
        return QASMArgument(name: name, index: index, location: location)
    }

    // MARK: - Expressions

    private mutating func expression(_ names: [String]) throws -> QASMExpression {
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        guard expressionDepth <= Self.maxExpressionDepth else {
            throw QASMError(.limit("the expression nests more than \(Self.maxExpressionDepth) deep"), at: current.location, file: file)
        }
        var value = try term(names)
        while current.isSymbol("+") || current.isSymbol("-") {
            let op: QASMExpression.Operator = current.text == "+" ? .add : .subtract
            try advance()
            value = .binary(op, value, try term(names))
        }
        return value
    }

    private mutating func term(_ names: [String]) throws -> QASMExpression {
        var value = try unary(names)
        while current.isSymbol("*") || current.isSymbol("/") {
            let op: QASMExpression.Operator = current.text == "*" ? .multiply : .divide
            try advance()
            value = .binary(op, value, try unary(names))
        }
        return value
    }

    private mutating func unary(_ names: [String]) throws -> QASMExpression {
        if current.isSymbol("-") || current.isSymbol("+") {
            let negate = current.text == "-"
            try advance()
            let operand = try nested { try $0.unary(names) }
            return negate ? .negate(operand) : operand
        }
        let base = try atom(names)
        guard current.isSymbol("^") else { return base }
        try advance()
        return .binary(.power, base, try nested { try $0.unary(names) })
    }

    private mutating func atom(_ names: [String]) throws -> QASMExpression {
        let token = current
        switch token.kind {
        case .integer, .real:
            try advance()
            guard let value = Double(token.text) else { throw QASMError(.expected("a number", found: token.shown), at: token.location, file: file) }
            return .number(value)
        case .symbol where token.text == "(":
            try advance()
            let inner = try expression(names)
            try expectSymbol(")", after: "the parenthesised expression")
            return inner
        case .identifier:
            try advance()
            if token.text == "pi" { return .number(Double.pi) }
            if let index = names.firstIndex(of: token.text) { return .parameter(index) }
            if let function = QASMExpression.Function(rawValue: token.text) {
                try expectSymbol("(", after: "'\(token.text)'")
                let argument = try expression(names)
                try expectSymbol(")", after: "the argument of '\(token.text)'")
                return .function(function, argument)
            }
            let known = names.isEmpty ? "" : " (the gate's parameters: \(names.joined(separator: ", ")))"
            throw QASMError(.invalid("'\(token.text)' is not a parameter, 'pi' or a function\(known)"), at: token.location, file: file)
        default:
            throw expected("a number, 'pi', a parameter, a function or '('")
        }
    }

    /// Runs `body` one level deeper (unary chains such as `- - - x` nest too).
    private mutating func nested(_ body: (inout QASMParser) throws -> QASMExpression) throws -> QASMExpression {
        expressionDepth += 1
        defer { expressionDepth -= 1 }
        guard expressionDepth <= Self.maxExpressionDepth else {
            throw QASMError(.limit("the expression nests more than \(Self.maxExpressionDepth) deep"), at: current.location, file: file)
        }
        return try body(&self)
    }

    // MARK: - Tokens

    private mutating func advance() throws { current = try lexer.next() }

    private mutating func identifier(_ what: String) throws -> String {
        guard current.kind == .identifier else { throw expected(what) }
        let name = current.text
        try advance()
        return name
    }

    private mutating func integer(_ what: String) throws -> Int {
        guard current.kind == .integer else { throw expected(what) }
        guard let value = Int(current.text) else {
            throw QASMError(.invalid("\(current.text) is too large"), at: current.location, file: file)
        }
        try advance()
        return value
    }

    private mutating func expectSymbol(_ symbol: String, after context: String) throws {
        guard current.isSymbol(symbol) else { throw expected("'\(symbol)' after \(context)") }
        try advance()
    }

    private func expected(_ what: String) -> QASMError {
        QASMError(.expected(what, found: current.shown), at: current.location, file: file)
    }
}
