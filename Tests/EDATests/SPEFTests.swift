import Testing
@testable import EDA

/// The SPEF reader on small hand-written files with hand-worked answers.
@Suite struct SPEFTests {
    /// One net: driver u1/Y, internal node n1:1, loads u2/A and u3/A —
    ///
    ///     u1/Y (1 fF) —100 Ω— n1:1 (2 fF) —200 Ω— u2/A (3 fF)
    ///                              \\—300 Ω— u3/A (4 fF)
    ///
    /// written in `cUnit`/`rUnit` with the numbers scaled to match.
    static func rcTree(cUnit: String = "FF", rUnit: String = "OHM", c: Double = 1, r: Double = 1) -> String {
        """
        *SPEF "IEEE 1481-1998"
        *DESIGN "rc"
        *DIVIDER /
        *DELIMITER :
        *BUS_DELIMITER [ ]
        *T_UNIT 1 NS
        *C_UNIT 1 \(cUnit)
        *R_UNIT 1 \(rUnit)
        *L_UNIT 1 HENRY

        *NAME_MAP
        *1 n1
        *2 u1
        *3 u2
        *4 u3

        *PORTS
        a I
        y O *C 1.0 2.0

        // one detailed net
        *D_NET *1 \(10 * c)
        *CONN
        *I *2:Y O *D BUF
        *I *3:A I *L \(0.5 * c)
        *I *4:A I
        *CAP
        1 *2:Y \(1 * c)
        2 *1:1 \(2 * c)
        3 *3:A \(3 * c)
        4 *4:A \(4 * c)
        *RES
        1 *2:Y *1:1 \(100 * r)
        2 *1:1 *3:A \(200 * r)
        3 *1:1 *4:A \(300 * r)
        *END

        """
    }

    static func read(_ text: String) throws -> Parasitics { try SPEFReader.read(bytes: Array(text.utf8), fileName: "t.spef") }

    /// Downstream of the 100 Ω resistor: 2 + 3 + 4 = 9 fF, so n1:1 is at 100 × 9 = 900 Ω·fF =
    /// 0.9 ps; u2/A at 0.9 + 200 × 3 e-3 = 1.5 ps; u3/A at 0.9 + 300 × 4 e-3 = 2.1 ps.
    @Test func elmoreDelaysOfAHandWorkedTree() throws {
        let spef = try Self.read(Self.rcTree())
        #expect(spef.netCount == 1 && spef.netNames == ["n1"] && spef.nodeCount == 4)
        #expect(spef.pins.map(\.path) == ["u1/Y", "u2/A", "u3/A"])
        #expect(spef.pins[0].drivingCell == "BUF" && spef.pins[1].load == 0.5 && spef.pins[2].load == nil)
        #expect(spef.ports.map(\.name) == ["a", "y"] && spef.ports.map(\.direction) == [.input, .output])
        #expect(spef.driver(of: 0) == 0)
        let delays = try #require(spef.elmoreDelays(of: 0))
        #expect(delays.loads.map(\.pin) == [1, 2])
        #expect(abs(delays.loads[0].delay - 1.5) < 1e-12 && abs(delays.loads[1].delay - 2.1) < 1e-12)
        #expect(delays.totalCapacitance == 10 && delays.unreachable.isEmpty && delays.loopResistors == 0)
        // A 1 fF pin load on u2/A: n1:1 at 100 × 10 = 1.0 ps; u2/A at 1.0 + 200 × 4 e-3 = 1.8; u3/A at 2.2.
        let loaded = try #require(spef.elmoreDelays(of: 0, pinLoads: [1: 1]))
        #expect(abs(loaded.loads[0].delay - 1.8) < 1e-12 && abs(loaded.loads[1].delay - 2.2) < 1e-12)
        #expect(spef.totalResistance(of: 0) == 600 && spef.groundCapacitance(of: 0) == 10 && spef.netTotalCapacitance[0] == 10)
    }

    /// The same net in pF and kΩ reads to the same fF and Ω.
    @Test func unitsAreNormalised() throws {
        let fixed = try Self.read(Self.rcTree())
        let scaled = try Self.read(Self.rcTree(cUnit: "PF", rUnit: "KOHM", c: 1e-3, r: 1e-3))
        #expect(scaled.header.units.femtofaradsPerUnit == 1000 && scaled.header.units.ohmsPerUnit == 1000)
        #expect(scaled.header.units.picosecondsPerUnit == 1000)
        for (a, b) in zip(fixed.nodeGroundCapacitance + fixed.resistance + [fixed.netTotalCapacitance[0], fixed.pins[1].load!],
                          scaled.nodeGroundCapacitance + scaled.resistance + [scaled.netTotalCapacitance[0], scaled.pins[1].load!]) {
            #expect(abs(a - b) <= 1e-12 * abs(a))
        }
        let delays = try #require(scaled.elmoreDelays(of: 0))
        #expect(abs(delays.loads[1].delay - 2.1) < 1e-9)
    }

    /// A resistor that closes a loop is left out and counted; a pin no resistor reaches has no delay.
    @Test func loopsAndUnreachablePins() throws {
        var text = Self.rcTree()
        text = text.replacingOccurrences(of: "3 *1:1 *4:A 300", with: "3 *1:1 *4:A 300\n4 *3:A *2:Y 50")
        text = text.replacingOccurrences(of: "*I *4:A I\n", with: "*I *4:A I\n*I *5:A I\n").replacingOccurrences(of: "*4 u3\n", with: "*4 u3\n*5 u4\n")
        let delays = try #require(try Self.read(text).elmoreDelays(of: 0))
        #expect(delays.loopResistors == 1 && delays.unreachable == [3] && delays.loads.count == 2)
    }

    /// Escapes, a `.` divider, `<>` bus brackets and name-map references become netlist names.
    @Test func namesAreInNetlistForm() throws {
        let text = """
        *DIVIDER .
        *DELIMITER :
        *BUS_DELIMITER < >
        *C_UNIT 1 FF
        *NAME_MAP
        *1 sync\\/a
        *2 top.u1
        *3 data\\[3\\]
        *4 bus<2>
        *D_NET *1 1
        *CONN
        *I *2:Q O
        *I sync\\/_1_:D I
        *END
        *D_NET *3 0
        *END
        *D_NET *4 0
        *END
        """
        let spef = try Self.read(text)
        #expect(spef.netNames == ["sync/a", "data[3]", "bus[2]"])
        #expect(spef.pins.map(\.path) == ["top/u1/Q", "sync/_1_/D"])
        #expect(spef.header.divider == UInt8(ascii: ".") && spef.header.busClose == UInt8(ascii: ">"))
    }

    /// OpenRCX lists a coupling capacitor in both nets: per net it counts, per pair once.
    @Test func couplingIsCountedPerNetAndOncePerPair() throws {
        let text = """
        *C_UNIT 1 FF
        *R_UNIT 1 OHM
        *D_NET a 3.5
        *CONN
        *P a I
        *I u1:A I
        *CAP
        1 a 1
        2 u1:A 1
        3 u1:A u2:A 0.5
        4 a:1 b:2 1
        *RES
        1 a u1:A 10
        *END
        *D_NET b 2.5
        *CONN
        *I u2:A I
        *CAP
        1 u2:A 1
        2 u1:A u2:A 0.5
        3 b:2 a:1 1
        4 b:2 x:9 0.25
        *END
        """
        let spef = try Self.read(text)
        #expect(spef.couplingCapacitance(of: 0) == 1.5 && spef.groundCapacitance(of: 0) == 2 && spef.totalCapacitance(of: 0) == 3.5)
        #expect(spef.couplingCapacitance(of: 1) == 1.75 && spef.couplingPartners(of: 1) == [0])
        let (pairs, unresolved) = spef.coupledNets()
        #expect(pairs == [Parasitics.CoupledNets(first: 0, second: 1, capacitance: 1.5)] && unresolved == 1)
        // The node of net b's coupling entries is b's own even when written second.
        #expect(spef.nodeNames[Int(spef.couplings[spef.couplings(of: 1).lowerBound].node)] == "u2:A")
    }

    /// Errors name the file, the line and what was expected.
    @Test(arguments: [
        ("*C_UNIT 1 XF\n", 1, "one of FF, PF after *C_UNIT"),
        ("*C_UNIT 1 FF\n*D_NET a 1\n*CONN\n*P a I\n", 5, "*END closing net 'a'"),
        ("*D_NET a 1\n*CAP\n1 a b zero\n*END\n", 3, "the capacitance of a coupling capacitor"),
        ("*D_NET *7 1\n*END\n", 1, "a name-map index defined under *NAME_MAP"),
        ("*D_NET a 1\n*CONN\n*I u1 I\n*END\n", 3, "instance:pin after *I"),
        ("*D_NET a 1\n*CONN\n*P a X\n*END\n", 3, "a direction (I, O or B)"),
        ("*D_NET a 1\n*END\n*D_NET a 2\n*END\n", 3, "described twice (first at line 1)"),
        ("*R_NET a 1\n", 1, "*R_NET is not supported"),
        ("*D_NET a 1\n*RES\nx a b 1\n*END\n", 3, "an entry number"),
        ("/* open\n", 1, "*/ closing the comment"),
        ("*DESIGN \"x\n", 1, "a closing \""),
        ("net 1\n", 1, "a SPEF keyword"),
    ])
    func errorsNameTheLine(text: String, line: Int, expected: String) {
        let error = #expect(throws: NetlistError.self) { try Self.read(text) }
        #expect(error?.file == "t.spef" && error?.location?.line == line, "\(String(describing: error))")
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    }

    @Test(arguments: [("12", 12.0), ("-.5", -0.5), ("3.2e-05", 3.2e-05), ("0.000547367", 0.000547367), ("1E3", 1000), ("+7.", 7)])
    func numbersParseAsTheStandardLibraryDoes(text: String, value: Double) {
        #expect(Array(text.utf8).withUnsafeBufferPointer { SPEFParser.parseNumber($0) } == value)
    }

    /// Nets and pins are found in a netlist by name; what is missing is counted.
    @Test func mapsOntoACellNetlist() throws {
        let verilog = """
        module rc (a, y);
          input a; output y;
          wire n1;
          BUF u1 (.A(a), .Y(n1));
          BUF u2 (.A(n1), .Y(y));
          BUF u3 (.A(n1), .Y());
        endmodule
        """
        let netlist = try CellNetlistReader.read(bytes: Array(verilog.utf8))
        let spef = try Self.read(Self.rcTree() + "*D_NET ghost 0\n*CONN\n*I u9:A I\n*P a I\n*END\n")
        let mapping = spef.mapping(to: netlist)
        #expect(mapping.net[0].map(Int.init) == netlist.net(named: "n1") && mapping.net[1] == nil)
        #expect(mapping.pin[0...2].map { $0.map { netlist.pinPath(Int($0)) } } == ["u1/Y", "u2/A", "u3/A"])
        #expect(mapping.unmappedNets == [1] && mapping.unmappedPins == [3] && mapping.misplacedPins.isEmpty)
        #expect(mapping.port[4] == 0 && !mapping.isExact)
        #expect(mapping.netsWithoutParasitics.map { netlist.netNames[$0] }.sorted() == ["a", "y"])
    }
}
