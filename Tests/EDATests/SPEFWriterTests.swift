import Foundation
import Testing
@testable import EDA

/// Lumped parasitics written as SPEF and read back: every net, pin and port maps onto the
/// netlist, and the capacitances are what was written.
struct SPEFWriterTests {
    /// `a` drives u1 (INV) whose output `n.1` (an escaped name) drives u2, which drives port `y[0]`.
    static let verilog = """
        module top (a, y);
          input a;
          output [0:0] y;
          wire \\n.1 ;
          INV u1 (.A(a), .Y(\\n.1 ));
          INV u2 (.A(\\n.1 ), .Y(y[0]));
        endmodule

        """

    @Test func writtenLumpedCapacitancesReadBack() throws {
        let netlist = try CellNetlistReader.read(bytes: Array(Self.verilog.utf8), fileName: "t.v")
        let a = try #require(netlist.net(named: "a")), n1 = try #require(netlist.net(named: "n.1")), y = try #require(netlist.net(named: "y[0]"))
        var ground = [Double?](repeating: nil, count: netlist.netCount)
        ground[a] = 1.5
        ground[n1] = 2.25
        ground[y] = 0.5
        let lumped = LumpedParasitics(ground: ground, couplings: [.init(first: Int32(n1), second: Int32(y), capacitance: 0.125)])
        let isOutput = (0 ..< netlist.pinCount).map { netlist.pinName($0) == "Y" }
        let text = SPEFWriter.write(lumped, netlist: netlist, isOutput: isOutput)
        #expect(text.contains("*D_NET n\\.1 2.375"))
        let parasitics = try SPEFReader.read(bytes: Array(text.utf8), fileName: "lumped.spef")
        #expect(parasitics.invariantViolation() == nil)
        let mapping = parasitics.mapping(to: netlist)
        #expect(mapping.isExact && mapping.netsWithoutParasitics.isEmpty)
        for (name, ground, total) in [("a", 1.5, 1.5), ("n.1", 2.25, 2.375), ("y[0]", 0.5, 0.625)] {
            let net = try #require(parasitics.net(named: name))
            #expect(abs(parasitics.groundCapacitance(of: net) - ground) < 1e-9 && abs(parasitics.netTotalCapacitance[net] - total) < 1e-9)
            #expect(abs(parasitics.totalCapacitance(of: net) - total) < 1e-9)
        }
        let pairs = parasitics.coupledNets()
        #expect(pairs.unresolved == 0 && pairs.pairs.count == 1 && abs(pairs.pairs[0].capacitance - 0.125) < 1e-9)
    }

    /// Escaped identifiers whose characters read as hierarchy or bus syntax (`\NS[0] `,
    /// `\w/x ` inside instance `\s[1] ` of module `sub`) beside the bits of vector `y`, on
    /// sky130 cells.
    static let escapedNames = """
        module sub (i, o);
          input i;
          output o;
          wire \\w/x ;
          sky130_fd_sc_hd__inv_1 g1 (.A(i), .Y(\\w/x ));
          sky130_fd_sc_hd__inv_1 \\g[2] (.A(\\w/x ), .Y(o));
        endmodule
        module top (a, y);
          input a;
          output [1:0] y;
          wire \\NS[0] ;
          wire \\s.q$1 ;
          sub \\s[1] (.i(a), .o(\\NS[0] ));
          sky130_fd_sc_hd__inv_1 \\u/3 (.A(\\NS[0] ), .Y(\\s.q$1 ));
          sky130_fd_sc_hd__inv_1 u4 (.A(\\s.q$1 ), .Y(y[0]));
          sky130_fd_sc_hd__inv_1 u5 (.A(\\s.q$1 ), .Y(y[1]));
        endmodule

        """

    /// Written lumped capacitances on every signal net of `escapedNames`, by netlist name (fF).
    static let escapedNameGround: [String: Double] = ["a": 1.25, "s[1]/w/x": 2.5, "NS[0]": 3.5, "s.q$1": 4.5, "y[0]": 1.5, "y[1]": 0.75]

    static func escapedNamesSPEF() throws -> (netlist: CellNetlist, text: String) {
        let netlist = try CellNetlistReader.read(bytes: Array(Self.escapedNames.utf8), fileName: "escaped.v")
        var ground = [Double?](repeating: nil, count: netlist.netCount)
        for (name, capacitance) in Self.escapedNameGround { ground[try #require(netlist.net(named: name))] = capacitance }
        let isOutput = (0 ..< netlist.pinCount).map { netlist.pinName($0) == "Y" }
        return (netlist, SPEFWriter.write(LumpedParasitics(ground: ground, couplings: []), netlist: netlist, isOutput: isOutput))
    }

    @Test func escapedIdentifierCharactersAreEscapedAndBusBitsAreNot() throws {
        let (netlist, text) = try Self.escapedNamesSPEF()
        let expected = ["NS[0]": "NS\\[0\\]", "s[1]/w/x": "s\\[1\\]/w\\/x", "y[0]": "y[0]", "s.q$1": "s.q$1", "a": "a"]
        for (name, escaped) in expected { #expect(netlist.escapedName(ofNet: try #require(netlist.net(named: name))) == escaped) }
        let instances = netlist.instanceNames.indices.map { netlist.escapedName(ofInstance: $0) }
        #expect(Set(instances) == ["s\\[1\\]/g1", "s\\[1\\]/g\\[2\\]", "u\\/3", "u4", "u5"])
        for line in ["*D_NET NS\\[0\\] 3.5", "*D_NET s\\[1\\]/w\\/x 2.5", "*D_NET s\\.q\\$1 4.5", "*D_NET y[0] 1.5",
                     "*I s\\[1\\]/g\\[2\\]:A I", "*I u\\/3:Y O", "y[1] O"] {
            #expect(text.contains(line + "\n"), "missing: \(line)")
        }
        let parasitics = try SPEFReader.read(bytes: Array(text.utf8), fileName: "escaped.spef")
        #expect(parasitics.mapping(to: netlist).isExact)
    }

    /// OpenSTA reads the written SPEF without a warning, and each net's total capacitance is
    /// the one written. Skipped when `sta` or ../shared's sky130 library is absent.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sta") && SharedData.opensta != nil,
                   "OpenSTA (sta) or ../shared is absent"))
    func openSTAReadsEscapedNames() throws {
        let (_, text) = try Self.escapedNamesSPEF()
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let library = try SharedData.gunzip(try #require(SharedData.opensta).appendingPathComponent("sky130hd_tt.lib.gz"))
        try Data(library).write(to: directory.appendingPathComponent("sky130.lib"))
        try Data(Self.escapedNames.utf8).write(to: directory.appendingPathComponent("escaped.v"))
        try Data(text.utf8).write(to: directory.appendingPathComponent("escaped.spef"))
        // Names as OpenSTA's own namespace spells them (escaped identifier characters keep their `\`).
        let staNames = ["a": "a", "s[1]/w/x": "s\\[1\\]/w\\/x", "NS[0]": "NS\\[0\\]", "s.q$1": "s.q$1", "y[0]": "y[0]", "y[1]": "y[1]"]
        var script = "read_liberty sky130.lib\nread_verilog escaped.v\nlink_design top\nread_spef escaped.spef\n"
        for name in staNames.values.sorted() { script += "report_net -connections -verbose -digits 6 {\(name)}\n" }
        try Data(script.utf8).write(to: directory.appendingPathComponent("check.tcl"))
        let output = String(decoding: try SharedData.run("/bin/sh", ["-c", "/usr/bin/sta -no_init -exit check.tcl 2>&1"], in: directory), as: UTF8.self)
        #expect(!output.contains("Warning") && !output.contains("Error"), "\(output)")
        var totals: [String: Double] = [:], net: String?
        for line in output.split(separator: "\n") {
            if line.hasPrefix("Net ") { net = String(line.dropFirst(4)) }
            if let net, line.hasPrefix(" Total capacitance:"), let value = line.split(separator: " ").last.flatMap({ Double($0) }) {
                totals[net] = value * 1000  // pF → fF
            }
        }
        for (name, ground) in Self.escapedNameGround {
            let total = try #require(totals[name], "OpenSTA reported no capacitance for \(name)")
            #expect(abs(total - ground) < 1e-3, "\(name): OpenSTA \(total) fF, written \(ground) fF")
        }
    }
}
