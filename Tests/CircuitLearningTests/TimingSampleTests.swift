import EDA
import Foundation
import GNN
import GraphCore
import Testing
@testable import CircuitLearning

/// gcd (OpenROAD's sky130hd example) with its own SDC, and with its SPEF or a rescaled one.
enum TimingData {
    static func netlist() throws -> CellNetlist {
        try TimingCorpus.netlist(ParasiticData.opensta("gcd_sky130hd.v"), library: #require(ParasiticData.library))
    }

    static func sample(spef text: String?) throws -> TimingSample {
        let library = try #require(ParasiticData.library), netlist = try netlist()
        let constraints = try SDCReader.read(contentsOf: ParasiticData.opensta("gcd_sky130hd.sdc"), netlist: netlist)
        let parasitics = try text.map { try SPEFReader.read(bytes: Array($0.utf8), fileName: "gcd.spef") }
        return TimingSample(netlist: netlist, library: library, constraints: constraints, tightConstraints: { _ in nil }, parasitics: parasitics)
    }

    static let spef: String? = try? String(contentsOfFile: ParasiticData.opensta("gcd_sky130hd.spef"), encoding: .utf8)
    static let gcd: TimingSample? = try? sample(spef: spef)
}

@Suite(.enabled(if: ParasiticData.directory != nil, "../shared/data is absent"))
struct TimingSampleTests {
    /// The labels are graphtool's STA with the SPEF, pin by pin, in ps.
    @Test func labelsAreTheSTAWithSPEF() throws {
        let sample = try #require(TimingData.gcd), truth = try #require(sample.truth)
        let library = try #require(ParasiticData.library), netlist = try TimingData.netlist()
        let constraints = try SDCReader.read(contentsOf: ParasiticData.opensta("gcd_sky130hd.sdc"), netlist: netlist)
        let parasitics = try SPEFReader.read(contentsOf: ParasiticData.opensta("gcd_sky130hd.spef"))
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: constraints,
                                 parasitics: SPEFTimingParasitics(parasitics, netlist: netlist, library: library))
        #expect(sample.nodeCount == sta.graph.nodeCount)
        var compared = 0
        for node in 0 ..< sta.graph.nodeCount {
            for rf in RiseFall.allCases {
                let label = truth.arrivals[2 * node + rf.rawValue]
                if let a = sta.arrival(node, rf, .max) {
                    #expect(abs(Double(label) - a * 1000) < 1e-2)
                    compared += 1
                } else {
                    #expect(label.isNaN)
                }
                if let s = sta.slew(node, rf, .max) { #expect(abs(Double(truth.slews[2 * node + rf.rawValue]) - s * 1000) < 1e-2) }
            }
        }
        #expect(compared > 1000)
        #expect(sample.endpoints.map(Int.init) == sta.endpoints)
        for (k, node) in sample.endpoints.enumerated() {
            let slack = try #require(sta.endpointSlack(Int(node)))
            #expect(abs(Double(truth.endpointSlacks[k]) - slack * 1000) < 1e-2)
        }
    }

    /// Changing the SPEF (resistances and capacitances doubled) changes the labels and nothing
    /// the model reads.
    @Test func noSPEFQuantityReachesTheFeatures() throws {
        let sample = try #require(TimingData.gcd), text = try #require(TimingData.spef)
        let scaled = text.replacingOccurrences(of: "*C_UNIT 1 PF", with: "*C_UNIT 2 PF").replacingOccurrences(of: "*R_UNIT 1 OHM", with: "*R_UNIT 2 OHM")
        #expect(scaled != text)
        let other = try TimingData.sample(spef: scaled), none = try TimingData.sample(spef: nil)
        for input in [other, none] {
            #expect(input.features == sample.features && input.fanins == sample.fanins && input.ideal == sample.ideal && input.wireLoad == sample.wireLoad)
            #expect(input.edgeSources == sample.edgeSources && input.edgeTargets == sample.edgeTargets && input.order == sample.order)
        }
        #expect(none.truth == nil)
        let a = try #require(sample.truth).arrivals, b = try #require(other.truth).arrivals
        let changed = zip(a, b).filter { $0.isFinite && $1.isFinite && $1 > $0 + 1 }.count
        #expect(changed > a.count / 4)
    }

    /// Each critical fan-in feeds its node through an edge, arrives no later (except a register's
    /// clock pin on gcd's ideal clock, where the launch is the clock edge itself), and only sources lack one.
    @Test func criticalFaninsAreEarlierNeighbours() throws {
        let sample = try #require(TimingData.gcd)
        var edges = Set<Int>(), hasIncoming = [Bool](repeating: false, count: sample.nodeCount)
        for (u, v) in zip(sample.edgeSources, sample.edgeTargets) {
            edges.insert(Int(u) * sample.nodeCount + Int(v))
            hasIncoming[Int(v)] = true
        }
        var withFanin = 0, sourcesWithInputs = 0
        for v in 0 ..< sample.nodeCount {
            for rf in 0 ..< 2 {
                let f = Int(sample.fanins[2 * v + rf]), a = sample.ideal.arrivals[2 * v + rf]
                guard f >= 0 else {
                    if !a.isNaN && hasIncoming[v] { sourcesWithInputs += 1 }
                    continue
                }
                withFanin += 1
                #expect(edges.contains(f / 2 * sample.nodeCount + v))
                if sample.features[f / 2, TimingFeature.registerClock.rawValue] == 0 { #expect(a >= sample.ideal.arrivals[f] - 1e-3) }
            }
        }
        #expect(withFanin > sample.nodeCount)
        #expect(sourcesWithInputs == 0)
    }

    /// A sample survives writing and reading; a file with an edge out of range is refused by name.
    @Test func roundTripsAndRejectsBadIndices() throws {
        let sample = try #require(TimingData.gcd)
        let read = try TimingSample(SafeTensors.decode(SafeTensors.encode(sample.contents), path: "gcd.safetensors"), path: "gcd.safetensors")
        #expect(read.features == sample.features && read.fanins == sample.fanins && read.truth == sample.truth && read.ideal == sample.ideal)
        #expect(read.endpoints == sample.endpoints && read.captureClocks == sample.captureClocks && read.edgeIsCell == sample.edgeIsCell)
        #expect(read.design == sample.design && read.period == sample.period)
        var contents = sample.contents
        var edges = contents.tensors["edges"]!
        edges[0, 1] = Float(sample.nodeCount)
        contents.tensors["edges"] = edges
        #expect(throws: TimingError.badSample(path: "bad", reason: "'edges' holds \(Float(sample.nodeCount)), expected an index below \(sample.nodeCount)")) {
            try TimingSample(contents, path: "bad")
        }
        contents = sample.contents
        var order = contents.tensors["order"]!
        let (first, last) = (Int(order[0, 0]), Int(order[sample.nodeCount - 1, 0]))
        (order[0, 0], order[sample.nodeCount - 1, 0]) = (Float(last), Float(first))  // a sink before the sources
        contents.tensors["order"] = order
        #expect(throws: TimingError.self) { try TimingSample(contents, path: "bad") }
        contents = sample.contents
        contents.metadata["kind"] = "other"
        #expect(throws: TimingError.self) { try TimingSample(contents, path: "bad") }
    }
}
