/// Tcl's `expr` for the arithmetic SDC files use, once `SDCParser` has substituted `$variables`
/// and `[commands]` (each by its number in parentheses): integer and floating-point numbers
/// (`5`, `.2`, `1e-3`, `0x1f`), unary `-` `+`, binary `*` `/` `%` `+` `-` with the usual
/// precedence, and parentheses. As in Tcl, integers stay integers (`5 / 2` is 2, rounded toward
/// −∞) until a floating-point operand makes the result floating.
struct TclExpression {
    /// A Tcl number.
    enum Number: Equatable {
        case integer(Int)
        case real(Double)

        var double: Double {
            switch self {
            case .integer(let value): Double(value)
            case .real(let value): value
            }
        }

        /// The number as Tcl prints it: `2`, `2.5`, `1.0`, `1e-05`.
        var text: String {
            switch self {
            case .integer(let value): String(value)
            case .real(let value): value.description
            }
        }
    }

    /// Deepest parenthesis nesting accepted (the evaluator recurses per level).
    static let maxNesting = 100

    private let bytes: [UInt8]
    private var pos = 0
    private var depth = 0

    /// Evaluates `text`.
    /// - Throws: `SDCParser.Failure` for a malformed expression or a division by zero.
    /// - Complexity: O(length of `text`)
    static func evaluate(_ text: String) throws -> Number {
        var expression = TclExpression(bytes: Array(text.utf8))
        let value = try expression.sum()
        expression.skipBlanks()
        guard expression.pos == expression.bytes.count else { throw expression.fail("an operator or the end of the expression") }
        return value
    }

    /// `text` as a Tcl number (blanks around it allowed), or `nil`. - Complexity: O(length)
    static func number(_ text: String) -> Number? {
        var expression = TclExpression(bytes: Array(text.utf8))
        expression.skipBlanks()
        var sign = 1
        if let b = expression.byte(), b == UInt8(ascii: "-") || b == UInt8(ascii: "+") {
            sign = b == UInt8(ascii: "-") ? -1 : 1
            expression.pos += 1
        }
        guard let value = try? expression.literal() else { return nil }
        expression.skipBlanks()
        guard expression.pos == expression.bytes.count else { return nil }
        switch value {
        case .integer(let v): return .integer(sign * v)
        case .real(let v): return .real(Double(sign) * v)
        }
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    private func byte() -> UInt8? { pos < bytes.count ? bytes[pos] : nil }

    private mutating func skipBlanks() {
        while let b = byte(), b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D { pos += 1 }
    }

    private func fail(_ expected: String) -> SDCParser.Failure {
        let rest = String(decoding: bytes[pos...].prefix(20), as: UTF8.self)
        return .error("expr: expected \(expected), found \(rest.isEmpty ? "the end" : "'\(SDCParser.shown(rest))'") in '\(SDCParser.shown(String(decoding: bytes, as: UTF8.self)))'")
    }

    private mutating func sum() throws -> Number {
        var value = try product()
        while true {
            skipBlanks()
            guard let op = byte(), op == UInt8(ascii: "+") || op == UInt8(ascii: "-") else { return value }
            pos += 1
            value = try Self.apply(op, value, try product())
        }
    }

    private mutating func product() throws -> Number {
        var value = try unary()
        while true {
            skipBlanks()
            guard let op = byte(), op == UInt8(ascii: "*") || op == UInt8(ascii: "/") || op == UInt8(ascii: "%") else { return value }
            pos += 1
            value = try Self.apply(op, value, try unary())
        }
    }

    private mutating func unary() throws -> Number {
        skipBlanks()
        if let op = byte(), op == UInt8(ascii: "-") || op == UInt8(ascii: "+") {
            pos += 1
            let value = try unary()
            guard op == UInt8(ascii: "-") else { return value }
            switch value {
            case .integer(let v):
                guard v != Int.min else { throw SDCParser.Failure.error("expr: integer overflow") }
                return .integer(-v)
            case .real(let v): return .real(-v)
            }
        }
        return try primary()
    }

    private mutating func primary() throws -> Number {
        skipBlanks()
        guard let b = byte() else { throw fail("a number or '('") }
        switch b {
        case UInt8(ascii: "("):
            depth += 1
            defer { depth -= 1 }
            guard depth <= Self.maxNesting else { throw SDCParser.Failure.error("expr: parentheses nested deeper than \(Self.maxNesting) levels") }
            pos += 1
            let value = try sum()
            skipBlanks()
            guard byte() == UInt8(ascii: ")") else { throw fail("')'") }
            pos += 1
            return value
        default:
            return try literal()
        }
    }

    /// An unsigned number: decimal or `0x` hexadecimal integer, or a decimal fraction with an
    /// optional exponent.
    private mutating func literal() throws -> Number {
        let start = pos
        if byte() == UInt8(ascii: "0"), pos + 1 < bytes.count, bytes[pos + 1] | 0x20 == UInt8(ascii: "x") {
            pos += 2
            let digits = pos
            while let c = byte(), c.isHexDigit { pos += 1 }
            guard pos > digits, let value = Int(String(decoding: bytes[digits ..< pos], as: UTF8.self), radix: 16) else {
                throw fail("hexadecimal digits")
            }
            return .integer(value)
        }
        var real = false
        while let c = byte(), c >= 0x30 && c <= 0x39 { pos += 1 }
        if byte() == UInt8(ascii: ".") {
            real = true
            pos += 1
            while let c = byte(), c >= 0x30 && c <= 0x39 { pos += 1 }
        }
        guard pos > start, pos > start + 1 || bytes[start] != UInt8(ascii: ".") else {
            pos = start
            throw fail("a number or '('")
        }
        if let e = byte(), e | 0x20 == UInt8(ascii: "e") {
            var end = pos + 1
            if end < bytes.count, bytes[end] == UInt8(ascii: "-") || bytes[end] == UInt8(ascii: "+") { end += 1 }
            let digits = end
            while end < bytes.count, bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
            if end > digits {
                real = true
                pos = end
            }
        }
        let text = String(decoding: bytes[start ..< pos], as: UTF8.self)
        if !real, let value = Int(text) { return .integer(value) }
        guard let value = Double(text), value.isFinite else { throw SDCParser.Failure.error("expr: '\(text)' is out of range") }
        return .real(value)
    }

    private static func apply(_ op: UInt8, _ a: Number, _ b: Number) throws -> Number {
        if case let .integer(x) = a, case let .integer(y) = b {
            let result: (Int, Bool)
            switch op {
            case UInt8(ascii: "+"): result = x.addingReportingOverflow(y)
            case UInt8(ascii: "-"): result = x.subtractingReportingOverflow(y)
            case UInt8(ascii: "*"): result = x.multipliedReportingOverflow(by: y)
            default:
                guard y != 0 else { throw SDCParser.Failure.error("expr: divide by zero") }
                guard !(x == Int.min && y == -1) else { throw SDCParser.Failure.error("expr: integer overflow") }
                var quotient = x / y, remainder = x % y
                if remainder != 0, (remainder < 0) != (y < 0) {  // Tcl rounds toward −∞
                    quotient -= 1
                    remainder += y
                }
                result = (op == UInt8(ascii: "/") ? quotient : remainder, false)
            }
            guard !result.1 else { throw SDCParser.Failure.error("expr: integer overflow") }
            return .integer(result.0)
        }
        let (x, y) = (a.double, b.double)
        let value: Double
        switch op {
        case UInt8(ascii: "+"): value = x + y
        case UInt8(ascii: "-"): value = x - y
        case UInt8(ascii: "*"): value = x * y
        case UInt8(ascii: "/"):
            guard y != 0 else { throw SDCParser.Failure.error("expr: divide by zero") }
            value = x / y
        default: throw SDCParser.Failure.error("expr: '%' takes integers")
        }
        guard value.isFinite else { throw SDCParser.Failure.error("expr: the result is not a finite number") }
        return .real(value)
    }
}

private extension UInt8 {
    var isHexDigit: Bool { (self >= 0x30 && self <= 0x39) || (self | 0x20 >= 0x61 && self | 0x20 <= 0x66) }
}
