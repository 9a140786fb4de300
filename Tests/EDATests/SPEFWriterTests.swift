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
}
