import EDA
import Foundation
import GraphCore
import Testing
@testable import CircuitLearning

/// Where `../shared/data` is (the routed designs and OpenSTA's examples), if present.
enum ParasiticData {
    static let directory: URL? = ["../shared/data", "../../shared/data"]
        .map { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").appendingPathComponent($0).standardizedFileURL }
        .first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("opensta/gcd_sky130hd.spef").path) }

    static func opensta(_ name: String) throws -> String { try #require(directory).appendingPathComponent("opensta/" + name).path }

    /// sky130hd_tt, read once.
    static let library: LibertyLibrary? = try? LibertyReader.read(contentsOf: opensta("sky130hd_tt.lib.gz"))

    /// gcd (OpenROAD's sky130hd example) with its SPEF.
    static let gcd: ParasiticDesign? = try? ParasiticDesign.load(netlist: opensta("gcd_sky130hd.v"), spef: opensta("gcd_sky130hd.spef"),
                                                                 library: #require(library))
}

/// The graph and the SPEF targets on gcd, against nets checked by hand in its SPEF.
@Suite(.enabled(if: ParasiticData.directory != nil, "../shared/data is absent"))
struct ParasiticGraphTests {
    /// Net `_049_` (`*D_NET *50`): driven by `_211_/Y`, loads `_365_/A1` and `_217_/B`; ground
    /// caps 0.133973 + 0.439023 + 0.115385 + 0.68838 = 1.376761 fF, twelve coupling caps summing
    /// to 1.14883719 fF, total 2.5256 fF. Its capacitor `*311:B *338:A` (0.125695 fF) is the
    /// pin–pin pair `_217_/B`–`_244_/A`; `*50:7 *305:A` (0.00456697 fF) the net–pin pair
    /// `_049_`–`_211_/A`.
    @Test func handCheckedNetOfGCD() throws {
        let design = try #require(ParasiticData.gcd)
        let graph = design.graph, targets = try #require(design.targets)
        let k = try #require(graph.netNames.firstIndex(of: "_049_"))
        #expect(targets.labelled[k])
        #expect(abs(targets.netTotal[k] - 2.5256) < 1e-5)
        #expect(abs(targets.netGround[k] - 1.376761) < 1e-5)
        #expect(abs(targets.netCoupling[k] - 1.14883719) < 1e-5)
        #expect(graph.netFanout[k] == 2)
        let netNode = graph.node(ofNet: k)
        let pins = graph.graph.neighbors(of: netNode).map { graph.netlist!.pinPath(Int(graph.netlistPin[Int($0) - graph.deviceCount])) }
        #expect(pins.sorted() == ["_211_/Y", "_217_/B", "_365_/A1"])
        func pinNode(_ path: String) throws -> Int32 {
            Int32(graph.node(ofPin: try #require(graph.netlistPin.firstIndex { graph.netlist!.pinPath(Int($0)) == path })))
        }
        func coupling(_ a: Int32, _ b: Int32) -> Float? {
            targets.couplings.first { $0.first == min(a, b) && $0.second == max(a, b) }?.capacitance
        }
        let pinPin = try #require(coupling(try pinNode("_217_/B"), try pinNode("_244_/A")))
        #expect(abs(pinPin - 0.125695) < 1e-6)
        let netPin = try #require(coupling(Int32(netNode), try pinNode("_211_/A")))
        #expect(abs(netPin - 0.00456697) < 1e-7)
        let pinA = Int(try pinNode("_211_/A"))
        #expect(graph.kind(of: netNode) == .net && graph.kind(of: pinA) == .pin)
    }

    /// Every SPEF net and pin of gcd maps; no supply net or physical-only cell is in the graph;
    /// edges are device–pin and pin–net only.
    @Test func gcdMapsAndHasNoSupply() throws {
        let design = try #require(ParasiticData.gcd)
        let graph = design.graph, targets = try #require(design.targets)
        #expect(targets.counts.unmappedNets == 0 && targets.counts.unmappedPins == 0 && targets.counts.misplacedPins == 0)
        #expect(targets.labelled.filter { $0 }.count == 288 - targets.counts.unmappedNets)
        #expect(graph.netlistNet.allSatisfy { !graph.netlist!.netKinds[Int($0)].isSupply })
        #expect(graph.netlist!.cellTypes.allSatisfy { !$0.contains("tapvpwrvgnd") && !$0.contains("fill") })
        for v in 0 ..< graph.nodeCount {
            for u in graph.graph.neighbors(of: v) {
                let pair = [graph.kind(of: v), graph.kind(of: Int(u))]
                #expect(pair.contains(.pin) && pair.contains { $0 != .pin }, "edge \(v)–\(u) joins \(pair)")
            }
        }
    }

    /// The features come from the netlist alone: the graph of gcd is the same whether its SPEF
    /// is read or not, and scaling every capacitance of the SPEF changes targets, not features.
    @Test func noSPEFQuantityReachesTheFeatures() throws {
        let library = try #require(ParasiticData.library)
        let with = try #require(ParasiticData.gcd)
        let without = try ParasiticDesign.load(netlist: ParasiticData.opensta("gcd_sky130hd.v"), spef: nil, library: library)
        #expect(without.targets == nil)
        #expect(with.graph.features == without.graph.features && with.graph.graph == without.graph.graph)
        let text = try String(contentsOfFile: ParasiticData.opensta("gcd_sky130hd.spef"), encoding: .utf8)
        let scaled = text.replacingOccurrences(of: "*C_UNIT 1 PF", with: "*C_UNIT 2 PF")
        let parasitics = try SPEFReader.read(bytes: Array(scaled.utf8), fileName: "scaled.spef")
        let targets = ParasiticTargets(parasitics, graph: without.graph)
        let k = try #require(with.graph.netNames.firstIndex(of: "_049_"))
        #expect(abs(targets.netTotal[k] - 2 * with.targets!.netTotal[k]) < 1e-5)
    }

    /// The split is seeded, independent of the order designs are listed in, and round-trips.
    @Test func splitIsSeededAndRoundTrips() throws {
        let names = (0 ..< 40).map { "d\($0)" }
        let split = ParasiticSplit(designs: names, seed: 7)
        #expect(split == ParasiticSplit(designs: names.reversed(), seed: 7))
        #expect(split != ParasiticSplit(designs: names, seed: 8))
        #expect(split.designs(in: .test).count == 6 && split.designs(in: .validation).count == 6)
        #expect(try ParasiticSplit(tsv: split.tsv, path: "split.tsv") == split)
        #expect(throws: ParasiticError.malformedSplit(path: "s.tsv", line: 2, found: "b\tdev")) {
            try ParasiticSplit(tsv: "a\ttrain\nb\tdev\n", path: "s.tsv")
        }
        // A control character quoted from the file stays on the message's one line (found by fuzz-parasitic-model).
        let formFeed = ParasiticError.malformedSplit(path: "s.tsv", line: 1, found: "H\u{0C}x").description
        #expect(!formFeed.contains("\u{0C}") && formFeed.split(whereSeparator: \.isNewline).count == 1, "\(formFeed)")
    }

    /// Coupling R² by kind of pair on gcd: the pairs of each kind are those of the targets at
    /// least 0.1 fF whose ends are of those kinds; the truth scores R² 1 on every kind, a
    /// predictor off by a constant factor less.
    @Test func couplingR2ByKindOfPair() throws {
        let gcd = try #require(ParasiticData.gcd), targets = try #require(gcd.targets)
        var expected: [String: Int] = [:]
        for pair in targets.couplings where pair.capacitance >= ParasiticCoupling.threshold {
            expected["\(gcd.graph.kind(of: Int(pair.first)))-\(gcd.graph.kind(of: Int(pair.second)))", default: 0] += 1
        }
        #expect(expected.keys.sorted() == ["net-net", "pin-net", "pin-pin"])
        let evaluation = CouplingEvaluation([gcd])
        let truth = Dictionary(uniqueKeysWithValues: targets.couplings.map { (Int64($0.first) << 32 | Int64($0.second), $0.capacitance) })
        func predictor(scale: Float) -> (Int, [Int32], [Int32]) -> (scores: [Float], femtofarads: [Float]) {
            { _, first, second in
                let caps = zip(first, second).map { scale * (truth[Int64($0) << 32 | Int64($1)] ?? 0) }
                return (caps, caps)
            }
        }
        let exact = evaluation.scores(predictor(scale: 1)), doubled = evaluation.scores(predictor(scale: 2))
        #expect(exact.byKind.mapValues(\.pairs) == expected)
        for (kind, scores) in exact.byKind {
            #expect(abs(try #require(scores.r2) - 1) < 1e-9, "\(kind)")
            #expect(try #require(doubled.byKind[kind]?.r2) < 0.99, "\(kind)")
        }
    }
}
