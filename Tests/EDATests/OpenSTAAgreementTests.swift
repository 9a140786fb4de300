import Foundation
import Testing
@testable import EDA

/// Where the OpenSTA label pipeline is, and whether it can run here.
enum OpenSTAOracle {
    static let tools = SharedData.directory?.deletingLastPathComponent().appendingPathComponent("tools/opensta")
    static let available = FileManager.default.isExecutableFile(atPath: "/usr/bin/sta") && tools != nil && SharedData.opensta != nil
}

/// graphtool's timing against OpenSTA's (`../shared/tools/opensta`, Debian's `sta` 2.0.17) on
/// the same netlist, library and SDC: gcd with its own SDC, without and with its SPEF, and two
/// TT06 designs with the flat SDC of `flat_sdc.py` on wire-load wires. Both compute delays with
/// `dmp_ceff_elmore` (effective capacitance on each driver's π, Elmore wire delays with degraded
/// slews), so every arrival is within max(1 ps, 0.1 %) of OpenSTA's. Both remove the clock
/// reconvergence pessimism per launching clock pin, but where OpenSTA dropped a launch at a pin
/// it takes the required time of another path in its hash table's order (`LaunchPaths`), so
/// slacks inside the logic are held to the same tolerance at endpoints and on 95 % of all
/// values (the pessimism of the worst arrival's launch alone gave 84 % on
/// tt_um_4bit_cpu_with_fsm). Skipped when `sta` or the shared data is absent.
@Suite(.enabled(if: OpenSTAOracle.available, "OpenSTA (sta) or ../shared is absent"))
struct OpenSTAAgreementTests {
    static let tools = OpenSTAOracle.tools

    /// Times a design both ways (with `spef` if given); returns (ours, OpenSTA's) rows by pin.
    static func compare(design: String, netlist verilog: [UInt8], sdc: [UInt8], top: String, spef: URL? = nil) throws
        -> (ours: [String: [String: String]], theirs: [String: [String: String]], worst: (Double?, Double?)) {
        let directory = try Fixtures.temporaryDirectory()
        let libraryBytes = try SharedData.gunzip(try #require(SharedData.opensta).appendingPathComponent("sky130hd_tt.lib.gz"))
        let libraryFile = directory.appendingPathComponent("sky130hd_tt.lib")
        try Data(libraryBytes).write(to: libraryFile)
        let netlistFile = directory.appendingPathComponent("\(design).v"), sdcFile = directory.appendingPathComponent("\(design).sdc")
        try Data(verilog).write(to: netlistFile)
        try Data(sdc).write(to: sdcFile)
        _ = try SharedData.run(try #require(tools).appendingPathComponent("run_sta_labels.sh").path,
                               [directory.appendingPathComponent("out").path, top, netlistFile.path, libraryFile.path, "clk", "20", spef?.path ?? "", sdcFile.path])
        let theirs = try table(String(contentsOf: directory.appendingPathComponent("out/\(top).pins.tsv"), encoding: .utf8))
        let summary = try String(contentsOf: directory.appendingPathComponent("out/\(top).summary.txt"), encoding: .utf8)
        let theirWorst = summary.split(whereSeparator: \.isWhitespace).drop { $0 != "worst_slack_max_ps" }.dropFirst().first.flatMap { Double($0) }

        let library = try LibertyReader.read(bytes: libraryBytes)
        var options = CellNetlistReader.Options(top: top)
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        var netlist = try CellNetlistReader.read(bytes: verilog, options: options)
        netlist.removeInstances(ofCellsNotIn: library.cellNames)
        let constraints = try SDCReader.read(bytes: sdc, netlist: netlist)
        let wires = try spef.map { SPEFTimingParasitics(try SPEFReader.read(contentsOf: $0.path), netlist: netlist, library: library) }
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: constraints, parasitics: wires)
        let ours = table(sta.pinsTable())
        return (ours, theirs, (sta.worstSlack().map { $0 * 1000 }, theirWorst))
    }

    static func table(_ text: String) -> [String: [String: String]] {
        let lines = text.split(separator: "\n")
        let header = lines[0].split(separator: "\t").map(String.init)
        var rows: [String: [String: String]] = [:]
        for line in lines.dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if rows[fields[0]] == nil { rows[fields[0]] = Dictionary(uniqueKeysWithValues: zip(header, fields)) }
        }
        return rows
    }

    /// Every pin of ours is OpenSTA's, with the same level; every arrival, and every slack of an
    /// endpoint, is within max(1 ps, 0.1 %) of OpenSTA's, and 95 % of all slacks; pins unreached
    /// in one are few; the worst slacks agree within 1 ps.
    static func check(_ result: (ours: [String: [String: String]], theirs: [String: [String: String]], worst: (Double?, Double?)), design: String) throws {
        var slacks = 0, slacksWithin = 0, naMismatches = 0
        for (pin, row) in result.ours {
            let theirs = try #require(result.theirs[pin], "\(design): \(pin) is not in OpenSTA's pins")
            #expect(row["level"] == theirs["level"], "\(design): \(pin) level")
            for column in ["at_r_max", "at_f_max", "at_r_min", "at_f_min", "slack_r_max", "slack_f_max", "slack_r_min", "slack_f_min"] {
                guard let a = row[column].flatMap(Double.init), let b = theirs[column].flatMap(Double.init) else {
                    if (row[column] == "NA") != (theirs[column] == "NA") { naMismatches += 1 }
                    continue
                }
                let within = abs(a - b) <= max(1, 0.001 * abs(b))
                if column.hasPrefix("at") || row["is_endpoint"] == "1" {
                    #expect(within, "\(design): \(pin) \(column) ours \(a) OpenSTA \(b)")
                }
                if column.hasPrefix("slack") {
                    slacks += 1
                    slacksWithin += within ? 1 : 0
                }
            }
        }
        #expect(Double(slacksWithin) >= 0.95 * Double(slacks), "\(design): \(slacksWithin) of \(slacks) slacks within tolerance")
        #expect(naMismatches <= 8, "\(design): pins reached in one only")
        let (ours, theirs) = result.worst
        #expect(abs(try #require(ours) - (try #require(theirs))) < 1, "\(design): worst slack")
    }

    @Test func gcdWithItsOwnSDC() throws {
        let opensta = try #require(SharedData.opensta)
        let verilog = try Array(Data(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.v")))
        let sdc = try Array(Data(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.sdc")))
        try Self.check(Self.compare(design: "gcd", netlist: verilog, sdc: sdc, top: "gcd"), design: "gcd")
    }

    @Test func gcdWithItsOwnSDCAndSPEF() throws {
        let opensta = try #require(SharedData.opensta)
        let verilog = try Array(Data(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.v")))
        let sdc = try Array(Data(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.sdc")))
        try Self.check(Self.compare(design: "gcd", netlist: verilog, sdc: sdc, top: "gcd", spef: opensta.appendingPathComponent("gcd_sky130hd.spef")),
                       design: "gcd with SPEF")
    }

    /// Two clock-tree branches (three buffers to f1 and f2, two to f3) and launches from both
    /// meeting at `g`, whose output f1 captures, with derates 0.5/1.5 so the clock pessimism
    /// (up to ~250 ps) exceeds the gap between the launches: the slacks at `g` and before it
    /// are those of f3's launch, with only the root buffer's pessimism removed, not f1's (the
    /// pessimism of the worst arrival's launch was 257 ps off there). Every value agrees.
    @Test func clockPessimismPerLaunch() throws {
        let verilog = """
        module crpr (clk, a, y);
          input clk, a;
          output y;
          wire c0, ca0, ca1, ca, cb, cb2, q1, q2, q3, n1;
          sky130_fd_sc_hd__clkbuf_4 root (.A(clk), .X(c0));
          sky130_fd_sc_hd__clkbuf_1 la (.A(c0), .X(ca0));
          sky130_fd_sc_hd__clkbuf_1 la2 (.A(ca0), .X(ca1));
          sky130_fd_sc_hd__clkbuf_1 la3 (.A(ca1), .X(ca));
          sky130_fd_sc_hd__clkbuf_1 lb (.A(c0), .X(cb));
          sky130_fd_sc_hd__clkbuf_1 lb2 (.A(cb), .X(cb2));
          sky130_fd_sc_hd__dfxtp_1 f1 (.CLK(ca), .D(n1), .Q(q1));
          sky130_fd_sc_hd__dfxtp_1 f2 (.CLK(ca), .D(q1), .Q(q2));
          sky130_fd_sc_hd__dfxtp_1 f3 (.CLK(cb2), .D(a), .Q(q3));
          sky130_fd_sc_hd__nand2_1 g (.A(q1), .B(q3), .Y(n1));
          sky130_fd_sc_hd__buf_1 ob (.A(q2), .X(y));
        endmodule
        """
        let sdc = """
        create_clock -name clk -period 10 [get_ports clk]
        set_propagated_clock [all_clocks]
        set_input_delay 2 -clock [get_clocks clk] [get_ports a]
        set_output_delay 2 -clock [get_clocks clk] [get_ports y]
        set_timing_derate -early 0.5
        set_timing_derate -late 1.5
        """
        let (ours, theirs, _) = try Self.compare(design: "crpr", netlist: Array(verilog.utf8), sdc: Array(sdc.utf8), top: "crpr")
        #expect(ours.count == 29)  // 3 ports and 26 cell pins (OpenSTA also lists the flip-flops' internal IQ and IQ_N)
        for (pin, row) in ours {
            let other = try #require(theirs[pin], "\(pin) is not in OpenSTA's pins")
            for column in ["at_r_max", "at_f_max", "at_r_min", "at_f_min", "slack_r_max", "slack_f_max", "slack_r_min", "slack_f_min"] {
                #expect(row[column] == "NA" ? other[column] == "NA" : abs(Double(row[column]!)! - (Double(other[column]!) ?? .nan)) <= 1,
                        "\(pin) \(column) ours \(row[column]!) OpenSTA \(other[column]!)")
            }
        }
    }

    @Test(arguments: ["tt_um_8bitALU", "tt_um_4bit_cpu_with_fsm"])
    func tinyTapeoutWithTheFlatSDC(design: String) throws {
        let tt06 = try #require(SharedData.tt06)
        let verilog = try SharedData.gunzip(tt06.appendingPathComponent("\(design).v.gz"))
        let sdc = try SharedData.run("/usr/bin/python3", [try #require(Self.tools).appendingPathComponent("flat_sdc.py").path,
                                                          tt06.appendingPathComponent("\(design).v.gz").path, "20", "clk"])
        try Self.check(Self.compare(design: design, netlist: verilog, sdc: sdc, top: design), design: design)
    }
}
