import EDA
import Foundation
import GraphCore

extension TimingSample {
    /// Times `netlist` (cells the library lacks removed) under `constraints` with ideal wires,
    /// with the library's wire-load model and, when given, with the extracted `parasitics`, and
    /// gathers the sample. Endpoint slacks are timed under `tightConstraints(criticalPath)`,
    /// given the ideal-wire critical path (the period less the worst setup slack, library
    /// unit); where it gives `nil` or nothing is constrained, under `constraints`. The tight
    /// timings reuse the delay calculation (`TimingAnalysis.retimed`), and all share `graph`
    /// (`TimingGraph(netlist: netlist, library: library)` when not given); required times are
    /// propagated to the endpoints only. The features read nothing of `parasitics`.
    /// - Complexity: O(three timing analyses of the design and three arrival propagations)
    public init(netlist: CellNetlist, library: LibertyLibrary, constraints: TimingConstraints,
                tightConstraints: (Double) throws -> TimingConstraints?, parasitics: Parasitics?, graph: TimingGraph? = nil) rethrows {
        let graph = graph ?? TimingGraph(netlist: netlist, library: library)
        func timed(_ wires: any TimingParasitics) -> TimingAnalysis {
            TimingAnalysis(netlist: netlist, library: library, constraints: constraints, parasitics: wires, graph: graph, requireds: .endpoints)
        }
        let ideal = timed(IdealWires())
        let estimated: any TimingParasitics = WireLoadParasitics(library: library) ?? IdealWires()
        let wireLoad = timed(estimated)
        let period = constraints.clocks.first?.period ?? 0
        let tight = try ideal.worstSlack().flatMap { try tightConstraints(period - $0) }
        // Timed again only when the tight clock differs.
        func timedTight(_ sta: TimingAnalysis) -> TimingAnalysis { tight.map { sta.retimed(under: $0, requireds: .endpoints) } ?? sta }
        let idealTight = timedTight(ideal)
        let endpoints = idealTight.endpoints
        // The setup check's clock pin and edge of each register endpoint.
        var capture = [Int: Int32]()
        for check in graph.checks {
            let arc = library.cells[Int(check.cell)].arcs[Int(check.arc)]
            guard arc.kind.checkCorner == .max, capture[Int(check.dataNode)] == nil else { continue }
            capture[Int(check.dataNode)] = check.clockNode * 2 + Int32((arc.kind.checkEdge ?? .rise).rawValue)
        }
        func values(_ sta: TimingAnalysis, _ tight: TimingAnalysis) -> TimingValues {
            let ps = Float(sta.timeUnit / 1e-12)
            var arrivals = [Float](repeating: .nan, count: graph.nodeCount * 2), slews = arrivals
            for node in 0 ..< graph.nodeCount {
                for rf in RiseFall.allCases {
                    if let a = sta.arrival(node, rf, .max) { arrivals[node * 2 + rf.rawValue] = Float(a) * ps }
                    if let s = sta.slew(node, rf, .max) { slews[node * 2 + rf.rawValue] = Float(s) * ps }
                }
            }
            let slacks = endpoints.flatMap { node in RiseFall.allCases.map { tight.slack(node, $0, .max).map { Float($0) * ps } ?? .nan } }
            return TimingValues(arrivals: arrivals, slews: slews, slacks: slacks)
        }
        var truth: TimingValues?
        if let parasitics {
            let spef = timed(SPEFTimingParasitics(parasitics, netlist: netlist, library: library))
            truth = values(spef, timedTight(spef))
        }
        let fanins = ideal.criticalFanins()
        let idealValues = values(ideal, idealTight)
        let wireLoadValues = values(wireLoad, timedTight(wireLoad))
        var sources: [Int32] = [], targets: [Int32] = [], isCell: [Bool] = []
        for u in 0 ..< graph.nodeCount {
            for e in graph.graph.edgeRange(of: u) {
                sources.append(Int32(u))
                targets.append(graph.graph.targets[e])
                isCell.append(!graph.isNetEdge(e))
            }
        }
        let features = TimingSample.features(netlist: netlist, library: library, ideal: ideal, wireLoad: wireLoad, fanins: fanins,
                                             idealValues: idealValues, wireLoadValues: wireLoadValues)
        self.init(design: netlist.design, period: period, tightPeriod: tight?.clocks.first?.period ?? period, nodeCount: graph.nodeCount,
                  edgeSources: sources, edgeTargets: targets, edgeIsCell: isCell, order: graph.order, features: features, fanins: fanins,
                  endpoints: endpoints.map(Int32.init), captureClocks: endpoints.map { capture[$0] ?? -1 },
                  clockNetwork: (0 ..< graph.nodeCount).map(ideal.isOnClockNetwork), ideal: idealValues, wireLoad: wireLoadValues, truth: truth)
    }

    /// The node features (`TimingFeature`). - Complexity: O(nodes + cells' arcs)
    static func features(netlist: CellNetlist, library: LibertyLibrary, ideal: TimingAnalysis, wireLoad: TimingAnalysis, fanins: [Int32],
                         idealValues: TimingValues, wireLoadValues: TimingValues) -> Matrix {
        let graph = ideal.graph
        let femtofarads = library.units.capacitance / 1e-15
        var corners = LibertyCorners(library: library)
        func net(_ node: Int) -> Int { node < graph.portCount ? Int(netlist.ports[node].net) : Int(netlist.pinNet[node - graph.portCount]) }
        var fanout = [Int](repeating: 0, count: netlist.netCount)
        for node in 0 ..< graph.nodeCount where [.outputPort, .inoutPort, .cellInput, .cellInout].contains(graph.kinds[node]) { fanout[net(node)] += 1 }
        var x = Matrix(rows: graph.nodeCount, columns: TimingFeature.count)
        let designSize = Float(log1p(Double(graph.nodeCount)) / 10)
        func step(_ values: [Float], _ node: Int, _ rf: Int) -> Float {
            let a = values[node * 2 + rf], f = fanins[node * 2 + rf]
            guard !a.isNaN else { return 0 }
            return f < 0 || values[Int(f)].isNaN ? 0 : a - values[Int(f)]
        }
        func orZero(_ v: Float) -> Float { v.isNaN ? 0 : v }
        for node in 0 ..< graph.nodeCount {
            func set(_ f: TimingFeature, _ v: Float) { x[node, f.rawValue] = v }
            let kind: TimingFeature = switch graph.kinds[node] {
            case .inputPort: .inputPort
            case .outputPort: .outputPort
            case .cellInput: .cellInput
            case .cellOutput: .cellOutput
            default: .otherKind
            }
            set(kind, 1)
            set(.registerClock, graph.isRegisterClockPin[node] ? 1 : 0)
            let c = Int(graph.libraryCell[node]), p = Int(graph.libraryPin[node])
            if c >= 0 {
                set(.sequentialCell, library.cells[c].isSequential ? 1 : 0)
                if p >= 0 {
                    set(.pinCapacitance, Float(log1p(library.cells[c].pins[p].capacitance * femtofarads)))
                    for (k, value) in corners.summary(cell: c, pin: p).enumerated() { x[node, TimingFeature.riseDelaySmallSmall.rawValue + k] = value }
                }
            }
            let n = net(node)
            set(.netFanout, Float(log1p(Double(fanout[n]))))
            let pins = ideal.load(node, .rise), wired = wireLoad.load(node, .rise)
            set(.netPinCapacitance, Float(log1p(max(pins, 0) * femtofarads)))
            set(.wireLoadCapacitance, Float(log1p(max(wired - pins, 0) * femtofarads)))
            set(.level, Float(graph.levels[node]) / 100)
            set(.designSize, designSize)
            for rf in 0 ..< 2 {
                let i = node * 2 + rf
                x[node, TimingFeature.idealArrivalRise.rawValue + rf] = orZero(idealValues.arrivals[i]) / 10_000
                x[node, TimingFeature.idealSlewRise.rawValue + rf] = orZero(idealValues.slews[i]) / 1000
                x[node, TimingFeature.idealStepRise.rawValue + rf] = step(idealValues.arrivals, node, rf) / 1000
                x[node, TimingFeature.wireLoadArrivalRise.rawValue + rf] = orZero(wireLoadValues.arrivals[i] - idealValues.arrivals[i]) / 1000
                x[node, TimingFeature.wireLoadStepRise.rawValue + rf] = (step(wireLoadValues.arrivals, node, rf) - step(idealValues.arrivals, node, rf)) / 1000
                x[node, TimingFeature.wireLoadSlewRise.rawValue + rf] = orZero(wireLoadValues.slews[i] - idealValues.slews[i]) / 1000
            }
        }
        return x
    }
}

/// Per Liberty cell pin: the NLDM delay and transition values at the four table corners, mean
/// over the arcs that end at the pin (`TimingFeature.riseDelaySmallSmall` onward), in ns. A cell's
/// pins are summarised when one of them is first asked for: a design uses few of the library's cells.
struct LibertyCorners {
    private let library: LibertyLibrary
    private var table: [[[Float]]?]

    init(library: LibertyLibrary) {
        self.library = library
        table = Array(repeating: nil, count: library.cells.count)
    }

    /// The 16 values of pin `pin` of cell `cell`. - Complexity: O(1) once the cell is summarised
    mutating func summary(cell: Int, pin: Int) -> [Float] {
        if let pins = table[cell] { return pins[pin] }
        let pins = Self.summaries(library.cells[cell], ns: Float(library.units.time / 1e-9))
        table[cell] = pins
        return pins[pin]
    }

    /// Every pin's 16 values for `cell`. - Complexity: O(arcs × log table)
    private static func summaries(_ cell: LibertyCell, ns: Float) -> [[Float]] {
        cell.pins.indices.map { p in
            let arcs = cell.arcs.filter { $0.pin == p && !$0.kind.isCheck }
            var sums = [Float](repeating: 0, count: 16)
            guard !arcs.isEmpty else { return sums }
            for arc in arcs {
                let tables = [arc.cellRise, arc.cellFall, arc.riseTransition, arc.fallTransition]
                for (t, lookup) in tables.enumerated() {
                    guard let lookup else { continue }
                    for (k, value) in LibertyCorners.corners(lookup).enumerated() { sums[t * 4 + k] += Float(value) * ns }
                }
            }
            return sums.map { $0 / Float(arcs.count) }
        }
    }

    /// A table's values at (least, greatest input slew) × (least, greatest load). - Complexity: O(log table)
    static func corners(_ table: LibertyTable) -> [Double] {
        func range(_ variables: Set<LibertyTable.Variable>) -> (Double, Double) {
            guard let axis = table.axes.first(where: { variables.contains($0.variable) }), let low = axis.values.min(), let high = axis.values.max() else { return (0, 0) }
            return (low, high)
        }
        let slew = range([.inputNetTransition, .inputTransitionTime, .relatedPinTransition])
        let load = range([.totalOutputNetCapacitance, .equalOrOppositeOutputNetCapacitance, .relatedOutTotalOutputNetCapacitance])
        return [(slew.0, load.0), (slew.0, load.1), (slew.1, load.0), (slew.1, load.1)].map { table.value(inputTransition: $0.0, load: $0.1) }
    }
}
