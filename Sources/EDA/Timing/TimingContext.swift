import Foundation

/// What the propagation passes share: the design, its library and constraints, the graph, the
/// wires, and the delay calculation on them: OpenSTA's `dmp_ceff_elmore` (an effective
/// capacitance on each driver's π, `EffectiveCapacitance`, and the Elmore delay of the wire to
/// each load with the slew degraded along it), or the NLDM tables at the driver's whole load
/// when its net has no wires. A class, so the passes share it without copying it; only its
/// initializer writes it.
final class TimingContext: @unchecked Sendable {
    let netlist: CellNetlist
    let library: LibertyLibrary
    let constraints: TimingConstraints
    let graph: TimingGraph
    let parasitics: any TimingParasitics
    /// Per net: its loads (cell inputs and output ports), the fanout of the wire-load model.
    let fanouts: [Int32]
    /// Per net: whether its wires are left out (no capacitance, no delay): a port on it has a
    /// `set_load` and its wires are estimated, not extracted. OpenSTA skips the wire-load
    /// estimate of such nets but still times their SPEF networks (measured on gcd: only the
    /// wire capacitance it reports is then 0).
    let dropsWires: [Bool]
    /// Per arc of a cell edge (`graph.edgeArcs`): whether it launches data on a clock edge.
    let arcLaunches: [Bool]
    /// Per arc of a cell edge: whether it is a latch's D → Q arc (a combinational arc from the
    /// pin its `latch` group names `data_in`).
    let latchDataArcs: [Bool]
    /// Per node: at a latch's data pin, the node of the latch's enable pin; −1 elsewhere.
    let latchEnables: [Int32]
    /// Net `n`'s load nodes are `netLoads[netLoadStart[n] ..< netLoadStart[n + 1]]`.
    private(set) var netLoadStart: [Int32] = []
    private(set) var netLoads: [Int32] = []
    /// Per node (`node * 2 + rf`): the load a driver there sees.
    private(set) var loads: [Double] = []
    /// Per net (`net * 2 + rf`): its wires as its driver sees them, if it has any.
    private(set) var wires: [DriverWires?] = []
    /// Per input port and corner (`(port * 2 + rf) * 2 + mm`): its slew, the part of its driving cell's delay its
    /// load causes (added to the wires from the port, as OpenSTA does), and the driving cell's
    /// solution for the loads (`nil` without a driving cell).
    private(set) var portDrives: [(slew: Double, extraDelay: Double, drive: EffectiveCapacitance?)] = []

    init(netlist: CellNetlist, library: LibertyLibrary, constraints: TimingConstraints, graph: TimingGraph, parasitics: any TimingParasitics) {
        self.netlist = netlist
        self.library = library
        self.constraints = constraints
        self.graph = graph
        self.parasitics = parasitics
        var fanouts = [Int32](repeating: 0, count: netlist.netCount)
        var loadNets: [Int32] = [], loadNodes: [Int32] = []
        for node in 0 ..< graph.nodeCount where TimingContext.isLoad(graph.kinds[node]) {
            let n = TimingContext.net(of: node, netlist: netlist, graph: graph)
            fanouts[n] += 1
            loadNets.append(Int32(n))
            loadNodes.append(Int32(node))
        }
        self.fanouts = fanouts
        let (start, members) = CellNetlist.group(loadNets, into: netlist.netCount)
        netLoadStart = start
        netLoads = members.map { loadNodes[Int($0)] }
        var dropsWires = [Bool](repeating: false, count: netlist.netCount)
        for (port, load) in constraints.loads.enumerated() where load != TimingConstraints.PortLoad() {
            let n = Int(netlist.ports[port].net)
            dropsWires[n] = !parasitics.isExtracted(net: n)
        }
        self.dropsWires = dropsWires
        var arcLaunches = [Bool](repeating: false, count: graph.edgeArcs.count)
        var latchDataArcs = arcLaunches, latchEnables = [Int32](repeating: -1, count: graph.nodeCount)
        for u in 0 ..< graph.nodeCount where graph.libraryCell[u] >= 0 {
            let cell = library.cells[Int(graph.libraryCell[u])]
            let enable = TimingContext.latchEnable(ofDataNode: u, cell: cell, netlist: netlist, graph: graph)
            latchEnables[u] = Int32(enable ?? -1)
            for e in graph.graph.edgeRange(of: u) {
                for k in Int(graph.edgeArcStart[e]) ..< Int(graph.edgeArcStart[e + 1]) {
                    arcLaunches[k] = cell.arcs[Int(graph.edgeArcs[k])].kind.launchEdge != nil
                    latchDataArcs[k] = enable != nil && !arcLaunches[k]
                }
            }
        }
        (self.arcLaunches, self.latchDataArcs, self.latchEnables) = (arcLaunches, latchDataArcs, latchEnables)
        loads = driverLoads()
        wires = netWires()
        portDrives = (0 ..< graph.portCount * 4).map { portDrive(port: $0 / 4, RiseFall(rawValue: $0 / 2 % 2)!, MinMax(rawValue: $0 % 2)!) }
    }

    /// This context under `constraints` that change no delay (the same ports' loads, driving
    /// cells and input transitions): the wires, loads, arcs and ports' drives are shared.
    /// - Complexity: O(1)
    func retimed(under constraints: TimingConstraints) -> TimingContext { TimingContext(self, constraints: constraints) }

    private init(_ other: TimingContext, constraints: TimingConstraints) {
        (netlist, library, graph, parasitics) = (other.netlist, other.library, other.graph, other.parasitics)
        self.constraints = constraints
        (fanouts, dropsWires, arcLaunches, latchDataArcs, latchEnables) = (other.fanouts, other.dropsWires, other.arcLaunches, other.latchDataArcs, other.latchEnables)
        (netLoadStart, netLoads, loads, wires, portDrives) = (other.netLoadStart, other.netLoads, other.loads, other.wires, other.portDrives)
    }

    /// The node of the enable pin of the latch whose data pin (`data_in`) is node `node` of an
    /// instance of `cell`; `nil` when it is no latch's data pin or the enable (`enable`, a pin
    /// or its negation) is not a pin of the instance. - Complexity: O(pins of the instance)
    private static func latchEnable(ofDataNode node: Int, cell: LibertyCell, netlist: CellNetlist, graph: TimingGraph) -> Int? {
        guard node >= graph.portCount, graph.libraryPin[node] >= 0,
              let latch = cell.sequentials.first(where: { $0.kind == .latch && $0.data?.trimmingCharacters(in: .whitespaces) == cell.pins[Int(graph.libraryPin[node])].name }),
              let enable = latch.clock?.filter({ !"!() ".contains($0) }) else { return nil }
        let instance = Int(netlist.pinInstance[node - graph.portCount])
        let pins = Int(netlist.instancePinStart[instance]) ..< Int(netlist.instancePinStart[instance + 1])
        return pins.first { netlist.pinNames[Int(netlist.pinNameIndex[$0])] == enable }.map { graph.portCount + $0 }
    }

    static func isLoad(_ kind: TimingGraph.NodeKind) -> Bool {
        kind == .outputPort || kind == .inoutPort || kind == .cellInput || kind == .cellInout
    }

    private static func net(of node: Int, netlist: CellNetlist, graph: TimingGraph) -> Int {
        node < graph.portCount ? Int(netlist.ports[node].net) : Int(netlist.pinNet[node - graph.portCount])
    }

    /// The net of a node. - Complexity: O(1)
    func net(of node: Int) -> Int { TimingContext.net(of: node, netlist: netlist, graph: graph) }

    /// The capacitance a node adds as a load: its Liberty pin's, or `set_load` on an output port.
    /// - Complexity: O(1)
    func pinCapacitance(_ node: Int, _ rf: RiseFall) -> Double {
        if node < graph.portCount {
            let load = constraints.loads[node]
            return (load.pin[rf, .max] ?? 0) + (load.wire[rf, .max] ?? 0)
        }
        let c = Int(graph.libraryCell[node]), p = Int(graph.libraryPin[node])
        guard c >= 0, p >= 0 else { return 0 }
        return library.cells[c].pins[p].capacitance(rf)
    }

    /// Per node (`node * 2 + rf`): the load a driver there sees — the pins on its net (its own
    /// included), `set_load`, and the wire. - Complexity: O(pins + ports)
    private func driverLoads() -> [Double] {
        var pinTotals = [Double](repeating: 0, count: netlist.netCount * 2)
        for node in 0 ..< graph.nodeCount where graph.kinds[node] != .unmapped {
            let n = net(of: node)
            for rf in RiseFall.allCases { pinTotals[n * 2 + rf.rawValue] += pinCapacitance(node, rf) }
        }
        var loads = [Double](repeating: 0, count: graph.nodeCount * 2)
        for node in 0 ..< graph.nodeCount {
            let n = net(of: node)
            guard !netlist.netKinds[n].isSupply else { continue }
            let wire = dropsWires[n] ? 0 : parasitics.wireCapacitance(net: n, fanout: Int(fanouts[n]))
            for rf in RiseFall.allCases { loads[node * 2 + rf.rawValue] = pinTotals[n * 2 + rf.rawValue] + wire }
        }
        return loads
    }

    /// Per net (`net * 2 + rf`): its wires from the parasitics, asked once per net and
    /// transition, with its driver's pin capacitance. - Complexity: O(pins + ports + the parasitics' work)
    private func netWires() -> [DriverWires?] {
        var driverCapacitance = [Double](repeating: 0, count: netlist.netCount * 2)
        for node in graph.portCount ..< graph.nodeCount where graph.kinds[node] == .cellOutput || graph.kinds[node] == .cellInout {
            for rf in RiseFall.allCases { driverCapacitance[net(of: node) * 2 + rf.rawValue] += pinCapacitance(node, rf) }
        }
        var wires = [DriverWires?](repeating: nil, count: netlist.netCount * 2)
        for n in 0 ..< netlist.netCount where !dropsWires[n] && !netlist.netKinds[n].isSupply {
            let nodes = netLoads[Int(netLoadStart[n]) ..< Int(netLoadStart[n + 1])].map(Int.init)
            let targets = nodes.map { $0 < graph.portCount ? TimingLoad.port($0) : .pin($0 - graph.portCount) }
            for rf in RiseFall.allCases {
                wires[n * 2 + rf.rawValue] = parasitics.driverWires(net: n, driverCapacitance: driverCapacitance[n * 2 + rf.rawValue],
                                                                    loads: targets, loadCapacitances: nodes.map { pinCapacitance($0, rf) })
            }
        }
        return wires
    }

    /// The thresholds of `rf` output transitions. - Complexity: O(1)
    func thresholds(_ rf: RiseFall) -> EffectiveCapacitance.Thresholds {
        let t = library.thresholds
        return .init(delay: t.output[rf.rawValue], lower: t.slewLower[rf.rawValue], upper: t.slewUpper[rf.rawValue],
                     slewDerate: t.slewDerate, ohm: library.units.capacitance / library.units.time)
    }

    /// The delay and output slew of `arc` for output transition `outRf`, input slew `inSlew`
    /// and load `load` from the NLDM tables; `nil` when the arc has no delay table for `outRf`.
    /// - Complexity: O(log table)
    func gateDelay(_ arc: LibertyTimingArc, _ outRf: RiseFall, inSlew: Double, load: Double) -> (delay: Double, slew: Double)? {
        guard let table = arc.delay(outRf) else { return nil }
        let delay = table.value(inputTransition: inSlew, load: load)
        let slew = arc.transition(outRf).map { max($0.value(inputTransition: inSlew, load: load), 0) } ?? 0
        return (delay, slew)
    }

    /// The delay calculation of `arc` (output transition `outRf`, input slew `inSlew`) driving
    /// the net of `driver`: on its π with an effective capacitance, or on its whole load when
    /// it has no wires; `nil` when the arc has no delay table for `outRf`. Both corners see the
    /// same wires and pin capacitances, so the result depends on the corner only through `inSlew`.
    /// - Complexity: O(Newton iterations × log table)
    func calculateDrive(_ arc: LibertyTimingArc, _ outRf: RiseFall, inSlew: Double, driver: Int) -> EffectiveCapacitance? {
        guard arc.delay(outRf) != nil else { return nil }
        let pi = wires[net(of: driver) * 2 + outRf.rawValue]?.pi ?? PiModel(near: loads[driver * 2 + outRf.rawValue], resistance: 0, far: 0)
        return EffectiveCapacitance(pi: pi, thresholds: thresholds(outRf)) { gateDelay(arc, outRf, inSlew: inSlew, load: $0)! }
    }

    /// Calls `body(load node, wire delay, slew there)` for each load of the net `driver`
    /// drives on an `rf` transition: from `drive` (a gate's solution), or for an input port
    /// without a driving cell from its slew `sourceSlew` — the Elmore delay and that slew on
    /// estimated wires, the step response of the network's Elmore pole on extracted ones
    /// (delay `ln(1/(1 − input threshold))` times Elmore, slew plus Elmore ×
    /// `ln((1 − lower)/(1 − upper))`), as OpenSTA does. Loads the wires do not reach get no
    /// delay and the driver's slew. - Complexity: O(loads × root iterations)
    func forEachLoad(of driver: Int, _ rf: RiseFall, drive: EffectiveCapacitance?, sourceSlew: Double,
                     _ body: (Int, Double, Double) -> Void) {
        let n = net(of: driver)
        let range = Int(netLoadStart[n]) ..< Int(netLoadStart[n + 1])
        guard let wires = wires[n * 2 + rf.rawValue] else {
            for k in range { body(Int(netLoads[k]), 0, drive?.slew ?? sourceSlew) }
            return
        }
        let t = library.thresholds
        for (k, elmore) in zip(range, wires.elmore) {
            let load = Int(netLoads[k])
            if elmore.isNaN {
                body(load, 0, drive?.slew ?? sourceSlew)
            } else if let drive {
                let (delay, slew) = drive.load(elmore: elmore)
                body(load, delay, slew)
            } else if wires.isExtracted {
                body(load, -elmore * log(1 - t.input[rf.rawValue]),
                     sourceSlew + elmore * log((1 - t.slewLower[rf.rawValue]) / (1 - t.slewUpper[rf.rawValue])) / t.slewDerate)
            } else {
                body(load, elmore, sourceSlew)
            }
        }
    }

    /// An input port's drive for an `rf` transition at the port: with a driving cell, the
    /// cell's solution on the port's net (the arc from `-from_pin`, else from the cell's first
    /// input with an arc to the output pin; the last such arc if several), its slew, and its
    /// delay less its delay at no load; else the port's input transition (0 without one).
    /// - Complexity: O(arcs of the cell × delay calculation)
    private func portDrive(port: Int, _ rf: RiseFall, _ mm: MinMax) -> (slew: Double, extraDelay: Double, drive: EffectiveCapacitance?) {
        let undriven = (constraints.inputTransitions[port][rf, mm] ?? 0, 0.0, nil as EffectiveCapacitance?)
        guard graph.kinds[port] == .inputPort || graph.kinds[port] == .inoutPort,
              let driving = constraints.drivingCells[port][rf, mm], let cell = library.cell(named: driving.cell) else { return undriven }
        let output = driving.pin.flatMap { cell.pinIndex(named: $0) } ?? cell.pins.firstIndex { $0.direction == .output }
        let arcs = cell.arcs.filter { $0.pin == output && !$0.kind.isCheck }
        guard let from = driving.fromPin.flatMap({ cell.pinIndex(named: $0) }) ?? arcs.map(\.relatedPin).min() else { return undriven }
        var result = undriven
        for arc in arcs where arc.relatedPin == from {
            for inRf in arc.inputTransitions(causing: rf) {
                let inSlew = inRf == .rise ? driving.inputTransitionRise : driving.inputTransitionFall
                guard let drive = calculateDrive(arc, rf, inSlew: inSlew, driver: port),
                      let intrinsic = gateDelay(arc, rf, inSlew: inSlew, load: 0) else { continue }
                result = (drive.slew, drive.delay - intrinsic.delay, drive)
            }
        }
        return result
    }

    // MARK: - Clocks

    /// The tag of arrivals from clock `clock`'s rising or falling (`fall`) source edge, launched
    /// at an input port or on the clock network (`fromRegister` false) or by a register.
    /// - Complexity: O(1)
    static func tag(clock: Int, fall: Bool, fromRegister: Bool = false) -> Int {
        (clock * 2 + (fall ? 1 : 0)) * 2 + (fromRegister ? 1 : 0)
    }

    /// The clock of a tag. - Complexity: O(1)
    func clock(ofTag tag: Int) -> TimingConstraints.Clock { constraints.clocks[tag >> 2] }

    /// The time of a tag's source edge in the first period (0 for unclocked registers).
    /// - Complexity: O(1)
    func edgeTime(_ tag: Int) -> Double {
        guard tag >> 2 < constraints.clocks.count else { return 0 }
        let waveform = clock(ofTag: tag).waveform
        return (tag >> 1) & 1 == 0 ? (waveform.first ?? 0) : (waveform.count > 1 ? waveform[1] : clock(ofTag: tag).period / 2)
    }

    /// The slew of an ideal clock at register pins: `set_clock_transition`, else 0. - Complexity: O(1)
    func idealClockSlew(_ tag: Int, _ rf: RiseFall, _ mm: MinMax) -> Double {
        clock(ofTag: tag).transition[rf, mm] ?? 0
    }

    /// The capture edge of a tag's clock for data launched at `launchTime`: the first after it
    /// (setup, `.max`) or the last at or before it (hold, `.min`). - Complexity: O(1)
    func captureTime(_ captureTag: Int, after launchTime: Double, _ mm: MinMax) -> Double {
        let first = edgeTime(captureTag), period = clock(ofTag: captureTag).period
        guard period > 0 else { return first }
        let k = ((launchTime - first) / period + 1e-9).rounded(.down)
        let atOrBefore = first + k * period
        return mm == .max ? atOrBefore + period : atOrBefore
    }
}
