/// Parses SPEF (IEEE 1481) into `Parasitics`: the header and its units, `*NAME_MAP`,
/// `*POWER_NETS` / `*GROUND_NETS`, `*PORTS`, and detailed nets (`*D_NET` with `*CONN`, `*CAP`,
/// `*RES`, `*INDUC`, `*END`). Reduced nets (`*R_NET`), physical nets and hierarchical
/// `*DEFINE`s are refused with an error saying so.
///
/// Every number is converted to fF, Ω and ps as it is read. Memory is proportional to the file:
/// each element created consumes at least one token of it.
struct SPEFParser {
    private var cursor: SPEFCursor
    private var names = SPEFNames()
    private var ports: [(name: String, direction: Parasitics.Direction)] = []

    private var netNames: [String] = []
    private var netIndex: [String: Int32] = [:]
    private var netLines: [Int] = []
    private var netTotal: [Double] = []
    private var netPinStart: [Int32] = [0]
    private var pins: [Parasitics.Pin] = []
    private var netNodeStart: [Int32] = [0]
    private var nodeNames: [String] = []
    private var nodeGround: [Double] = []
    private var nodeCoupling: [Double] = []
    private var netResistorStart: [Int32] = [0]
    private var resistorNodes: [(Int32, Int32)] = []
    private var resistance: [Double] = []
    private var netCouplingStart: [Int32] = [0]
    private var couplings: [Parasitics.Coupling] = []
    /// The nodes of the net being read: key (`u1:A`, `net:3`, `port`) → node.
    private var localNodes: [String: Int32] = [:]
    /// Node and pin tokens as spelled in the file → split and resolved.
    private var splits: [String: SPEFNames.Split] = [:]

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { cursor = SPEFCursor(bytes) }

    /// Parses a whole SPEF file.
    /// - Throws: `NetlistError` (line, column, what was expected). - Complexity: O(n log n) worst
    ///   case for the name dictionaries, O(n) expected, n the file size.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Parasitics {
        var parser = SPEFParser(bytes)
        return try parser.run()
    }

    private mutating func run() throws -> Parasitics {
        while let token = try cursor.next() {
            let word = cursor.text(token)
            guard cursor.isKeyword(token) else { throw expected("a SPEF keyword such as *D_NET", found: token) }
            switch word {
            case "*SPEF": names.header.standard = try string(after: word)
            case "*DESIGN": names.header.design = try string(after: word)
            case "*DATE": names.header.date = try string(after: word)
            case "*VENDOR": names.header.vendor = try string(after: word)
            case "*PROGRAM": names.header.program = try string(after: word)
            case "*VERSION": names.header.version = try string(after: word)
            case "*DESIGN_FLOW": names.header.designFlow = try wordsUntilKeyword().map(unquoted)
            case "*DIVIDER": names.header.divider = try character(after: word)
            case "*DELIMITER": names.header.delimiter = try character(after: word)
            case "*BUS_DELIMITER": try busDelimiter()
            case "*T_UNIT", "*C_UNIT", "*R_UNIT", "*L_UNIT": try unit(word)
            case "*NAME_MAP": try nameMap()
            case "*POWER_NETS": names.header.powerNets = try wordsUntilKeyword().map { try names.resolve(bytes($0), at: $0.location) }
            case "*GROUND_NETS": names.header.groundNets = try wordsUntilKeyword().map { try names.resolve(bytes($0), at: $0.location) }
            case "*PORTS", "*PHYSICAL_PORTS": try portList()
            case "*D_NET": try net(at: token.location)
            case "*R_NET", "*D_PNET", "*R_PNET", "*DEFINE", "*PDEFINE", "*VARIATION_PARAMETERS":
                throw NetlistError(.unsupported("\(word) is not supported: graphtool reads flat SPEF with detailed nets (*D_NET); write the parasitics flat and detailed"), at: token.location)
            default:
                throw expected("a SPEF header or section keyword (*DESIGN, *C_UNIT, *NAME_MAP, *PORTS, *D_NET, …)", found: token)
            }
        }
        resolveCouplings()
        let parasitics = Parasitics(
            header: names.header, ports: ports, netNames: netNames, netTotalCapacitance: netTotal,
            netPinStart: netPinStart, pins: pins, netNodeStart: netNodeStart, nodeNames: nodeNames,
            nodeGroundCapacitance: nodeGround, nodeCouplingCapacitance: nodeCoupling,
            netResistorStart: netResistorStart, resistorNodes: resistorNodes, resistance: resistance,
            netCouplingStart: netCouplingStart, couplings: couplings, netIndex: netIndex)
        parasitics._checkInvariants()
        return parasitics
    }

    // MARK: - Header

    private mutating func string(after keyword: String) throws -> String {
        guard let token = try cursor.next(), !cursor.isKeyword(token) else {
            throw expected("a value after \(keyword)", found: try cursor.peek())
        }
        return unquoted(token)
    }

    private mutating func character(after keyword: String) throws -> UInt8 {
        guard let token = try cursor.next(), token.bytes.count == 1 else {
            throw expected("one character after \(keyword)", found: try cursor.peek())
        }
        return cursor.input[token.bytes.lowerBound]
    }

    /// `*BUS_DELIMITER [ ]`, `*BUS_DELIMITER []` or `*BUS_DELIMITER :` (no closing bracket).
    private mutating func busDelimiter() throws {
        if let both = try cursor.peek(), both.bytes.count == 2, !cursor.isKeyword(both) {
            _ = try cursor.next()
            names.header.busOpen = cursor.input[both.bytes.lowerBound]
            names.header.busClose = cursor.input[both.bytes.lowerBound + 1]
            return
        }
        names.header.busOpen = try character(after: "*BUS_DELIMITER")
        names.header.busClose = 0
        if let next = try cursor.peek(), next.bytes.count == 1, !cursor.isKeyword(next) {
            names.header.busClose = cursor.input[next.bytes.lowerBound]
            _ = try cursor.next()
        }
    }

    /// `*C_UNIT 1 PF`: the factor to graphtool's units.
    private mutating func unit(_ keyword: String) throws {
        let value = try number("a unit multiplier after \(keyword)")
        guard value > 0 else { throw NetlistError(.expected("a positive unit multiplier after \(keyword)", found: "\(value)"), at: cursor.location) }
        guard let token = try cursor.next() else { throw expected("a unit name after \(keyword)", found: nil) }
        let allowed = SPEFUnits.scales[keyword]!
        guard let scale = allowed[cursor.text(token).uppercased()] else {
            throw expected("one of \(allowed.keys.sorted().joined(separator: ", ")) after \(keyword)", found: token)
        }
        switch keyword {
        case "*T_UNIT": names.header.units.picosecondsPerUnit = value * scale
        case "*C_UNIT": names.header.units.femtofaradsPerUnit = value * scale
        case "*R_UNIT": names.header.units.ohmsPerUnit = value * scale
        default: names.header.units.henriesPerUnit = value * scale
        }
    }

    /// `*NAME_MAP` lines `*12 name` up to the next keyword.
    private mutating func nameMap() throws {
        while let token = try cursor.peek(), !cursor.isKeyword(token) {
            _ = try cursor.next()
            guard let index = SPEFNames.reference(bytes(token)) else {
                throw expected("a name-map index such as *12", found: token)
            }
            guard let name = try cursor.next(), !cursor.isKeyword(name) else {
                throw expected("the name of \(cursor.text(token))", found: try cursor.peek())
            }
            names.map[index] = names.normalized(bytes(name))
        }
    }

    /// `*PORTS` lines `name I|O|B [*C x y] [*L c] [*S r f] [*D cell]`.
    private mutating func portList() throws {
        while let token = try cursor.peek(), !cursor.isKeyword(token) {
            _ = try cursor.next()
            let name = try names.resolve(bytes(token), at: token.location)
            let direction = try self.direction()
            _ = try attributes()
            ports.append((name, direction))
        }
    }

    // MARK: - Nets

    /// `*D_NET name total [*V x]`, then `*CONN`, `*CAP`, `*RES`, `*INDUC` sections and `*END`.
    private mutating func net(at location: NetlistLocation) throws {
        guard let nameToken = try cursor.next(), !cursor.isKeyword(nameToken) else {
            throw expected("a net name after *D_NET", found: try cursor.peek())
        }
        let name = try names.resolve(bytes(nameToken), at: nameToken.location)
        let net = Int32(netNames.count)
        if let first = netIndex[name] {
            throw NetlistError(.invalid("net '\(name)' is described twice (first at line \(netLines[Int(first)])); each *D_NET must name a different net"), at: location)
        }
        let total = try number("the total capacitance of net '\(name)'") * names.header.units.femtofaradsPerUnit
        if let next = try cursor.peek(), cursor.token(next, is: "*V") {
            _ = try cursor.next()
            _ = try number("a routing confidence after *V")
        }
        netNames.append(name)
        netIndex[name] = net
        netLines.append(location.line)
        netTotal.append(total)
        localNodes.removeAll(keepingCapacity: true)
        sections: while true {
            guard let token = try cursor.next() else { throw expected("*END closing net '\(name)'", found: nil) }
            switch cursor.text(token) {
            case "*CONN": try connections()
            case "*CAP": try capacitors(net: name)
            case "*RES": try resistors()
            case "*INDUC": try inductors()
            case "*END": break sections
            default: throw expected("*CONN, *CAP, *RES, *INDUC or *END in net '\(name)'", found: token)
            }
        }
        netPinStart.append(Int32(pins.count))
        netNodeStart.append(Int32(nodeNames.count))
        netResistorStart.append(Int32(resistorNodes.count))
        netCouplingStart.append(Int32(couplings.count))
    }

    /// `*P port dir …`, `*I instance:pin dir …` and `*N net:k *C x y` entries.
    private mutating func connections() throws {
        while let token = try cursor.peek() {
            let isPort = cursor.token(token, is: "*P"), isInstance = cursor.token(token, is: "*I")
            if cursor.token(token, is: "*N") {
                _ = try cursor.next()
                let node = try nodeToken("an internal node after *N")
                _ = try self.node(node)
                _ = try attributes()
                continue
            }
            guard isPort || isInstance else { return }
            _ = try cursor.next()
            let token = try nodeToken(isPort ? "a port after *P" : "instance:pin after *I")
            let split = try self.split(token)
            if isInstance, split.suffix == nil {
                throw expected("instance\(Character(Unicode.Scalar(names.header.delimiter)))pin after *I", found: token)
            }
            let direction = try self.direction()
            let (load, cell) = try attributes()
            let node = localNode(split.key)
            pins.append(Parasitics.Pin(instance: isPort ? nil : split.prefix, name: isPort ? split.key : split.suffix!,
                                       direction: direction, node: node, load: load, drivingCell: cell))
        }
    }

    /// `id node cap` (ground) and `id node other cap` (coupling) entries.
    private mutating func capacitors(net: String) throws {
        while let first = try cursor.peek(), !cursor.isKeyword(first) {
            try entryID()
            let a = try nodeToken("a node of a capacitor")
            guard let next = try cursor.peek() else { throw expected("a capacitance or a second node", found: nil) }
            if let value = Self.parseNumber(bytes(next)) {
                _ = try cursor.next()
                let node = try self.node(a)
                nodeGround[Int(node)] += value * names.header.units.femtofaradsPerUnit
                continue
            }
            let b = try nodeToken("the second node of a coupling capacitor")
            let value = try number("the capacitance of a coupling capacitor") * names.header.units.femtofaradsPerUnit
            let splitA = try split(a), splitB = try split(b)
            let (mine, other) = belongs(splitA, to: net) || !belongs(splitB, to: net) ? (splitA, splitB) : (splitB, splitA)
            let node = localNode(mine.key)
            nodeCoupling[Int(node)] += value
            couplings.append(Parasitics.Coupling(node: node, otherNode: other.key, otherNet: nil, capacitance: value))
        }
    }

    /// `id node node ohms` entries.
    private mutating func resistors() throws {
        while let first = try cursor.peek(), !cursor.isKeyword(first) {
            try entryID()
            let a = try node(nodeToken("a node of a resistor"))
            let b = try node(nodeToken("the second node of a resistor"))
            let ohms = try number("a resistance") * names.header.units.ohmsPerUnit
            resistorNodes.append((a, b))
            resistance.append(ohms)
        }
    }

    /// `id node node henries` entries: checked, not kept.
    private mutating func inductors() throws {
        while let first = try cursor.peek(), !cursor.isKeyword(first) {
            try entryID()
            _ = try nodeToken("a node of an inductor")
            _ = try nodeToken("the second node of an inductor")
            _ = try number("an inductance")
        }
    }

    // MARK: - Entries

    /// Whether a node belongs to the net being read: one of its pins or nodes so far, or an
    /// internal node `net:k` of it.
    private func belongs(_ split: SPEFNames.Split, to net: String) -> Bool {
        localNodes[split.key] != nil || (split.suffix != nil && split.prefix == net)
    }

    /// The node of the net being read with this key, added when new.
    private mutating func localNode(_ key: String) -> Int32 {
        if let node = localNodes[key] { return node }
        let node = Int32(nodeNames.count)
        localNodes[key] = node
        nodeNames.append(key)
        nodeGround.append(0)
        nodeCoupling.append(0)
        return node
    }

    private mutating func node(_ token: SPEFCursor.Token) throws -> Int32 {
        localNode(try split(token).key)
    }

    /// A node or pin token split and resolved (`SPEFNames.split`), remembered by its spelling:
    /// a node appears in several entries and nets, and most spellings (`*1922:A`) are short
    /// enough for Swift's inline strings, so the look-up allocates nothing.
    private mutating func split(_ token: SPEFCursor.Token) throws -> SPEFNames.Split {
        let spelling = cursor.text(token)
        if let known = splits[spelling] { return known }
        let split = try names.split(bytes(token), at: token.location)
        splits[spelling] = split
        return split
    }

    /// The next token, which must be a name, not a keyword.
    private mutating func nodeToken(_ what: String) throws -> SPEFCursor.Token {
        guard let token = try cursor.next(), !cursor.isKeyword(token) else {
            throw expected(what, found: try cursor.peek())
        }
        return token
    }

    /// The number that starts an entry.
    private mutating func entryID() throws {
        let token = try cursor.next()
        guard let token, bytes(token).allSatisfy({ (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains($0) }) else {
            throw expected("an entry number or a section keyword", found: token)
        }
    }

    /// `I`, `O` or `B`.
    private mutating func direction() throws -> Parasitics.Direction {
        guard let token = try cursor.next() else { throw expected("a direction (I, O or B)", found: nil) }
        switch cursor.text(token) {
        case "I": return .input
        case "O": return .output
        case "B": return .bidirectional
        default: throw expected("a direction (I, O or B)", found: token)
        }
    }

    /// The optional `*C x y`, `*L c`, `*S r f` and `*D cell` after a connection: its load (fF)
    /// and driving cell.
    private mutating func attributes() throws -> (load: Double?, cell: String?) {
        var load: Double?, cell: String?
        while let token = try cursor.peek() {
            if cursor.token(token, is: "*C") || cursor.token(token, is: "*S") {
                _ = try cursor.next()
                _ = try number("a number after \(cursor.text(token))")
                _ = try number("a second number after \(cursor.text(token))")
            } else if cursor.token(token, is: "*L") {
                _ = try cursor.next()
                load = try number("a load after *L") * names.header.units.femtofaradsPerUnit
            } else if cursor.token(token, is: "*D") {
                _ = try cursor.next()
                guard let name = try cursor.next() else { throw expected("a cell name after *D", found: nil) }
                cell = cursor.text(name)
            } else {
                return (load, cell)
            }
        }
        return (load, cell)
    }

    private mutating func wordsUntilKeyword() throws -> [SPEFCursor.Token] {
        var words: [SPEFCursor.Token] = []
        while let token = try cursor.peek(), !cursor.isKeyword(token) {
            words.append(token)
            _ = try cursor.next()
        }
        return words
    }

    /// The next token as a number.
    private mutating func number(_ what: String) throws -> Double {
        guard let token = try cursor.next() else { throw expected(what, found: nil) }
        guard let value = Self.parseNumber(bytes(token)) else { throw expected(what, found: token) }
        return value
    }

    /// A decimal number (`12`, `-.5`, `3.2e-05`), or `nil` for anything else: up to 19
    /// significant digits scaled by an exact power of ten, else through the standard library.
    /// - Complexity: O(token)
    static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var k = 0, negative = false
        if k < bytes.count, bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "+") {
            negative = bytes[k] == UInt8(ascii: "-")
            k += 1
        }
        var mantissa: UInt64 = 0, digits = 0, scale = 0, sawDigit = false
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0") ... UInt8(ascii: "9")).contains(byte) }
        while k < bytes.count, isDigit(bytes[k]) {
            sawDigit = true
            if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[k] - UInt8(ascii: "0")); if mantissa > 0 { digits += 1 } } else { scale += 1 }
            k += 1
        }
        if k < bytes.count, bytes[k] == UInt8(ascii: ".") {
            k += 1
            while k < bytes.count, isDigit(bytes[k]) {
                sawDigit = true
                if digits < 19 { mantissa = mantissa * 10 + UInt64(bytes[k] - UInt8(ascii: "0")); if mantissa > 0 { digits += 1 }; scale -= 1 }
                k += 1
            }
        }
        guard sawDigit else { return nil }
        if k < bytes.count, bytes[k] == UInt8(ascii: "e") || bytes[k] == UInt8(ascii: "E") {
            k += 1
            var exponentNegative = false
            if k < bytes.count, bytes[k] == UInt8(ascii: "-") || bytes[k] == UInt8(ascii: "+") {
                exponentNegative = bytes[k] == UInt8(ascii: "-")
                k += 1
            }
            var exponent = 0, exponentDigits = 0
            while k < bytes.count, isDigit(bytes[k]) {
                exponent = min(exponent * 10 + Int(bytes[k] - UInt8(ascii: "0")), 100_000)
                exponentDigits += 1
                k += 1
            }
            guard exponentDigits > 0 else { return nil }
            scale += exponentNegative ? -exponent : exponent
        }
        guard k == bytes.count else { return nil }
        let value: Double
        if mantissa < 1 << 53, abs(scale) <= 22 {
            value = scale < 0 ? Double(mantissa) / exactPowersOfTen[-scale] : Double(mantissa) * exactPowersOfTen[scale]
        } else {
            guard let parsed = Double(String(decoding: bytes, as: UTF8.self)), parsed.isFinite else { return nil }
            return parsed
        }
        return negative ? -value : value
    }

    /// 10⁰ … 10²², each exact in a Double.
    private static let exactPowersOfTen: [Double] = (0 ... 22).reduce(into: []) { powers, k in powers.append(k == 0 ? 1 : powers[k - 1] * 10) }

    // MARK: - After the last net

    /// Finds the net of the other node of every coupling capacitor: a pin or port of some net's
    /// `*CONN`, or an internal node `net:k`.
    private mutating func resolveCouplings() {
        var pinNet: [String: Int32] = [:]
        for net in 0 ..< netNames.count {
            for pin in Int(netPinStart[net]) ..< Int(netPinStart[net + 1]) {
                pinNet[nodeNames[Int(pins[pin].node)]] = Int32(net)
            }
        }
        for c in couplings.indices {
            let key = couplings[c].otherNode
            if let net = pinNet[key] {
                couplings[c].otherNet = net
            } else if let colon = key.lastIndex(of: ":") {
                couplings[c].otherNet = netIndex[String(key[..<colon])]
            }
        }
    }

    // MARK: - Helpers

    private func bytes(_ token: SPEFCursor.Token) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: cursor.input[token.bytes])
    }

    private func unquoted(_ token: SPEFCursor.Token) -> String {
        let text = cursor.text(token)
        return text.count >= 2 && text.hasPrefix("\"") && text.hasSuffix("\"") ? String(text.dropFirst().dropLast()) : text
    }

    private func expected(_ what: String, found token: SPEFCursor.Token?) -> NetlistError {
        guard let token else { return NetlistError(.expected(what, found: "the end of the file"), at: cursor.location) }
        var shown = cursor.text(token)
        if shown.count > 40 { shown = String(shown.prefix(40)) + "…" }
        return NetlistError(.expected(what, found: "'\(shown)'"), at: token.location)
    }
}
