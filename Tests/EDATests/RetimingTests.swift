import Foundation
import GraphCore
import Testing
@testable import EDA

/// `TimingAnalysis.retimed(under:)` against timing from scratch, `requireds: .endpoints`
/// against `.everywhere`, and the pins table's number formatting against `%.3f`.
@Suite struct RetimingTests {
    static let verilog = """
        module top (clk, d, out); input clk, d; output out; wire q1, n1, n2, q2;
          DFF f1 (.CK(clk), .D(d), .Q(q1)); INV u1 (.A(q1), .Y(n1)); INV u2 (.A(n1), .Y(n2));
          DFF f2 (.CK(clk), .D(n2), .Q(q2)); INV u3 (.A(q2), .Y(out));
        endmodule
        """

    static func sdc(period: Double, input: Double, output: Double, transition: Double = 20, fall: Double? = nil) -> String {
        """
        create_clock -name clk -period \(period) -waveform {0 \(fall ?? period / 2)} [get_ports clk]
        set_clock_transition \(transition) [get_clocks clk]
        set_clock_uncertainty 5 [get_clocks clk]
        set_input_delay \(input) -clock clk [get_ports d]
        set_output_delay \(output) -clock clk [get_ports out]
        set_input_transition 12 [get_ports d]
        """
    }

    /// Every arrival, slew, required time and slack of `a` equals `b`'s.
    static func expectEqual(_ a: TimingAnalysis, _ b: TimingAnalysis) {
        #expect(a.endpoints == b.endpoints)
        for node in 0 ..< a.graph.nodeCount {
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases {
                    #expect(a.arrival(node, rf, mm) == b.arrival(node, rf, mm))
                    #expect(a.slew(node, rf, mm) == b.slew(node, rf, mm))
                    #expect(a.required(node, rf, mm) == b.required(node, rf, mm))
                    #expect(a.slack(node, rf, mm) == b.slack(node, rf, mm))
                }
            }
        }
    }

    static func fixture(_ sdc: String) throws -> (CellNetlist, LibertyLibrary, TimingConstraints) {
        let library = try LibertyReader.read(bytes: Array(TimingFixture.library.utf8), fileName: "linear.lib")
        let netlist = try CellNetlistReader.read(bytes: Array(verilog.utf8), fileName: "t.v")
        return (netlist, library, try SDCReader.read(bytes: Array(sdc.utf8), fileName: "t.sdc", netlist: netlist))
    }

    /// Another period, waveform and IO delays: the same numbers as timing from scratch; a
    /// changed clock transition (which changes delays) is timed from scratch too.
    @Test func retimingEqualsTimingFromScratch() throws {
        let (netlist, library, base) = try Self.fixture(Self.sdc(period: 1000, input: 100, output: 50))
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: base)
        for text in [Self.sdc(period: 120, input: 30, output: 20, fall: 40), Self.sdc(period: 500, input: 10, output: 5, transition: 60)] {
            let (_, _, tight) = try Self.fixture(text)
            let fresh = TimingAnalysis(netlist: netlist, library: library, constraints: tight)
            Self.expectEqual(sta.retimed(under: tight), fresh)
            #expect(sta.worstSlack() != fresh.worstSlack())
        }
    }

    /// Required times at the endpoints only: the same endpoint slacks, worst and total
    /// negative slack; no required time elsewhere.
    @Test func endpointRequiredsOnly() throws {
        let (netlist, library, constraints) = try Self.fixture(Self.sdc(period: 90, input: 30, output: 20))
        let full = TimingAnalysis(netlist: netlist, library: library, constraints: constraints)
        let ends = TimingAnalysis(netlist: netlist, library: library, constraints: constraints, requireds: .endpoints)
        #expect(ends.endpoints == full.endpoints && ends.endpoints.count == 3)  // f1/D, f2/D, out
        for node in full.endpoints { #expect(ends.endpointSlack(node) == full.endpointSlack(node)) }
        #expect(ends.worstSlack() == full.worstSlack() && ends.totalNegativeSlack() == full.totalNegativeSlack() && full.totalNegativeSlack() < 0)
        let inner = try #require((0 ..< full.graph.nodeCount).first { !full.endpoints.contains($0) && full.required($0, .rise, .max) != nil })
        #expect(ends.required(inner, .rise, .max) == nil)
    }

    /// gcd (sky130hd) with its SPEF, retimed from a 5 ns to a 3 ns clock: as timed from scratch.
    @Test(.enabled(if: SharedData.opensta != nil, "../shared/data is absent"))
    func retimingARoutedDesign() throws {
        let opensta = try #require(SharedData.opensta)
        let library = try LibertyReader.read(bytes: SharedData.gunzip(opensta.appendingPathComponent("sky130hd_tt.lib.gz")))
        var options = CellNetlistReader.Options(top: "gcd")
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        var netlist = try CellNetlistReader.read(bytes: Array(Data(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.v"))), options: options)
        netlist.removeInstances(ofCellsNotIn: library.cellNames)
        let sdc = try String(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.sdc"), encoding: .utf8)
        func constraints(_ text: String) throws -> TimingConstraints { try SDCReader.read(bytes: Array(text.utf8), fileName: "gcd.sdc", netlist: netlist) }
        let wires = SPEFTimingParasitics(try SPEFReader.read(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.spef").path), netlist: netlist, library: library)
        let tight = try constraints(sdc.replacingOccurrences(of: "set period 5", with: "set period 3"))
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: try constraints(sdc), parasitics: wires)
        let fresh = TimingAnalysis(netlist: netlist, library: library, constraints: tight, parasitics: wires, graph: sta.graph)
        Self.expectEqual(sta.retimed(under: tight), fresh)
        #expect(fresh.worstSlack()! < sta.worstSlack()! - 1)
    }

    /// A TT06 design with 269 latches (`tt_um_ledcontroller_Gatsch`), whose data pins are
    /// endpoints that drive more logic: required times at the endpoints only give every
    /// endpoint the slack of full propagation, and retiming equals timing from scratch.
    @Test(.enabled(if: SharedData.tt06 != nil, "../shared/data is absent"))
    func latchEndpointsKeepTheirDownstreamRequireds() throws {
        let opensta = try #require(SharedData.opensta), tt06 = try #require(SharedData.tt06)
        let library = try LibertyReader.read(bytes: SharedData.gunzip(opensta.appendingPathComponent("sky130hd_tt.lib.gz")))
        var options = CellNetlistReader.Options()
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        var netlist = try CellNetlistReader.read(contentsOf: tt06.appendingPathComponent("tt_um_ledcontroller_Gatsch.v.gz").path, options: options)
        netlist.removeInstances(ofCellsNotIn: library.cellNames)
        func constraints(_ period: Double) throws -> TimingConstraints {
            let sdc = """
                create_clock -name clk -period \(period) [get_ports clk]
                set_input_delay \(period / 5) -clock clk [get_ports {ui_in[*] uio_in[*] ena rst_n}]
                set_output_delay \(period / 5) -clock clk [all_outputs]
                set_propagated_clock [all_clocks]
                """
            return try SDCReader.read(bytes: Array(sdc.utf8), fileName: "led.sdc", netlist: netlist)
        }
        let full = TimingAnalysis(netlist: netlist, library: library, constraints: try constraints(40))
        let ends = TimingAnalysis(netlist: netlist, library: library, constraints: try constraints(40), graph: full.graph, requireds: .endpoints)
        #expect(ends.endpoints == full.endpoints && ends.endpoints.count > 30)
        for node in full.endpoints { #expect(ends.endpointSlack(node) == full.endpointSlack(node)) }
        let tight = try constraints(8)
        Self.expectEqual(full.retimed(under: tight), TimingAnalysis(netlist: netlist, library: library, constraints: tight, graph: full.graph))
    }

    /// The fast three-decimal formatting writes what `%.3f` writes: seeded random values over
    /// many magnitudes, ties in binary (x.xxx5 exactly representable), and signed zeros.
    @Test func threeDecimalsMatchesPrintf() {
        var generator = SeededGenerator(seed: 12)
        var values: [Double] = [0, -0.0, 0.0005, -0.0005, 1.0625, 2.5e-4, -0.0001, 0.9995, 999.9995, 123456.78949999, 1e14, -7.0]
        for _ in 0 ..< 20_000 {
            let magnitude = Double.random(in: -4 ... 7, using: &generator)
            values.append((Bool.random(using: &generator) ? 1 : -1) * pow(10, magnitude) * Double.random(in: 1 ..< 10, using: &generator))
        }
        for k in -2000 ..< 2000 { values += [Double(k) / 16, Double(k) / 1024] }  // exact ties: 62.5, 0.9765625 thousandths
        for value in values { #expect(TimingAnalysis.threeDecimals(value) == String(format: "%.3f", value), "\(value)") }
    }
}
