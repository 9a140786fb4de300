import Foundation
import GraphCore
import Testing
@testable import EDA

/// The SPEF reader on real extractions: OpenSTA's examples and the TT06 designs (OpenROAD),
/// against plain counts of the files, the label script's own SPEF parsing (awk) and OpenSTA.
@Suite(.enabled(if: SharedData.directory != nil, "../shared/data is absent"))
struct SPEFRealFileTests {
    static func opensta(_ name: String) throws -> String { try #require(SharedData.opensta).appendingPathComponent(name).path }
    static func tt06(_ name: String) throws -> String { try #require(SharedData.tt06).appendingPathComponent(name).path }

    /// How many lines of `text` start with `prefix`.
    static func lines(_ text: String, startingWith prefix: String) -> Int {
        text.split(separator: "\n").filter { $0.hasPrefix(prefix) }.count
    }

    /// Nets and pins as counted by their keyword lines; every net and pin found in the netlist,
    /// on its net.
    @Test(arguments: [("gcd_sky130hd.spef", "gcd_sky130hd.v"), ("example1.dspef", "example1.v"), ("reg1_asap7.spef", "reg1_asap7.v")])
    func openSTAExamplesReadAndMapExactly(spef: String, verilog: String) throws {
        let parasitics = try SPEFReader.read(contentsOf: Self.opensta(spef))
        #expect(parasitics.invariantViolation() == nil)
        let text = String(decoding: try FileIO.readAll(Self.opensta(spef)), as: UTF8.self)
        #expect(parasitics.netCount == Self.lines(text, startingWith: "*D_NET"))
        #expect(parasitics.pins.count == Self.lines(text, startingWith: "*P ") + Self.lines(text, startingWith: "*I "))
        let netlist = try CellNetlistReader.read(contentsOf: Self.opensta(verilog))
        let mapping = parasitics.mapping(to: netlist)
        #expect(mapping.unmappedNets.isEmpty && mapping.unmappedPins.isEmpty && mapping.misplacedPins.isEmpty,
                "unmapped nets \(mapping.unmappedNets.map { parasitics.netNames[$0] }), pins \(mapping.unmappedPins.map { parasitics.pins[$0].path })")
        // gcd's SPEF is of a slightly different netlist: three loads it does not list (one on
        // each of _044_, _048_ and dpath.a_lt_b$in1[4], checked by hand in the Verilog).
        let unlisted = mapping.unlistedPins.map { netlist.netNames[Int(netlist.pinNet[$0])] }.sorted()
        #expect(unlisted == (spef.hasPrefix("gcd") ? ["_044_", "_048_", "dpath.a_lt_b$in1[4]"] : []))
        #expect(parasitics.ports.count == netlist.ports.count)
    }

    /// reg1_asap7 is written in fF and kΩ, example1 in pF and Ω: the same reg1 design, with
    /// 6.7 fF + 6.7 fF = 13.4 fF nets and 2.42 kΩ, and 0.243 pF + 0.032 pF, 40 Ω.
    @Test func unitsOfTheExamples() throws {
        let asap7 = try SPEFReader.read(contentsOf: Self.opensta("reg1_asap7.spef"))
        let net = try #require(asap7.net(named: "in1"))
        #expect(asap7.netTotalCapacitance[net] == 13.4 && asap7.totalCapacitance(of: net) == 13.4)
        #expect(asap7.totalResistance(of: net) == 2_420 && asap7.header.units.henriesPerUnit == 1e-6)
        let example = try SPEFReader.read(contentsOf: Self.opensta("example1.dspef"))
        let r1q = try #require(example.net(named: "r1q"))
        #expect(abs(example.groundCapacitance(of: r1q) - 275) < 1e-9 && example.totalResistance(of: r1q) == 40)
        #expect(example.header.units.picosecondsPerUnit == 1 && example.pins[example.pins(of: r1q).last!].load == 8.6)
        // r1/Q drives u2/A1 through 40 Ω; downstream of it the 32 fF node: 40 × 32 e-3 = 1.28 ps.
        let delays = try #require(example.elmoreDelays(of: r1q))
        #expect(abs(delays.loads[0].delay - 1.28) < 1e-12)
    }

    /// Per net, the label script's awk parse of the SPEF (`spef_net_labels.sh`): total (the
    /// file's), ground and coupling capacitance, pins, nodes with ground capacitance, resistors
    /// and their sum; per net pair the coupling capacitance.
    @Test(arguments: ["gcd", "tt_um_aiju_8080"])
    func agreesWithTheLabelScript(design: String) throws {
        let script = SharedData.directory!.appendingPathComponent("../tools/opensta/spef_net_labels.sh").standardizedFileURL
        try #require(FileManager.default.isExecutableFile(atPath: script.path), "spef_net_labels.sh is absent")
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = design == "gcd" ? try Self.opensta("gcd_sky130hd.spef") : try Self.tt06(design + ".spef.gz")
        let plain = directory.appendingPathComponent("d.spef")
        try Data(try FileIO.readAll(path)).write(to: plain)
        _ = try SharedData.run(script.path, [plain.path, directory.appendingPathComponent("d").path])
        let parasitics = try SPEFReader.read(contentsOf: path)
        let index = parasitics.netIndex

        let rows = try Self.table(directory.appendingPathComponent("d.spefnets.tsv"))
        #expect(rows.count == parasitics.netCount)
        for row in rows {
            let net = Int(try #require(index[Self.unescaped(row[0])], "\(row[0])"))
            let numbers = row.dropFirst().map { Double($0)! }
            #expect(abs(parasitics.netTotalCapacitance[net] - numbers[0]) < 1e-4, "\(row[0]) total")
            #expect(abs(parasitics.groundCapacitance(of: net) - numbers[1]) < 1e-4, "\(row[0]) ground")
            #expect(abs(parasitics.couplingCapacitance(of: net) - numbers[2]) < 1e-4, "\(row[0]) coupling")
            #expect(parasitics.pins(of: net).count == Int(numbers[4]), "\(row[0]) pins")
            #expect(parasitics.resistors(of: net).count == Int(numbers[6]), "\(row[0]) resistors")
            #expect(abs(parasitics.totalResistance(of: net) - numbers[7]) < 1e-3, "\(row[0]) resistance")
        }
        let (pairs, unresolved) = parasitics.coupledNets()
        #expect(unresolved == 0)
        var ours: [String: Double] = [:]
        for pair in pairs { ours[[parasitics.netNames[pair.first], parasitics.netNames[pair.second]].sorted().joined(separator: " ")] = pair.capacitance }
        let theirs = try Self.table(directory.appendingPathComponent("d.coupling.tsv"))
        #expect(theirs.count == ours.count)
        for row in theirs {
            let key = [Self.unescaped(row[0]), Self.unescaped(row[1])].sorted().joined(separator: " ")
            #expect(abs((ours[key] ?? -1) - Double(row[2])!) < 1e-4, "\(key)")
        }
    }

    /// OpenSTA's wire capacitance of every net after `read_spef` (ground plus coupling, the
    /// coupling capacitors grounded) is ours, on the netlist and SPEF as the label pipeline
    /// prepares them (`clean_netlist.sh`, `fix_spef_names.sh`).
    @Test(.enabled(if: openSTA != nil, "sta is absent"), arguments: ["gcd", "tt_um_aiju_8080"])
    func wireCapacitanceAgreesWithOpenSTA(design: String) throws {
        let tools = SharedData.directory!.appendingPathComponent("../tools/opensta").standardizedFileURL
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = directory.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let library = try file("lib.lib", FileIO.readAll(try Self.opensta("sky130hd_tt.lib.gz")))
        let top = design == "gcd" ? "gcd" : design
        let spefPath = design == "gcd" ? try Self.opensta("gcd_sky130hd.spef") : try Self.tt06(design + ".spef.gz")
        let verilogPath = design == "gcd" ? try Self.opensta("gcd_sky130hd.v") : try Self.tt06(design + ".v.gz")
        let verilog = try file("d.v", FileIO.readAll(verilogPath)), spef = try file("d.spef", FileIO.readAll(spefPath))
        let clean = directory.appendingPathComponent("clean.v").path, fixed = directory.appendingPathComponent("fixed.spef").path
        _ = try SharedData.run(tools.appendingPathComponent("clean_netlist.sh").path, [verilog, clean, library])
        _ = try SharedData.run(tools.appendingPathComponent("fix_spef_names.sh").path, [spef, fixed])
        let script = try file("wc.tcl", Array("""
            read_liberty \(library)
            read_verilog \(clean)
            link_design \(top)
            read_spef \(fixed)
            set corner [sta::cmd_corner]
            foreach net [get_nets -hierarchical *] { puts "[get_full_name $net]\\t[$net wire_capacitance rise $corner max]" }
            exit

            """.utf8))
        let output = String(decoding: try SharedData.run(try #require(openSTA), ["-no_init", "-no_splash", "-exit", script]), as: UTF8.self)
        let parasitics = try SPEFReader.read(contentsOf: spefPath)
        let index = parasitics.netIndex
        // Nets with netlist pins their SPEF net does not list (gcd's SPEF is of another
        // version of its netlist) OpenSTA times otherwise: not compared, and counted.
        let netlist = try CellNetlistReader.read(contentsOf: verilogPath)
        let partial = Set(parasitics.mapping(to: netlist).unlistedPins.map { netlist.netNames[Int(netlist.pinNet[$0])] })
        #expect(partial.count == (design == "gcd" ? 3 : 0), "\(partial.sorted())")
        var compared = 0
        for line in output.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            guard fields.count == 2, let farads = Double(fields[1]) else { continue }
            guard let net = index[String(fields[0])] else {
                #expect(farads == 0, "OpenSTA has wire capacitance on \(fields[0]), a net without SPEF")
                continue
            }
            guard !partial.contains(String(fields[0])) else { continue }
            let ours = parasitics.totalCapacitance(of: Int(net))
            #expect(abs(ours - farads * 1e15) <= 1e-5 * ours + 1e-6, "\(fields[0]): ours \(ours) fF, OpenSTA \(farads * 1e15) fF")
            compared += 1
        }
        #expect(compared == parasitics.netCount - partial.count)
    }

    /// A TSV file's rows without its header.
    static func table(_ url: URL) throws -> [[String]] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    /// A SPEF name without its escapes (`ctrl\.state\[1\]` → `ctrl.state[1]`).
    static func unescaped(_ name: String) -> String {
        name.replacingOccurrences(of: #"\\(.)"#, with: "$1", options: .regularExpression)
    }

    /// Every TT06 SPEF reads, gzipped as shipped, and maps exactly onto its netlist: every net
    /// and pin found, each pin on its net (the OpenROAD names with `/` need no rewriting). A
    /// few designs here; `benchmarks/spef-tt06.sh` reads all 183.
    @Test(arguments: ["tt_um_aiju_8080", "tt_um_couchand_cora16", "tt_um_3515_sequenceDetector", "tt_um_MichaelBell_latch_mem"])
    func tt06ReadsAndMapsExactly(design: String) throws {
        let parasitics = try SPEFReader.read(contentsOf: Self.tt06(design + ".spef.gz"))
        #expect(parasitics.header.design == design && parasitics.header.units.femtofaradsPerUnit == 1000)
        let netlist = try CellNetlistReader.read(contentsOf: Self.tt06(design + ".v.gz"))
        let mapping = parasitics.mapping(to: netlist)
        #expect(mapping.isExact, "unmapped nets \(mapping.unmappedNets.prefix(5).map { parasitics.netNames[$0] }), pins \(mapping.unmappedPins.prefix(5).map { parasitics.pins[$0].path }), misplaced \(mapping.misplacedPins.count)")
        #expect(parasitics.coupledNets().unresolved == 0)
        // Every net with a driver has a tree reaching all its pins.
        for net in 0 ..< parasitics.netCount {
            guard let delays = parasitics.elmoreDelays(of: net) else { continue }
            #expect(delays.unreachable.isEmpty && delays.loopResistors == 0, "\(parasitics.netNames[net])")
        }
    }
}

/// Debian's OpenSTA binary, when installed.
private let openSTA: String? = ["/usr/bin/sta", "/usr/local/bin/sta"].first { FileManager.default.isExecutableFile(atPath: $0) }
