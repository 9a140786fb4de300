import EDA
import Foundation
import Testing
@testable import CircuitLearning

/// The qflow sample `netlists/qflow/ctrl` (EPFL ctrl placed and routed in OSU 0.18 µm by
/// `benchmarks/qflow-parasitics-data.sh`): magic's extraction as labels, read at cell level
/// (Verilog) and at transistor level (qflow's SPICE netlist with the OSU cell library), checked
/// against the per-net table `pex2spef.py` (../shared/tools/qflow, a separate reader) wrote.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: QflowSample.libraryPath), "qflow-tech-osu018 is not installed"))
struct ParasiticSPICETests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../netlists/qflow/ctrl").standardizedFileURL

    static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// pex2spef.py's table: per net, total, ground (with cell-internal metal) and coupling fF.
    static func table() throws -> [String: (total: Float, ground: Float, coupling: Float)] {
        let lines = try String(contentsOfFile: file("ctrl.magicnets.tsv"), encoding: .utf8).split(separator: "\n").dropFirst()
        var rows: [String: (Float, Float, Float)] = [:]
        for line in lines {
            let f = line.split(separator: "\t").map(String.init)
            rows[f[0]] = (Float(f[1])!, Float(f[2])! + Float(f[3])!, Float(f[4])!)
        }
        return rows
    }

    @Test func cellLevelLabelsMatchTheIndependentTable() throws {
        let library = try LibertyReader.read(contentsOf: QflowSample.libraryPath)
        let design = try ParasiticDesign.load(netlist: Self.file("ctrl.v"), spef: Self.file("ctrl.pex.spice.gz"), library: library)
        let targets = try #require(design.targets), table = try Self.table()
        #expect(targets.counts.unmappedCouplings == 0)
        var compared = 0
        for k in 0 ..< design.graph.netCount {
            guard let row = table[design.graph.netNames[k]] else { continue }
            #expect(targets.labelled[k])
            #expect(abs(targets.netTotal[k] - row.total) < 2e-3, "\(design.graph.netNames[k])")
            #expect(abs(targets.netGround[k] - row.ground) < 2e-3, "\(design.graph.netNames[k])")
            #expect(abs(targets.netCoupling[k] - row.coupling) < 2e-3, "\(design.graph.netNames[k])")
            compared += 1
        }
        #expect(compared == table.count)
        // Every coupled pair is net–net, and the pairs hold each net's coupling once per end.
        var perNet = [Float](repeating: 0, count: design.graph.netCount)
        for pair in targets.couplings {
            #expect(design.graph.kind(of: Int(pair.first)) == .net && design.graph.kind(of: Int(pair.second)) == .net)
            perNet[Int(pair.first) - design.graph.deviceCount - design.graph.pinCount] += pair.capacitance
            perNet[Int(pair.second) - design.graph.deviceCount - design.graph.pinCount] += pair.capacitance
        }
        for k in perNet.indices { #expect(abs(perNet[k] - targets.netCoupling[k]) < 1e-3) }
    }

    /// The SPICE netlist flattens to the cells' transistors; the labels agree with the cell level
    /// on every routed net, and the cells' internal nets stay unlabelled.
    @Test func transistorLevelGraph() throws {
        let design = try ParasiticDesign.load(spice: Self.file("ctrl.spc"), parasitics: Self.file("ctrl.pex.spice.gz"))
        let graph = design.graph, spice = try #require(graph.spice)
        // Transistors per cell, counted from the library's text; cells per type from the X lines.
        let library = try String(contentsOfFile: QflowSample.spicePath, encoding: .utf8).split(separator: "\n")
        var transistors: [String: Int] = [:], cell = ""
        for line in library {
            if line.hasPrefix(".subckt ") { cell = String(line.split(separator: " ")[1]) }
            if line.hasPrefix("M") { transistors[cell, default: 0] += 1 }
        }
        let cells = try String(contentsOfFile: Self.file("ctrl.spc"), encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("X") }
        let expected = cells.reduce(0) { $0 + transistors[String($1.split(separator: " ").last!), default: 0] }
        // FILL cells have no transistors (`.subckt FILL vdd gnd` is empty): black boxes on the supplies only.
        let fills = cells.filter { $0.hasSuffix(" FILL") }.count
        #expect(spice.devices.filter { $0.kind == .mosfet }.count == expected)
        #expect(spice.devices.filter { $0.kind == .instance }.count == fills && fills > 0)
        #expect(graph.deviceCount == expected)  // every transistor touches a signal net; the fills none
        #expect(graph.cellType.allSatisfy { $0 == -1 })
        let targets = try #require(design.targets), table = try Self.table()
        for k in 0 ..< graph.netCount {
            if let row = table[graph.netNames[k]] {
                #expect(abs(targets.netTotal[k] - row.total) < 2e-3, "\(graph.netNames[k])")
            } else {
                #expect(!targets.labelled[k] && graph.netNames[k].contains("/"), "\(graph.netNames[k])")
            }
        }
        #expect(targets.labelled.filter { $0 }.count == table.count)
        // A NAND2's gate pins are inputs, its drains and sources outputs.
        let gate = (0 ..< graph.pinCount).first { graph.pinName($0) == "g" }!
        #expect(graph.features[graph.node(ofPin: gate), ParasiticFeature.pinIsInput.rawValue] == 1)
    }

    /// Technology-independent features: no cell types; pin capacitance relative to the
    /// design's median input pin, so a median input reads log 2; counts unchanged.
    @Test func technologyIndependentFeatures() throws {
        let library = try LibertyReader.read(contentsOf: QflowSample.libraryPath)
        let graph = try ParasiticDesign.load(netlist: Self.file("ctrl.v"), spef: nil, library: library).graph
        let relative = graph.technologyIndependent()
        #expect(relative.cellType.allSatisfy { $0 == -1 })
        let column = ParasiticFeature.pinCapacitance.rawValue
        let inputs = (0 ..< graph.pinCount).map(graph.node(ofPin:)).filter { graph.features[$0, ParasiticFeature.pinIsInput.rawValue] > 0 }
        let sorted = inputs.map { relative.features[$0, column] }.sorted()
        #expect(abs(sorted[sorted.count / 2] - Float(log(2.0))) < 1e-5)
        for f in [ParasiticFeature.netFanout, .netDegree, .pinIsInput, .designNets] {
            #expect((0 ..< graph.nodeCount).allSatisfy { graph.features[$0, f.rawValue] == relative.features[$0, f.rawValue] })
        }
    }
}

enum QflowSample {
    static let libraryPath = "/usr/share/qflow/tech/osu018/osu018_stdcells.lib"
    static let spicePath = "/usr/share/qflow/tech/osu018/osu018_stdcells.sp"
}
