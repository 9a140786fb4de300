/// What the propagation passes share: the design, its library and constraints, the graph, the
/// wires, and the delay calculation on them (NLDM lookups at the driver's load).
struct TimingContext: Sendable {
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
    /// Per node (`node * 2 + rf`): the load a driver there sees.
    private(set) var loads: [Double] = []
    /// Per load node (`node * 2 + rf`): the delay of the wire from its net's driver to it.
    private(set) var wireDelays: [Double] = []
    /// Per input port (`(port * 2 + rf) * 2 + mm`): the slew its driving cell gives, and the
    /// part of that cell's delay its load causes (added to the wires from the port, as OpenSTA
    /// does); NaN and 0 without a driving cell.
    private(set) var driveSlews: [Double] = []
    private(set) var driveDelays: [Double] = []

    init(netlist: CellNetlist, library: LibertyLibrary, constraints: TimingConstraints, graph: TimingGraph, parasitics: any TimingParasitics) {
        self.netlist = netlist
        self.library = library
        self.constraints = constraints
        self.graph = graph
        self.parasitics = parasitics
        var fanouts = [Int32](repeating: 0, count: netlist.netCount)
        for node in 0 ..< graph.nodeCount where TimingContext.isLoad(graph.kinds[node]) {
            fanouts[TimingContext.net(of: node, netlist: netlist, graph: graph)] += 1
        }
        self.fanouts = fanouts
        var dropsWires = [Bool](repeating: false, count: netlist.netCount)
        for (port, load) in constraints.loads.enumerated() where load != TimingConstraints.PortLoad() {
            let n = Int(netlist.ports[port].net)
            dropsWires[n] = !parasitics.isExtracted(net: n)
        }
        self.dropsWires = dropsWires
        loads = driverLoads()
        wireDelays = loadWireDelays()
        driveSlews = [Double](repeating: .nan, count: graph.portCount * 4)
        driveDelays = [Double](repeating: 0, count: graph.portCount * 4)
        for port in 0 ..< graph.portCount {
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases {
                    guard let drive = drivingCellDelay(port: port, rf, mm, load: loads[port * 2 + rf.rawValue]) else { continue }
                    driveSlews[(port * 2 + rf.rawValue) * 2 + mm.rawValue] = drive.slew
                    driveDelays[(port * 2 + rf.rawValue) * 2 + mm.rawValue] = drive.loadDelay
                }
            }
        }
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

    /// Per load node (`node * 2 + rf`): the wire delay from its net's driver, asked of the
    /// parasitics once per net and transition. - Complexity: O(pins + ports + the parasitics' work)
    private func loadWireDelays() -> [Double] {
        var netLoads = [[Int]](repeating: [], count: netlist.netCount)
        for node in 0 ..< graph.nodeCount where TimingContext.isLoad(graph.kinds[node]) { netLoads[net(of: node)].append(node) }
        var delays = [Double](repeating: 0, count: graph.nodeCount * 2)
        for (n, nodes) in netLoads.enumerated() where !nodes.isEmpty && !dropsWires[n] && !netlist.netKinds[n].isSupply {
            let targets = nodes.map { $0 < graph.portCount ? TimingLoad.port($0) : .pin($0 - graph.portCount) }
            for rf in RiseFall.allCases {
                let wire = parasitics.wireDelays(net: n, loads: targets, loadCapacitances: nodes.map { pinCapacitance($0, rf) })
                for (node, delay) in zip(nodes, wire) { delays[node * 2 + rf.rawValue] = delay }
            }
        }
        return delays
    }

    /// The delay from the driver `from` to the load `to` on their net: the wire's, plus for an
    /// input port the load-dependent part of its driving cell's delay. - Complexity: O(1)
    func wireDelay(from driver: Int, to load: Int, _ rf: RiseFall, _ mm: MinMax) -> Double {
        let wire = wireDelays[load * 2 + rf.rawValue]
        return driver < graph.portCount ? wire + driveDelays[(driver * 2 + rf.rawValue) * 2 + mm.rawValue] : wire
    }

    /// The delay and output slew of `arc` for output transition `outRf`, input slew `inSlew`
    /// and load `load`; `nil` when the arc has no delay table for `outRf`. - Complexity: O(log table)
    func gateDelay(_ arc: LibertyTimingArc, _ outRf: RiseFall, inSlew: Double, load: Double) -> (delay: Double, slew: Double)? {
        guard let table = arc.delay(outRf) else { return nil }
        let delay = table.value(inputTransition: inSlew, load: load)
        let slew = arc.transition(outRf).map { max($0.value(inputTransition: inSlew, load: load), 0) } ?? 0
        return (delay, slew)
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

    /// A port's driving cell for an `rf` transition at the port with load `load`: its output
    /// slew, and its delay less its delay at no load; `nil` when it has none. The arc is the one
    /// from `-from_pin`, else from the cell's first input with an arc to the output pin.
    /// - Complexity: O(arcs of the cell)
    private func drivingCellDelay(port: Int, _ rf: RiseFall, _ mm: MinMax, load: Double) -> (loadDelay: Double, slew: Double)? {
        guard let driving = constraints.drivingCells[port][rf, mm], let cell = library.cell(named: driving.cell) else { return nil }
        let output = driving.pin.flatMap { cell.pinIndex(named: $0) } ?? cell.pins.firstIndex { $0.direction == .output }
        let arcs = cell.arcs.filter { $0.pin == output && !$0.kind.isCheck }
        guard let from = driving.fromPin.flatMap({ cell.pinIndex(named: $0) }) ?? arcs.map(\.relatedPin).min() else { return nil }
        var result: (loadDelay: Double, slew: Double)?
        for arc in arcs where arc.relatedPin == from {
            for inRf in arc.inputTransitions(causing: rf) {
                let inSlew = inRf == .rise ? driving.inputTransitionRise : driving.inputTransitionFall
                guard let loaded = gateDelay(arc, rf, inSlew: inSlew, load: load),
                      let intrinsic = gateDelay(arc, rf, inSlew: inSlew, load: 0) else { continue }
                result = (loaded.delay - intrinsic.delay, loaded.slew)
            }
        }
        return result
    }
}
