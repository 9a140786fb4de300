import Testing
@testable import EDA

/// Static timing on a library whose tables are linear, so every NLDM lookup is exact and the
/// arrivals, required times and slacks can be worked out by hand:
/// delay = 10 + 0.2 × input slew + load, output slew = 5 + 2 × load (ps, fF);
/// setup = 10 + 0.2 × clock slew + 0.1 × data slew.
enum TimingFixture {
    static let library = #"""
    library (linear) {
      time_unit : "1ps"; capacitive_load_unit (1, ff);
      lu_table_template (t) { variable_1 : input_net_transition; variable_2 : total_output_net_capacitance;
                              index_1 ("0, 100"); index_2 ("0, 10"); }
      lu_table_template (c) { variable_1 : related_pin_transition; variable_2 : constrained_pin_transition;
                              index_1 ("0, 100"); index_2 ("0, 100"); }
      cell (INV) {
        pin (A) { direction : input; capacitance : 2; }
        pin (Y) { direction : output; function : "!A";
          timing () { related_pin : A; timing_sense : negative_unate;
            cell_rise (t) { values ("10, 20", "30, 40"); }  cell_fall (t) { values ("10, 20", "30, 40"); }
            rise_transition (t) { values ("5, 25", "5, 25"); }  fall_transition (t) { values ("5, 25", "5, 25"); } } }
      }
      cell (DFF) {
        ff (IQ, IQN) { clocked_on : CK; next_state : D; }
        pin (CK) { direction : input; clock : true; capacitance : 1; }
        pin (D) { direction : input; capacitance : 1;
          timing () { related_pin : CK; timing_type : setup_rising;
            rise_constraint (c) { values ("10, 20", "30, 40"); } fall_constraint (c) { values ("10, 20", "30, 40"); } }
          timing () { related_pin : CK; timing_type : hold_rising;
            rise_constraint (scalar) { values ("3"); } fall_constraint (scalar) { values ("3"); } } }
        pin (Q) { direction : output; function : IQ;
          timing () { related_pin : CK; timing_type : rising_edge;
            cell_rise (scalar) { values ("50"); } cell_fall (scalar) { values ("50"); }
            rise_transition (scalar) { values ("10"); } fall_transition (scalar) { values ("10"); } } }
      }
    }
    """#

    static func analysis(verilog: String, sdc: String) throws -> (TimingAnalysis, CellNetlist) {
        let lib = try LibertyReader.read(bytes: Array(library.utf8), fileName: "linear.lib")
        let netlist = try CellNetlistReader.read(bytes: Array(verilog.utf8), fileName: "t.v")
        let constraints = try SDCReader.read(bytes: Array(sdc.utf8), fileName: "t.sdc", netlist: netlist)
        return (TimingAnalysis(netlist: netlist, library: lib, constraints: constraints), netlist)
    }
}

@Suite struct TimingTests {
    /// in → u1 → u2 → u3 → out, input delay 100 with slew 20, output delay 50, set_load 4.
    @Test func threeCellPathByHand() throws {
        let (sta, netlist) = try TimingFixture.analysis(verilog: """
            module top (in, out); input in; output out; wire n1, n2;
              INV u1 (.A(in), .Y(n1)); INV u2 (.A(n1), .Y(n2)); INV u3 (.A(n2), .Y(out));
            endmodule
            """, sdc: """
            create_clock -name clk -period 1000
            set_input_delay 100 -clock clk [get_ports in]
            set_input_transition 20 [get_ports in]
            set_output_delay 50 -clock clk [get_ports out]
            set_load 4 [get_ports out]
            """)
        func pin(_ instance: String, _ name: String) -> Int {
            sta.graph.node(ofPin: netlist.pin(name, of: netlist.instanceNames.firstIndex(of: instance)!)!)
        }
        let out = netlist.ports.firstIndex { $0.name == "out" }!
        // u1: load u2/A = 2 → 10 + 0.2 × 20 + 2 = 16, slew 5 + 2 × 2 = 9.
        // u2: 10 + 0.2 × 9 + 2 = 13.8, slew 9. u3: load set_load 4 → 10 + 1.8 + 4 = 15.8, slew 13.
        let expected: [(Int, Double)] = [(pin("u1", "Y"), 116), (pin("u2", "A"), 116), (pin("u2", "Y"), 129.8), (pin("u3", "Y"), 145.6), (out, 145.6)]
        for (node, arrival) in expected {
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases { #expect(abs(sta.arrival(node, rf, mm)! - arrival) < 1e-9, "\(sta.name(of: node))") }
            }
        }
        #expect(abs(sta.slew(pin("u2", "Y"), .rise, .max)! - 9) < 1e-9 && abs(sta.slew(out, .fall, .max)! - 13) < 1e-9)
        // Setup: required 1000 − 50 = 950, slack 804.4 along the whole path; hold: required −50.
        #expect(abs(sta.required(out, .rise, .max)! - 950) < 1e-9)
        #expect(abs(sta.slack(out, .rise, .max)! - 804.4) < 1e-9)
        #expect(abs(sta.required(sta.graph.node(ofPort: 0), .fall, .max)! - (950 - 15.8 - 13.8 - 16)) < 1e-9)
        #expect(abs(sta.slack(out, .fall, .min)! - 195.6) < 1e-9)
        #expect(sta.endpoints == [out])
        #expect(abs(sta.worstSlack()! - 804.4) < 1e-9 && sta.totalNegativeSlack() == 0)
        #expect(sta.graph.levels[out] == 70)  // seven edges, ten levels each as OpenSTA counts
        let path = try #require(sta.worstPath(to: out))
        #expect(path.points.map { sta.name(of: $0.node) } == ["in", "u1/A", "u1/Y", "u2/A", "u2/Y", "u3/A", "u3/Y", "out"])
    }

    /// f1 launches at the rising edge (ideal clock, transition 20) through u1 into f2's setup check.
    @Test func setupAndHoldChecksByHand() throws {
        let (sta, netlist) = try TimingFixture.analysis(verilog: """
            module top (clk, d); input clk, d; wire q1, n1;
              DFF f1 (.CK(clk), .D(d), .Q(q1)); INV u1 (.A(q1), .Y(n1)); DFF f2 (.CK(clk), .D(n1));
            endmodule
            """, sdc: """
            create_clock -name clk -period 1000 [get_ports clk]
            set_clock_transition 20 [get_clocks clk]
            set_clock_uncertainty 5 [get_clocks clk]
            """)
        let f2 = netlist.instanceNames.firstIndex(of: "f2")!
        let d = sta.graph.node(ofPin: netlist.pin("D", of: f2)!)
        // f1/Q: 0 + 50, slew 10. u1: load f2/D = 1 → 10 + 0.2 × 10 + 1 = 13, slew 7: arrival 63.
        #expect(abs(sta.arrival(d, .rise, .max)! - 63) < 1e-9)
        // setup = 10 + 0.2 × 20 + 0.1 × 7 = 14.7: required 1000 − 14.7 − 5 = 980.3, slack 917.3.
        #expect(abs(sta.required(d, .rise, .max)! - 980.3) < 1e-9)
        #expect(abs(sta.slack(d, .fall, .max)! - 917.3) < 1e-9)
        // hold = 3: required 0 + 3 + 5 = 8, slack 63 − 8 = 55.
        #expect(abs(sta.slack(d, .rise, .min)! - 55) < 1e-9)
        #expect(sta.endpoints.contains(d))
        #expect(abs(sta.worstSlack()! - 917.3) < 1e-9)
        let path = try #require(sta.worstPath(to: d))
        #expect(path.points.map { sta.name(of: $0.node) } == ["f1/CK", "f1/Q", "u1/A", "u1/Y", "f2/D"])
    }

    /// A tighter clock makes the slack negative: the total negative slack counts it.
    @Test func negativeSlackAndDerates() throws {
        let (sta, netlist) = try TimingFixture.analysis(verilog: """
            module top (clk, d); input clk, d; wire q1, n1;
              DFF f1 (.CK(clk), .D(d), .Q(q1)); INV u1 (.A(q1), .Y(n1)); DFF f2 (.CK(clk), .D(n1));
            endmodule
            """, sdc: """
            create_clock -name clk -period 70 [get_ports clk]
            set_timing_derate -late 1.1
            """)
        let d = sta.graph.node(ofPin: netlist.pin("D", of: netlist.instanceNames.firstIndex(of: "f2")!)!)
        // Late: (50 + 13) × 1.1 = 69.3; setup 10 + 0 + 0.7 = 10.7 (checks not derated): slack 70 − 10.7 − 69.3 = −10.
        #expect(abs(sta.arrival(d, .rise, .max)! - 69.3) < 1e-9)
        #expect(abs(sta.worstSlack()! - -10) < 1e-9)
        #expect(abs(sta.totalNegativeSlack() - -10) < 1e-9)
    }
}
