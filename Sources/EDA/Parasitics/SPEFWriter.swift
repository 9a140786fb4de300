import Foundation

/// Writes `LumpedParasitics` as a SPEF file (IEEE 1481) that `SPEFReader` and OpenSTA read:
/// units fF and Ω, names written out (no name map) with the characters SPEF reserves escaped
/// (a `/`, `[` or `]` of an escaped Verilog identifier too, as OpenSTA reads them: `NS\[0\]`
/// for `\NS[0] `, while the bits of vectors stay `y[0]`),
/// one `*D_NET` per net with parasitics, its `*CONN` pins with their directions, and a `*CAP`
/// section holding the ground capacitance and every coupling capacitor on the net's node
/// (each capacitor listed in both nets, as OpenRCX does). There is no `*RES` section.
public enum SPEFWriter {
    /// The SPEF text of `parasitics` on `netlist`; `isOutput` tells, per netlist pin, whether
    /// the pin drives its net (from the Liberty cell).
    /// - Complexity: O(netlist size + couplings)
    public static func write(_ parasitics: LumpedParasitics, netlist: CellNetlist, isOutput: [Bool], program: String = "graphtool") -> String {
        var lines = ["*SPEF \"IEEE 1481-1998\"", "*DESIGN \"\(netlist.design)\"", "*DATE \"\"", "*VENDOR \"graphtool\"",
                     "*PROGRAM \"\(program)\"", "*VERSION \"1\"", "*DESIGN_FLOW \"PIN_CAP NONE\"", "*DIVIDER /", "*DELIMITER :",
                     "*BUS_DELIMITER [ ]", "*T_UNIT 1 PS", "*C_UNIT 1 FF", "*R_UNIT 1 OHM", "*L_UNIT 1 HENRY", "", "*PORTS"]
        for k in netlist.ports.indices { lines.append("\(escaped(netlist.escapedName(ofPort: k))) \(direction(netlist.ports[k].direction))") }
        // Each net's node: its driver pin, else a driving (input) port, else its first pin or port.
        var anchor = [String?](repeating: nil, count: netlist.netCount)
        for n in 0 ..< netlist.netCount where parasitics.ground[n] != nil {
            let pins = netlist.pins(on: n)
            let ports = netlist.ports(on: n)
            if let driver = pins.first(where: { isOutput[Int($0)] }) { anchor[n] = pinNode(netlist, Int(driver)) }
            else if let port = ports.first(where: { netlist.ports[$0].direction != .output }) { anchor[n] = escaped(netlist.escapedName(ofPort: port)) }
            else if let pin = pins.first { anchor[n] = pinNode(netlist, Int(pin)) }
            else if let port = ports.first { anchor[n] = escaped(netlist.escapedName(ofPort: port)) }
        }
        var couplingsOf = [[(other: Int, capacitance: Double)]](repeating: [], count: netlist.netCount)
        for c in parasitics.couplings where anchor[Int(c.first)] != nil && anchor[Int(c.second)] != nil && c.first != c.second {
            couplingsOf[Int(c.first)].append((Int(c.second), c.capacitance))
            couplingsOf[Int(c.second)].append((Int(c.first), c.capacitance))
        }
        for n in 0 ..< netlist.netCount {
            guard let ground = parasitics.ground[n], let node = anchor[n] else { continue }
            let total = ground + couplingsOf[n].reduce(0) { $0 + $1.capacitance }
            lines.append("")
            lines.append("*D_NET \(escaped(netlist.escapedName(ofNet: n))) \(number(total))")
            lines.append("*CONN")
            for port in netlist.ports(on: n) {
                lines.append("*P \(escaped(netlist.escapedName(ofPort: port))) \(direction(netlist.ports[port].direction))")
            }
            for pin in netlist.pins(on: n) { lines.append("*I \(pinNode(netlist, Int(pin))) \(isOutput[Int(pin)] ? "O" : "I")") }
            lines.append("*CAP")
            lines.append("1 \(node) \(number(ground))")
            for (k, coupling) in couplingsOf[n].enumerated() {
                lines.append("\(k + 2) \(node) \(anchor[coupling.other]!) \(number(coupling.capacitance))")
            }
            lines.append("*END")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `instance:pin`, escaped. - Complexity: O(name)
    static func pinNode(_ netlist: CellNetlist, _ pin: Int) -> String {
        escaped(netlist.escapedName(ofInstance: Int(netlist.pinInstance[pin]))) + ":" + escaped(netlist.pinName(pin))
    }

    /// A name in the form of `CellNetlist.escapedName(ofNet:)` with every other character but
    /// letters, digits, `_`, the divider `/` and bus brackets escaped by a backslash; the
    /// escapes it already has are kept. - Complexity: O(name)
    static func escaped(_ name: String) -> String {
        var out = ""
        var afterEscape = false
        for character in name {
            defer { out.append(character) }
            if afterEscape {
                afterEscape = false
            } else if character == "\\" {
                afterEscape = true
            } else if !(character.isASCII && (character.isLetter || character.isNumber || "_/[]".contains(character))) {
                out.append("\\")
            }
        }
        return out
    }

    static func direction(_ direction: CellNetlist.PortDirection) -> String {
        switch direction {
        case .input: "I"
        case .output: "O"
        case .inout: "B"
        }
    }

    /// A capacitance with six significant digits. - Complexity: O(1)
    static func number(_ value: Double) -> String {
        var text = String(format: "%.6g", value)
        if text == "-0" { text = "0" }
        return text
    }
}
