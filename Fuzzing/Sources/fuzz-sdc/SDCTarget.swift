import EDA
import FuzzSupport

/// The design the constraints name: ports clk, rst, a[1], a[0], b (inputs), y, z[2], z[1],
/// z[0] (outputs) and io (inout), and two instances.
private let netlist: CellNetlist = {
    let text = """
        module d (clk, rst, a, b, y, z, io);
          input clk, rst, b; input [1:0] a; output y; output [2:0] z; inout io;
          INV u1 (.A(a[0]), .Y(y));
          DFF r1 (.CK(clk), .D(b), .Q(z[0]));
        endmodule
        """
    return try! CellNetlistReader.read(bytes: Array(text.utf8), fileName: "fuzz.v")
}()

/// SDC: `SDCReader.read(bytes:netlist:)`. Accepted constraints must name only the design's
/// ports and their own clocks, keep one entry per port, and warn in one line each with a line
/// number inside the input; rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSDC(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let constraints: TimingConstraints
    do {
        constraints = try SDCReader.read(bytes: bytes, fileName: "fuzz.sdc", netlist: netlist)
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
        return 0
    }
    let ports = netlist.ports.indices
    Fuzz.require(constraints.portNames == netlist.ports.map(\.name), "port names differ from the netlist's")
    Fuzz.require([constraints.drivingCells.count, constraints.inputTransitions.count, constraints.loads.count].allSatisfy { $0 == ports.count },
                 "per-port lists are not one entry per port")
    for clock in constraints.clocks {
        Fuzz.require(clock.sources.allSatisfy(ports.contains), "clock \(clock.name) on ports \(clock.sources)")
    }
    Fuzz.require(Set(constraints.clocks.map(\.name)).count == constraints.clocks.count, "two clocks of one name")
    for delay in constraints.inputDelays + constraints.outputDelays {
        Fuzz.require(ports.contains(delay.port), "a port delay on port \(delay.port)")
        Fuzz.require(delay.clock.map(constraints.clocks.indices.contains) ?? true, "a port delay on clock \(delay.clock!)")
    }
    let lines = bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    for warning in constraints.warnings {
        Fuzz.require((1 ... lines).contains(warning.line), "a warning on line \(warning.line) of \(lines)")
        Fuzz.require(!warning.description.contains(where: \.isNewline), "the warning is not one line: \(warning.description.debugDescription)")
    }
    return 0
}
