import Testing
@testable import EDA

/// Timing with extracted wires on the linear library of `TimingFixture` (delay = 10 + 0.2 ×
/// input slew + load, ps and fF), worked by hand: u1 drives u2/A and u3/A through an RC tree.
@Suite struct SPEFTimingTests {
    static let verilog = """
        module top (in, o2, o3); input in; output o2, o3; wire n1;
          INV u1 (.A(in), .Y(n1)); INV u2 (.A(n1), .Y(o2)); INV u3 (.A(n1), .Y(o3));
        endmodule
        """
    /// u1:Y —1 kΩ— n1:1 —2 kΩ— u2:A, n1:1 —1 kΩ— u3:A; ground 1, 2, 1, 1 fF and a 1 fF coupling
    /// capacitor on n1:1 to a neighbour net.
    static let spef = """
        *SPEF "IEEE 1481-1998"
        *DESIGN "top"
        *DIVIDER /
        *DELIMITER :
        *BUS_DELIMITER [ ]
        *T_UNIT 1 PS
        *C_UNIT 1 FF
        *R_UNIT 1 OHM
        *L_UNIT 1 HENRY

        *D_NET n1 7
        *CONN
        *I u1:Y O
        *I u2:A I
        *I u3:A I
        *CAP
        1 u1:Y 1
        2 n1:1 2
        3 u2:A 1
        4 u3:A 1
        5 n1:1 other:1 1
        *RES
        1 u1:Y n1:1 1000
        2 n1:1 u2:A 2000
        3 n1:1 u3:A 1000
        *END

        """

    static func analysis(sdc: String) throws -> (TimingAnalysis, (String, String) -> Int) {
        let library = try LibertyReader.read(bytes: Array(TimingFixture.library.utf8), fileName: "linear.lib")
        let netlist = try CellNetlistReader.read(bytes: Array(verilog.utf8), fileName: "t.v")
        let constraints = try SDCReader.read(bytes: Array(sdc.utf8), fileName: "t.sdc", netlist: netlist)
        let parasitics = try SPEFReader.read(bytes: Array(spef.utf8), fileName: "t.spef")
        let wires = SPEFTimingParasitics(parasitics, netlist: netlist, library: library)
        #expect(wires.isExtracted(net: netlist.net(named: "n1")!) && !wires.isExtracted(net: netlist.net(named: "o2")!))
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: constraints, parasitics: wires)
        return (sta, { instance, name in sta.graph.node(ofPin: netlist.pin(name, of: netlist.instanceNames.firstIndex(of: instance)!)!) })
    }

    /// Load of u1: pins 2 + 2, wire 1 + 2 + 1 + 1 + coupling 1 = 10 fF. Node capacitances with
    /// the pins: u1:Y 1, n1:1 3, u2:A 3, u3:A 3, so the π is c2 1.36 fF, rpi 1.4468 kΩ, c1 8.64 fF
    /// (`EffectiveCapacitanceTests.treeReducedByHand`). Elmore: to n1:1 1 kΩ × 9 fF = 9 ps; to
    /// u2:A 9 + 2 kΩ × 3 fF = 15 ps; to u3:A 9 + 1 kΩ × 3 fF = 12 ps. u1 drives an effective
    /// capacitance between c2 and 10 fF: its arrival is 100 + 10 + 0.2 × 20 + ceff. Each load
    /// is reached after u1's output, no later than its Elmore delay.
    @Test func piEffectiveCapacitanceAndElmoreWireDelaysByHand() throws {
        let (sta, pin) = try Self.analysis(sdc: """
            create_clock -name clk -period 1000
            set_input_delay 100 -clock clk [get_ports in]
            set_input_transition 20 [get_ports in]
            """)
        let n1 = sta.context.net(of: pin("u1", "Y"))
        for rf in RiseFall.allCases {
            #expect(abs(sta.load(pin("u1", "Y"), rf) - 10) < 1e-9)
            let wires = try #require(sta.context.wires[n1 * 2 + rf.rawValue])
            #expect(abs(wires.pi.near - 1.36) < 1e-9 && abs(wires.pi.far - 8.64) < 1e-9 && abs(wires.pi.resistance - 1.446759) < 1e-6)
            #expect(Set(wires.elmore.map { ($0 * 1e9).rounded() / 1e9 }) == [15, 12])
            for mm in MinMax.allCases {
                let driver = try #require(sta.arrival(pin("u1", "Y"), rf, mm))
                #expect(driver - 114 > 1.36 && driver - 114 < 10, "ceff \(driver - 114)")
                let u2 = try #require(sta.arrival(pin("u2", "A"), rf, mm)) - driver, u3 = try #require(sta.arrival(pin("u3", "A"), rf, mm)) - driver
                #expect(u2 > 0 && u2 <= 15 && u3 > 0 && u3 <= 12 && u3 < u2, "wire delays \(u2), \(u3)")
                #expect(try #require(sta.slew(pin("u2", "A"), rf, mm)) > (try #require(sta.slew(pin("u1", "Y"), rf, mm))))
            }
        }
    }

    /// A `set_load` on o2 (no SPEF net) removes nothing there (the library has no wire-load
    /// model) and adds 4 fF to u2's load; n1's extracted wires stay.
    @Test func setLoadKeepsExtractedWires() throws {
        let sdc = """
            create_clock -name clk -period 1000
            set_input_delay 100 -clock clk [get_ports in]
            set_input_transition 20 [get_ports in]
            """
        let (sta, pin) = try Self.analysis(sdc: sdc + "\nset_load 4 [get_ports o2]\n")
        let (plain, _) = try Self.analysis(sdc: sdc)
        #expect(abs(sta.load(pin("u1", "Y"), .rise) - 10) < 1e-9)
        #expect(abs(sta.load(pin("u2", "Y"), .rise) - 4) < 1e-9)
        #expect(sta.arrival(pin("u2", "A"), .rise, .max) == plain.arrival(pin("u2", "A"), .rise, .max))
    }
}
