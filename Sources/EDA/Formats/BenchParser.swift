/// Parses ISCAS `.bench` netlists and reports each line to a `NetlistVisitor`: `INPUT(x)`,
/// `OUTPUT(y)`, `y = GATE(a, b, …)` with GATE one of AND, NAND, OR, NOR, XOR, XNOR (n-ary),
/// NOT, BUF/BUFF and DFF (a latch starting at 0), case-insensitive; also what ABC's
/// `write_bench` emits: `y = vdd`, `y = gnd` and `y = LUT 0xHEX ( a, b, … )` (bit `p` of the
/// hexadecimal truth table is the value when fanin `j` equals bit `j` of `p`). `#` comments.
public enum BenchParser {
    static let gates: [String: NetlistFunction] = [
        "AND": .and, "NAND": .nand, "OR": .or, "NOR": .nor, "XOR": .xor, "XNOR": .xnor,
        "NOT": .not, "BUF": .buffer, "BUFF": .buffer,
    ]

    /// Largest LUT input count accepted (a 2^16-bit table).
    static let maxLUTInputs = 16

    /// Parses `bytes`, calling `visitor` in file order.
    /// - Throws: `NetlistError` (without a file name; `BenchReader` adds it), or what `visitor` throws.
    /// - Complexity: O(n) in the file size, plus O(2^k) per k-input LUT.
    public static func parse<V: NetlistVisitor>(_ bytes: UnsafeBufferPointer<UInt8>, into visitor: inout V) throws {
        var lines = NetlistLines(bytes, continuation: false, separators: Set("(),=".utf8))
        while let tokens = lines.next() {
            var line = TokenLine(tokens: tokens, end: lines.location)
            let first = try line.name("INPUT(…), OUTPUT(…) or a signal name")
            let keyword = first.text.uppercased()
            if (keyword == "INPUT" || keyword == "OUTPUT") && line.peek?.text == "(" {
                try line.expect("(")
                let name = try line.name("a signal name")
                try line.expect(")")
                try line.expectEnd()
                if keyword == "INPUT" {
                    try visitor.input(name.text, at: name.at)
                } else {
                    try visitor.output(name.text, at: name.at)
                }
            } else {
                try line.expect("=")
                try gate(first, &line, into: &visitor)
            }
        }
    }

    /// The right-hand side of `first = …`.
    private static func gate<V: NetlistVisitor>(_ output: NetlistToken, _ line: inout TokenLine, into visitor: inout V) throws {
        let kind = try line.name("a gate type (AND, NAND, OR, NOR, XOR, XNOR, NOT, BUFF, DFF, LUT, vdd, gnd)")
        let type = kind.text.uppercased()
        if type == "VDD" || type == "GND" {
            try line.expectEnd()
            try visitor.gate(output.text, .constant(type == "VDD"), fanins: [], at: output.at)
            return
        }
        var table: NetlistToken?
        if type == "LUT" { table = try line.name("a hexadecimal truth table 0x…") }
        try line.expect("(")
        var fanins: [String] = []
        if line.peek?.text != ")" {
            fanins.append(try line.name("a signal name").text)
            while line.peek?.text == "," {
                line.advance()
                fanins.append(try line.name("a signal name").text)
            }
        }
        try line.expect(")")
        try line.expectEnd()
        if type == "DFF" {
            guard fanins.count == 1 else {
                throw NetlistError(.invalid("DFF driving '\(output.text)' takes 1 input, got \(fanins.count)"), at: output.at)
            }
            try visitor.latch(output.text, next: fanins[0], reset: .zero, at: output.at)
        } else if let table {
            try visitor.gate(output.text, .cover(try lut(table, inputs: fanins.count)), fanins: fanins, at: output.at)
        } else if let function = gates[type] {
            try visitor.gate(output.text, function, fanins: fanins, at: output.at)
        } else {
            throw NetlistError(.expected("a gate type (AND, NAND, OR, NOR, XOR, XNOR, NOT, BUFF, DFF, LUT, vdd, gnd)", found: kind.shown), at: kind.at)
        }
    }

    /// The ON-set cover of a LUT's hexadecimal truth table over `k` inputs.
    private static func lut(_ token: NetlistToken, inputs k: Int) throws -> SOPCover {
        let digits = Array(token.text.utf8.dropFirst(2))
        let rows = 1 << min(k, maxLUTInputs)
        guard token.text.lowercased().hasPrefix("0x"), k <= maxLUTInputs, !digits.isEmpty,
              digits.count <= max(1, rows / 4), digits.allSatisfy({ hexValue($0) != nil }) else {
            throw NetlistError(.expected("a hexadecimal truth table '0x…' of at most \(max(1, rows / 4)) digits for \(k) inputs (at most \(maxLUTInputs))", found: token.shown), at: token.at)
        }
        var cubes: [[UInt8]] = []
        for (i, digit) in digits.reversed().enumerated() {
            let value = hexValue(digit)!
            for bit in 0 ..< 4 where value >> bit & 1 == 1 {
                let p = 4 * i + bit
                guard p < rows else {
                    throw NetlistError(.invalid("LUT truth table \(token.text) sets row \(p), but \(k) inputs have only \(rows) rows"), at: token.at)
                }
                cubes.append((0 ..< k).map { p >> $0 & 1 == 1 ? UInt8(ascii: "1") : UInt8(ascii: "0") })
            }
        }
        return SOPCover(cubes: cubes, onSet: true)
    }

    private static func hexValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0") ... UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a") ... UInt8(ascii: "f"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A") ... UInt8(ascii: "F"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}

/// The tokens of one logical line, read front to back with expectations.
struct TokenLine {
    let tokens: [NetlistToken]
    /// Where the line ends, for "found end of line" messages.
    let end: NetlistLocation
    private(set) var index = 0

    init(tokens: [NetlistToken], end: NetlistLocation) {
        self.tokens = tokens
        self.end = end
    }

    var peek: NetlistToken? { index < tokens.count ? tokens[index] : nil }

    mutating func advance() { index += 1 }

    private func failure(_ what: String) -> NetlistError {
        NetlistError(.expected(what, found: peek?.shown ?? "end of line"), at: peek?.at ?? end)
    }

    /// Reads the punctuation `text`.
    mutating func expect(_ text: String) throws {
        guard peek?.text == text else { throw failure("'\(text)'") }
        index += 1
    }

    /// Reads a name (any token but the punctuation `( ) , =`).
    mutating func name(_ what: String) throws -> NetlistToken {
        guard let token = peek, !["(", ")", ",", "="].contains(token.text) else { throw failure(what) }
        index += 1
        return token
    }

    /// Requires the end of the line.
    func expectEnd() throws {
        if peek != nil { throw failure("the end of the line") }
    }
}
