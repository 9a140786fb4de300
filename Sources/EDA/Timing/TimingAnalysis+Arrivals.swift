extension TimingAnalysis {
    /// Seeds the clock sources and input ports, then pushes arrivals and slews along every
    /// edge in topological order; with `delaysKnown`, arrivals only, along the slews and
    /// delays already in place. - Complexity: O((nodes + edges × arcs) × tags)
    mutating func propagateArrivals(delaysKnown: Bool) {
        markClockNetwork()
        seedInputs()
        let graph = context.graph
        var loadTimes: [(load: Int, delay: Double, slew: Double)] = []
        for u in graph.order {
            let u = Int(u)
            if graph.isRegisterClockPin[u], !isClock[u] {
                for rf in RiseFall.allCases {
                    for mm in MinMax.allCases { merge(arrival: 0, at: index(u, unclockedSeedTag, rf, mm), mm) }
                }
            }
            for e in graph.graph.edgeRange(of: u) {
                let v = Int(graph.graph.targets[e])
                if graph.isNetEdge(e) {
                    propagateNet(from: u, to: v)
                } else if delaysKnown {
                    pushKnownDelays(edge: e, from: u, to: v, in: graph)
                } else {
                    propagateCell(edge: e, from: u, to: v, in: graph, loadTimes: &loadTimes)
                }
            }
        }
    }

    /// Marks the clock network: the clock sources and what net edges and non-launching cell
    /// arcs reach from them, each node with its clock-tree parent (the first such edge into it
    /// in topological order). - Complexity: O(nodes + edges × arcs)
    private mutating func markClockNetwork() {
        let graph = context.graph, launches = context.arcLaunches
        for clock in context.constraints.clocks {
            for source in clock.sources { isClock[source] = true }
        }
        for u in graph.order where isClock[Int(u)] {
            let u = Int(u)
            for e in graph.graph.edgeRange(of: u) {
                let arcs = Int(graph.edgeArcStart[e]) ..< Int(graph.edgeArcStart[e + 1])
                guard arcs.isEmpty || arcs.contains(where: { !launches[$0] }) else { continue }
                let v = Int(graph.graph.targets[e])
                isClock[v] = true
                noteClockParent(u, of: v)
            }
        }
    }

    /// Clock source ports at their edges; input ports at their input delays; every input
    /// port's slew from its driving cell or input transition, and the delays and slews of the
    /// wires from it.
    private mutating func seedInputs() {
        let context = self.context, graph = context.graph, constraints = context.constraints
        for node in 0 ..< graph.portCount where graph.kinds[node] == .inputPort || graph.kinds[node] == .inoutPort {
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases {
                    let (slew, extraDelay, drive) = context.portDrives[slewIndex(node, rf, mm)]
                    merge(slew: slew, at: slewIndex(node, rf, mm), mm)
                    context.forEachLoad(of: node, rf, drive: drive, sourceSlew: slew) { load, delay, slew in
                        merge(wireDelay: extraDelay + delay, slew: slew, at: slewIndex(load, rf, mm), mm)
                    }
                }
            }
        }
        for (c, clock) in constraints.clocks.enumerated() {
            for source in clock.sources {
                for rf in RiseFall.allCases {
                    let tag = TimingContext.tag(clock: c, fall: rf == .fall)
                    for mm in MinMax.allCases { arrivals[index(source, tag, rf, mm)] = context.edgeTime(tag) }
                }
            }
        }
        for delay in constraints.inputDelays {
            guard let c = delay.clock, !isClock[delay.port] else { continue }
            let tag = TimingContext.tag(clock: c, fall: delay.clockFall)
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases {
                    guard let value = delay.delay[rf, mm] else { continue }
                    merge(arrival: context.edgeTime(tag) + value, at: index(delay.port, tag, rf, mm), mm)
                }
            }
        }
    }

    @inline(__always) private mutating func merge(arrival a: Double, at i: Int, _ mm: MinMax) {
        if Self.later(a, than: arrivals[i], mm) { arrivals[i] = a }
    }

    /// Notes `u` as the clock-tree parent of clock node `v` (the first edge into it).
    @inline(__always) private mutating func noteClockParent(_ u: Int, of v: Int) {
        if clockParents[v] < 0 { clockParents[v] = Int32(u) }
    }

    /// Keeps the worse slew at `i` for corner `mm`: each corner has its own slews (OpenSTA's
    /// default on-chip-variation analysis has a delay calculation per corner).
    @inline(__always) private mutating func merge(slew s: Double, at i: Int, _ mm: MinMax) {
        let old = slews[i]
        if old.isNaN || (mm == .max ? s > old : s < old) { slews[i] = s }
    }

    /// Keeps the worse wire delay to a load at `i` (`slewIndex`) and the worse slew there over
    /// the arcs into its driver, as OpenSTA merges them.
    private mutating func merge(wireDelay delay: Double, slew: Double, at i: Int, _ mm: MinMax) {
        if wireDelays[i].isNaN || (mm == .max ? delay > wireDelays[i] : delay < wireDelays[i]) { wireDelays[i] = delay }
        merge(slew: slew, at: i, mm)
    }

    /// Whether arrivals of corner `mm` cross arc `k` from `u`. A latch's D → Q arc passes only
    /// late arrivals, and only when a clock reaches the latch's enable, as in OpenSTA (which
    /// passes them only while the latch is open, borrowing time; that is not modelled: late
    /// data crosses whenever it arrives). - Complexity: O(1)
    @inline(__always) func crosses(arc k: Int, from u: Int, _ mm: MinMax) -> Bool {
        guard context.latchDataArcs[k] else { return true }
        return mm == .max && isClock[Int(context.latchEnables[u])]
    }

    /// The derate of a delay: clock path while on a clock network. - Complexity: O(1)
    @inline(__always) func derate(_ kind: TimingDerates.Kind, clockPath: Bool, _ rf: RiseFall, _ mm: MinMax) -> Double {
        context.constraints.derates[kind, clockPath ? .clock : .data, rf, mm]
    }

    private mutating func propagateNet(from u: Int, to v: Int) {
        for rf in RiseFall.allCases {
            for mm in MinMax.allCases {
                let d = wireDelay(to: v, rf, mm) * derate(.netDelay, clockPath: isClock[u], rf, mm)
                for tag in 0 ..< tagCount {
                    let a = arrivals[index(u, tag, rf, mm)]
                    if a.isFinite { merge(arrival: a + d, at: index(v, tag, rf, mm), mm) }
                }
            }
        }
    }

    /// The slew an arc from `u` sees: at a register's clock pin on ideal clocks (`clockEdgeArc`)
    /// the clocks' `set_clock_transition`, else the slew propagated to `u`; `nil` if none.
    @inline(__always) func inputSlew(at u: Int, _ inRf: RiseFall, _ mm: MinMax, clockEdgeArc: Bool) -> Double? {
        if clockEdgeArc, isClock[u], let ideal = idealClockSlew(at: u, inRf, mm) { return ideal }
        let s = slews[slewIndex(u, inRf, mm)]
        return s.isNaN ? nil : s
    }

    /// The worst `set_clock_transition` of the ideal clocks reaching `u`; `nil` when a
    /// propagated clock reaches it or none does. - Complexity: O(tags)
    @inline(__always) func idealClockSlew(at u: Int, _ rf: RiseFall, _ mm: MinMax) -> Double? {
        var worst: Double?
        for tag in 0 ..< unclockedTag where arrivals[index(u, tag, rf, .max)].isFinite {
            guard !context.clock(ofTag: tag).isPropagated else { return nil }
            let s = context.idealClockSlew(tag, rf, mm)
            if worst.map({ Self.later(s, than: $0, mm) }) ?? true { worst = s }
        }
        return worst
    }

    /// When an arc from `u` starts for `tag`: the arrival there, or the clock edge itself at a
    /// register's clock pin on an ideal clock; `nil` when `tag` does not reach `u`.
    @inline(__always) func launchTime(at u: Int, tag: Int, _ inRf: RiseFall, _ mm: MinMax, clockEdgeArc: Bool) -> Double? {
        let a = arrivals[index(u, tag, inRf, mm)]
        guard a.isFinite else { return nil }
        if clockEdgeArc, isClock[u], !context.clock(ofTag: tag).isPropagated { return context.edgeTime(tag) }
        return a
    }

    /// The delays of the arcs of cell edge `e` per corner (on that corner's input slew), the
    /// slews at `v` and at the loads of its net, the wire delays to them, and the arrivals at `v`.
    /// The delay calculation does not depend on the corner beyond its input slew, so when both
    /// corners see the same slew the late corner reuses the early one's solution (`loadTimes`
    /// holds the wire delays and slews of its loads; any buffer, reused to spare allocations).
    private mutating func propagateCell(edge e: Int, from u: Int, to v: Int, in graph: TimingGraph,
                                        loadTimes: inout [(load: Int, delay: Double, slew: Double)]) {
        let context = self.context, cell = context.library.cells[Int(graph.libraryCell[u])]
        for k in Int(graph.edgeArcStart[e]) ..< Int(graph.edgeArcStart[e + 1]) {
            let arc = cell.arcs[Int(graph.edgeArcs[k])]
            let clockEdgeArc = context.arcLaunches[k]
            for outRf in RiseFall.allCases where arc.delay(outRf) != nil {
                for inRf in RiseFall.allCases where arc.causes(inRf, outRf) {
                    var solved: (inSlew: Double, drive: EffectiveCapacitance)?
                    for mm in MinMax.allCases {
                        guard let inSlew = inputSlew(at: u, inRf, mm, clockEdgeArc: clockEdgeArc) else { continue }
                        if solved?.inSlew != inSlew {
                            guard let drive = context.calculateDrive(arc, outRf, inSlew: inSlew, driver: v) else { continue }
                            solved = (inSlew, drive)
                            loadTimes.removeAll(keepingCapacity: true)
                            context.forEachLoad(of: v, outRf, drive: drive, sourceSlew: drive.slew) { loadTimes.append(($0, $1, $2)) }
                        }
                        guard let drive = solved?.drive else { continue }
                        arcDelays[arcDelayIndex(k, inRf, outRf, mm)] = drive.delay
                        merge(slew: drive.slew, at: slewIndex(v, outRf, mm), mm)
                        for (load, delay, slew) in loadTimes { merge(wireDelay: delay, slew: slew, at: slewIndex(load, outRf, mm), mm) }
                        pushArrivals(arc: k, from: u, to: v, inRf, outRf, mm, delay: drive.delay)
                    }
                }
            }
        }
    }

    /// Pushes the arrivals of cell edge `e` along its arcs' delays in `arcDelays`.
    private mutating func pushKnownDelays(edge e: Int, from u: Int, to v: Int, in graph: TimingGraph) {
        for k in Int(graph.edgeArcStart[e]) ..< Int(graph.edgeArcStart[e + 1]) {
            for outRf in RiseFall.allCases {
                for inRf in RiseFall.allCases {
                    for mm in MinMax.allCases {
                        let delay = arcDelays[arcDelayIndex(k, inRf, outRf, mm)]
                        if !delay.isNaN { pushArrivals(arc: k, from: u, to: v, inRf, outRf, mm, delay: delay) }
                    }
                }
            }
        }
    }

    /// Merges the arrivals at `u` plus the derated `delay` of arc `k` (`graph.edgeArcs`) into `v`,
    /// per launching tag, when they cross the arc.
    @inline(__always) private mutating func pushArrivals(arc k: Int, from u: Int, to v: Int, _ inRf: RiseFall, _ outRf: RiseFall, _ mm: MinMax,
                                                         delay undrated: Double) {
        guard crosses(arc: k, from: u, mm) else { return }
        let clockEdgeArc = context.arcLaunches[k]
        let delay = undrated * derate(.cellDelay, clockPath: isClock[u] && !clockEdgeArc, outRf, mm)
        for tag in 0 ..< tagCount {
            guard let vTag = self.tag(after: tag, at: u, launches: clockEdgeArc),
                  let start = launchTime(at: u, tag: tag, inRf, mm, clockEdgeArc: clockEdgeArc) else { continue }
            merge(arrival: start + delay, at: index(v, vTag, outRf, mm), mm)
        }
    }
}
