import Foundation
import Testing
@testable import EDA

/// The gcd example's SDC and a `flat_sdc.py` output, hand-checked, and read the same way
/// OpenSTA reads them: the constraints we read from a file equal those we read from OpenSTA's
/// `write_sdc` of it (where OpenSTA has evaluated every variable, `expr` and pattern).
@Suite(.enabled(if: SharedData.directory != nil, "../shared/data is absent"))
struct SDCRealFileTests {
    static var gcdNetlist: String { SharedData.opensta!.appendingPathComponent("gcd_sky130hd.v").path }
    static var gcdSDC: String { SharedData.opensta!.appendingPathComponent("gcd_sky130hd.sdc").path }
    static let flatSDCScript = SharedData.directory.map { $0.appendingPathComponent("../tools/opensta/flat_sdc.py").standardizedFileURL.path }
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let sta = ["/usr/bin/sta", "/usr/local/bin/sta"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func gcdConstraintsAreHandChecked() throws {
        let netlist = try CellNetlistReader.read(contentsOf: Self.gcdNetlist)
        let c = try SDCReader.read(contentsOf: Self.gcdSDC, netlist: netlist)
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let clk = try #require(netlist.ports.firstIndex { $0.name == "clk" })
        #expect(c.clocks.count == 1 && c.clocks[0].name == "clk" && c.clocks[0].period == 5 && c.clocks[0].sources == [clk])
        #expect(c.clocks[0].waveform == [0, 2.5] && !c.clocks[0].isPropagated)
        // delay = 5 × .2 on req_val, reset, resp_rdy and req_msg[*]; all outputs; transition .1 on all inputs.
        let delayed = Set(c.inputDelays.map { netlist.ports[$0.port].name })
        #expect(delayed == Set(["req_val", "reset", "resp_rdy"] + (0 ..< 32).map { "req_msg[\($0)]" }))
        #expect(c.inputDelays.allSatisfy { $0.clock == 0 && !$0.clockFall && $0.delay[.rise, .max] == 1 && $0.delay[.fall, .min] == 1 })
        #expect(c.outputDelays.count == 18 && c.outputDelays.allSatisfy { $0.delay[.fall, .max] == 1 && netlist.ports[$0.port].direction == .output })
        let transitions = netlist.ports.indices.filter { c.inputTransitions[$0][.rise, .min] == 0.1 }
        #expect(transitions == netlist.ports.indices.filter { netlist.ports[$0].direction == .input } && transitions.count == 36)
    }

    /// `flat_sdc.py`'s constraints for one TT06 design, as its header describes them.
    @Test(.enabled(if: python != nil, "python3 is absent"))
    func flatSDCMatchesItsDescription() throws {
        let (netlist, sdc) = try Self.flatSDC("tt_um_3515_sequenceDetector")
        let c = try SDCReader.read(bytes: sdc, fileName: "flat.sdc", netlist: netlist)
        #expect(c.warnings.isEmpty, "\(c.warnings)")
        let clock = try #require(c.clocks.first)
        #expect(c.clocks.count == 1 && clock.name == "clk" && clock.period == 20 && clock.isPropagated)
        #expect(clock.setupUncertainty == 0.25 && clock.holdUncertainty == 0.25 && clock.transition[.fall, .min] == 0.15)
        let dataInputs = netlist.ports.indices.filter {
            netlist.ports[$0].direction == .input && !["clk", "VPWR", "VGND"].contains(netlist.ports[$0].name)
        }
        #expect(dataInputs.count == 18 && c.inputDelays.map(\.port) == dataInputs)
        #expect(c.inputDelays.allSatisfy { $0.delay[.rise, .max] == 4 && $0.delay[.fall, .min] == 4 })
        #expect(dataInputs.allSatisfy { c.drivingCells[$0][.rise, .max] == TimingConstraints.DrivingCell(cell: "sky130_fd_sc_hd__inv_1", pin: "Y") })
        #expect(c.outputDelays.count == 24 && c.loads.allSatisfy { $0.pin.isEmpty && $0.wire.isEmpty })
        #expect(c.derates[.netDelay, .clock, .fall, .min] == 0.95 && c.derates[.cellDelay, .data, .rise, .max] == 1.05 && c.derates[.cellCheck, .data, .rise, .max] == 1)  // checks only with -cell_check
    }

    /// The netlist of a TT06 design and the SDC `flat_sdc.py` writes for it (period from designs.tsv).
    static func flatSDC(_ design: String) throws -> (CellNetlist, [UInt8]) {
        let file = try #require(SharedData.tt06).appendingPathComponent(design + ".v.gz")
        let netlist = try CellNetlistReader.read(bytes: try SharedData.gunzip(file), fileName: file.path)
        let period = try #require(SharedData.tt06Designs.first { $0.design == design }?.period)
        let sdc = try SharedData.run(try #require(python), [try #require(flatSDCScript), file.path, period])
        return (netlist, sdc)
    }

    /// OpenSTA's `write_sdc` of `sdc` for `netlist` (file on disk).
    static func openSTAWrite(netlist: String, top: String, sdc: String, in directory: URL) throws -> [UInt8] {
        let library = directory.appendingPathComponent("sky130.lib")
        if !FileManager.default.fileExists(atPath: library.path) {
            try Data(try SharedData.gunzip(try #require(SharedData.opensta).appendingPathComponent("sky130hd_tt.lib.gz"))).write(to: library)
        }
        let out = directory.appendingPathComponent("written.sdc")
        let script = directory.appendingPathComponent("write.tcl")
        try """
            read_liberty \(library.path)
            read_verilog \(netlist)
            link_design \(top)
            read_sdc \(sdc)
            write_sdc \(out.path)

            """.write(to: script, atomically: true, encoding: .utf8)
        _ = try SharedData.run(try #require(sta), ["-no_splash", "-exit", script.path])
        return Array(try Data(contentsOf: out))
    }

    /// The parts of two constraint sets that must agree (warnings aside).
    static func expectSame(_ a: TimingConstraints, _ b: TimingConstraints) {
        #expect(a.clocks == b.clocks)
        #expect(a.inputDelays == b.inputDelays && a.outputDelays == b.outputDelays)
        #expect(a.drivingCells == b.drivingCells && a.inputTransitions == b.inputTransitions && a.loads == b.loads)
        #expect(a.derates == b.derates)
    }

    @Test(.enabled(if: sta != nil, "OpenSTA (sta) is absent"))
    func gcdReadsAsOpenSTAReadsIt() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let netlist = try CellNetlistReader.read(contentsOf: Self.gcdNetlist)
        let written = try Self.openSTAWrite(netlist: Self.gcdNetlist, top: "gcd", sdc: Self.gcdSDC, in: directory)
        let theirs = try SDCReader.read(bytes: written, fileName: "written.sdc", netlist: netlist)
        #expect(theirs.warnings.isEmpty, "\(theirs.warnings)")
        Self.expectSame(try SDCReader.read(contentsOf: Self.gcdSDC, netlist: netlist), theirs)
    }

    @Test(.enabled(if: sta != nil && python != nil, "OpenSTA (sta) or python3 is absent"))
    func flatSDCReadsAsOpenSTAReadsIt() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let design = "tt_um_3515_sequenceDetector"
        let (netlist, sdc) = try Self.flatSDC(design)
        let verilog = directory.appendingPathComponent("design.v"), flat = directory.appendingPathComponent("flat.sdc")
        try Data(try SharedData.gunzip(try #require(SharedData.tt06).appendingPathComponent(design + ".v.gz"))).write(to: verilog)
        try Data(sdc).write(to: flat)
        let written = try Self.openSTAWrite(netlist: verilog.path, top: design, sdc: flat.path, in: directory)
        let theirs = try SDCReader.read(bytes: written, fileName: "written.sdc", netlist: netlist)
        #expect(theirs.warnings.isEmpty, "\(theirs.warnings)")
        Self.expectSame(try SDCReader.read(bytes: sdc, fileName: "flat.sdc", netlist: netlist), theirs)
    }
}
