import Foundation
import GraphCore
import Testing
@testable import EDA

/// The shipped data (`../shared/data`, beside the package or its worktree folder), when present.
enum SharedData {
    static let directory: URL? = ["../shared/data", "../../shared/data"]
        .map { Fixtures.packageRoot.appendingPathComponent($0).standardizedFileURL }
        .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("tt06").path) }

    static var tt06: URL? { directory?.appendingPathComponent("tt06") }
    static var opensta: URL? { directory?.appendingPathComponent("opensta") }

    /// Each design of tt06/designs.tsv with its clock period (ns, as written) and non-physical
    /// cell count; none when the data is absent.
    static let tt06Designs: [(design: String, period: String, cells: Int)] = {
        guard let tt06, let text = try? String(contentsOf: tt06.appendingPathComponent("designs.tsv"), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").dropFirst().map { line in
            let fields = line.split(separator: "\t")
            return (String(fields[0]), fields.count > 1 ? String(fields[1]) : "", fields.count > 3 ? Int(fields[3]) ?? -1 : -1)
        }
    }()

    /// The bytes of a gzip file, through `gzip -dc` (the readers take bytes, so decompression
    /// can be layered on).
    static func gunzip(_ url: URL) throws -> [UInt8] {
        try run("/bin/gzip", ["-dc", url.path])
    }

    /// The standard output of a tool, required to succeed.
    static func run(_ tool: String, _ arguments: [String], in directory: URL? = nil) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "\(tool) \(arguments.joined(separator: " ")) failed")
        return Array(data)
    }

    /// The names of the cells of a Liberty file, by a plain pattern match on `cell (NAME)`.
    static func libertyCellNames(_ bytes: [UInt8]) throws -> Set<String> {
        let text = String(decoding: bytes, as: UTF8.self)
        let pattern = try Regex(#"(?m)^\s*cell\s*\(\s*"?([A-Za-z0-9_]+)"?\s*\)"#)
        return Set(text.matches(of: pattern).compactMap { $0.output[1].substring.map(String.init) })
    }
}

/// Every shipped gate-level netlist reads; the cell counts agree with the data's own record
/// and with yosys.
@Suite(.enabled(if: SharedData.directory != nil, "../shared/data is absent"))
struct CellNetlistRealFileTests {
    static let sky130Cells: Set<String> = {
        guard let opensta = SharedData.opensta,
              let bytes = try? SharedData.gunzip(opensta.appendingPathComponent("sky130hd_tt.lib.gz")) else { return [] }
        return (try? SharedData.libertyCellNames(bytes)) ?? []
    }()

    @Test func allTT06DesignsAndTheLibraryAreThere() {
        #expect(SharedData.tt06Designs.count == 183 && Self.sky130Cells.count == 428)
    }

    /// Every TT06 design reads, gzipped as it is shipped (the file layer decompresses).
    /// Dropping the cells the Liberty library lacks (fill, tap, `ef` decap) and not counting
    /// decap and antenna-diode cells leaves the count that designs.tsv records.
    @Test(arguments: SharedData.tt06Designs.map(\.design))
    func tt06DesignReadsWithTheRecordedCellCount(design: String) throws {
        let cells = try #require(SharedData.tt06Designs.first { $0.design == design }?.cells)
        let url = try #require(SharedData.tt06).appendingPathComponent(design + ".v.gz")
        var netlist = try CellNetlistReader.read(contentsOf: url.path)
        #expect(netlist.invariantViolation() == nil)
        #expect(netlist.design == design)
        let vpwr = try #require(netlist.net(named: "VPWR")), vgnd = try #require(netlist.net(named: "VGND"))
        #expect(netlist.netKinds[vpwr] == .power && netlist.netKinds[vgnd] == .ground)
        let dropped = netlist.removeInstances(ofCellsNotIn: Self.sky130Cells)
        let timed = (0 ..< netlist.instanceCount).filter {
            let cell = netlist.cellType(of: $0)
            return !cell.contains("decap") && !cell.contains("diode")
        }
        #expect(timed.count == cells && dropped > 0, "\(timed.count) cells, designs.tsv says \(cells)")
        #expect(netlist.invariantViolation() == nil)
    }

    /// The file layer's decompression of a shipped `.v.gz` is `gzip -dc`'s, byte for byte.
    @Test func gzippedNetlistsDecompressAsGzipDoes() throws {
        let url = try #require(SharedData.tt06).appendingPathComponent("tt_um_aiju_8080.v.gz")
        #expect(try FileIO.readAll(url.path) == SharedData.gunzip(url))
    }

    @Test func openSTAExamplesRead() throws {
        let opensta = try #require(SharedData.opensta)
        let gcd = try CellNetlistReader.read(contentsOf: opensta.appendingPathComponent("gcd_sky130hd.v").path)
        #expect(gcd.design == "gcd" && gcd.ports.count == 1 + 1 + 1 + 1 + 1 + 1 + 32 + 16)
        #expect(gcd.ports.first { $0.name == "req_msg[31]" }?.bus == "req_msg")
        #expect(gcd.net(named: "ctrl.state.out[1]") != nil)  // an escaped scalar name
        let example = try CellNetlistReader.read(contentsOf: opensta.appendingPathComponent("example1.v").path)
        #expect(example.instanceNames == ["r1", "r2", "u1", "u2", "r3"] && example.netCount == 10)
        #expect(CellNetlistTests.connections(example)["u2/ZN"] == "u2z")
        let asap7 = try CellNetlistReader.read(contentsOf: opensta.appendingPathComponent("reg1_asap7.v").path)
        #expect(asap7.cellTypes == ["DFFHQx4_ASAP7_75t_R", "BUFx2_ASAP7_75t_R", "AND2x2_ASAP7_75t_R"])
        #expect(asap7.pinCount == 3 * 3 + 2 + 3)
    }
}

/// yosys as the oracle: instance counts after flattening, net counts (wire bits once
/// `opt_clean -purge` has merged assigned nets and removed unconnected ones), and for a
/// hierarchy, the pin-to-net partition of its own flattening.
@Suite(.enabled(if: Yosys.path != nil && SharedData.directory != nil, "yosys or ../shared/data is absent"))
struct CellNetlistYosysTests {
    /// The cells yosys counts for `top` after flattening, and the wire bits after cleaning
    /// (which also removes cells without connections, such as unpowered tap cells).
    static func yosysStat(_ file: String, top: String) throws -> (cells: Int, wireBits: Int) {
        let script = "read_verilog \(file); hierarchy -top \(top); flatten; stat; opt_clean -purge; stat"
        let lines = String(decoding: try SharedData.run(try #require(Yosys.path), ["-p", script]), as: UTF8.self).split(separator: "\n")
        func number(_ line: Substring?) throws -> Int {
            let found = try #require(line)
            return try #require(Int(found.split(separator: " ").last ?? ""))
        }
        return (try number(lines.first { $0.contains("Number of cells:") }), try number(lines.last { $0.contains("Number of wire bits:") }))
    }

    /// Nets a cell pin or a port is on, not counting constants (yosys has no wire for them).
    static func connectedNets(_ netlist: CellNetlist) -> Int {
        let onPort = Set(netlist.ports.map(\.net))
        return (0 ..< netlist.netCount).filter { n in
            let kind = netlist.netKinds[n]
            return kind != .constantZero && kind != .constantOne && (!netlist.pins(on: n).isEmpty || onPort.contains(Int32(n)))
        }.count
    }

    static func temporary(_ bytes: [UInt8], _ name: String) throws -> URL {
        let url = try Fixtures.temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test(arguments: ["gcd_sky130hd", "tt_um_3515_sequenceDetector", "tt_um_aiju_8080", "tt_um_ADPCM_COMPRESSOR", "tt_um_MichaelBell_latch_mem"])
    func cellAndNetCountsAgree(design: String) throws {
        let file: URL
        if design.hasPrefix("gcd") {
            file = try #require(SharedData.opensta).appendingPathComponent(design + ".v")
        } else {
            file = try Self.temporary(try SharedData.gunzip(try #require(SharedData.tt06).appendingPathComponent(design + ".v.gz")), design + ".v")
        }
        defer { if !design.hasPrefix("gcd") { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) } }
        let netlist = try CellNetlistReader.read(contentsOf: file.path)
        let theirs = try Self.yosysStat(file.path, top: netlist.design)
        #expect(netlist.instanceCount == theirs.cells)
        #expect(Self.connectedNets(netlist) == theirs.wireBits)
    }

    /// Pin paths grouped by net, with yosys's `.` hierarchy separator read as `/`.
    static func partition(_ netlist: CellNetlist) -> Set<[String]> {
        Set((0 ..< netlist.netCount).map { n in
            netlist.pins(on: n).map { netlist.pinPath(Int($0)).replacingOccurrences(of: ".", with: "/") }.sorted()
        }.filter { !$0.isEmpty })
    }

    @Test func hierarchyFlattensLikeYosys() throws {
        let text = CellNetlistTests.fullAdder + """
            module two (input [1:0] a, b, input ci, output [1:0] s, output co);
              wire c0;
              full f0 (.a(a[0]), .b(b[0]), .ci(ci), .s(s[0]), .co(c0));
              full f1 (a[1], b[1], c0, s[1], co);
            endmodule

            """
        let source = try Self.temporary(Array(text.utf8), "two.v")
        let flat = source.deletingLastPathComponent().appendingPathComponent("flat.v")
        defer { try? FileManager.default.removeItem(at: source.deletingLastPathComponent()) }
        let ours = try CellNetlistReader.read(contentsOf: source.path)
        #expect(ours.design == "two" && ours.instanceCount == 10)
        let script = "read_verilog \(source.path); hierarchy -top two; flatten; opt_clean -purge; write_verilog -noattr \(flat.path)"
        _ = try SharedData.run(try #require(Yosys.path), ["-q", "-p", script])
        let theirs = try CellNetlistReader.read(contentsOf: flat.path)
        #expect(theirs.instanceCount == ours.instanceCount)
        #expect(Self.partition(theirs) == Self.partition(ours))
        let stat = try Self.yosysStat(source.path, top: "two")
        #expect(stat.cells == ours.instanceCount && stat.wireBits == Self.connectedNets(ours))
    }
}
