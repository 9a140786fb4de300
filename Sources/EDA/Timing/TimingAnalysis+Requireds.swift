extension TimingAnalysis {
    /// Sets the required times the checks and output delays give, and returns the endpoints.
    /// Setup (`.max`): the capture edge after the launch, plus the capture clock's early latency,
    /// less the setup time and uncertainty. Hold (`.min`): the capture edge at or before the
    /// launch, plus the late latency, plus the hold time and uncertainty.
    /// - Complexity: O((checks + output delays) × tags²)
    mutating func setEndpointRequireds() -> [Int] {
        var ends = Set<Int>()
        let library = context.library
        for check in graph.checks {
            let arc = library.cells[Int(check.cell)].arcs[Int(check.arc)]
            guard let mm = arc.kind.checkCorner, let edge = arc.kind.checkEdge else { continue }
            let (clockPin, dataPin) = (Int(check.clockNode), Int(check.dataNode))
            guard isClock[clockPin] else { continue }  // a register clocked by data is not checked, as in OpenSTA
            let clockCorner: MinMax = mm == .max ? .min : .max  // the capture clock's early (setup) or late (hold) arrival
            for dataRf in RiseFall.allCases {
                guard let table = arc.constraint(dataRf), let dataSlew = slew(dataPin, dataRf, mm) else { continue }
                let clockSlew = idealClockSlew(at: clockPin, edge, clockCorner) ?? slew(clockPin, edge, clockCorner) ?? 0
                let time = table.value(relatedTransition: clockSlew, constrainedTransition: dataSlew)
                    * context.constraints.derates[.cellCheck, .data, dataRf, mm]
                for captureTag in 0 ..< unclockedTag {
                    let clockArrival = arrivals[index(clockPin, captureTag, edge, clockCorner)]
                    guard clockArrival.isFinite else { continue }
                    let clock = context.clock(ofTag: captureTag)
                    let latency = clock.isPropagated ? clockArrival - context.edgeTime(captureTag) : 0
                    let margin = mm == .max ? -time - (clock.setupUncertainty ?? 0) : time + (clock.holdUncertainty ?? 0)
                    ends.insert(dataPin)
                    setRequired(at: dataPin, dataRf, mm, captureTag: captureTag, offset: latency + margin,
                                capturePin: clock.isPropagated ? clockPin : nil)
                }
            }
        }
        for delay in context.constraints.outputDelays {
            guard let c = delay.clock else { continue }
            let captureTag = TimingContext.tag(clock: c, fall: delay.clockFall)
            let clock = context.constraints.clocks[c]
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases {
                    guard let value = delay.delay[rf, mm] else { continue }
                    let margin = mm == .max ? -value - (clock.setupUncertainty ?? 0) : -value + (clock.holdUncertainty ?? 0)
                    ends.insert(delay.port)
                    setRequired(at: delay.port, rf, mm, captureTag: captureTag, offset: margin)
                }
            }
        }
        return ends.sorted()
    }

    /// For every launching tag at `node`: required = capture edge for that launch + `offset`,
    /// relaxed by the common path pessimism of the launching clock pin and `capturePin`. What
    /// registers no clock reaches launch is unconstrained, as in OpenSTA (its slacks stay unset).
    private mutating func setRequired(at node: Int, _ rf: RiseFall, _ mm: MinMax, captureTag: Int, offset: Double,
                                      capturePin: Int? = nil) {
        for tag in 0 ..< unclockedTag where arrivals[index(node, tag, rf, mm)].isFinite {
            let i = index(node, tag, rf, mm)
            var removed = 0.0
            if let capturePin, launchPins[i] >= 0 {
                removed = commonPathPessimism(launch: Int(launchPins[i]), capture: capturePin, tag: captureTag)
            }
            let r = context.captureTime(captureTag, after: context.edgeTime(tag), mm) + offset + (mm == .max ? removed : -removed)
            merge(required: r, at: i, mm)
        }
    }

    /// The clock reconvergence pessimism between the launch clock pin `launch` and the capture
    /// clock pin `capture`: late minus early arrival of the capture tag at the last clock-tree
    /// node their paths share (0 when they share none). - Complexity: O(clock tree depth)
    func commonPathPessimism(launch: Int, capture: Int, tag: Int) -> Double {
        let nodeCount = graph.nodeCount
        func ancestors(_ node: Int) -> [Int] {
            var chain = [node], v = node
            while clockParents[v] >= 0, chain.count <= nodeCount {
                v = Int(clockParents[v])
                chain.append(v)
            }
            return chain
        }
        let launchChain = Set(ancestors(launch))
        guard let common = ancestors(capture).first(where: { launchChain.contains($0) }) else { return 0 }
        for rf in RiseFall.allCases {
            let late = arrivals[index(common, tag, rf, .max)], early = arrivals[index(common, tag, rf, .min)]
            if late.isFinite, early.isFinite { return late - early }
        }
        return 0
    }

    @inline(__always) private mutating func merge(required r: Double, at i: Int, _ mm: MinMax) {
        if mm == .max ? r < requireds[i] : r > requireds[i] { requireds[i] = r }
    }

    /// Pulls required times back along every edge in reverse topological order, with the
    /// delays the arrivals were pushed with; with `within`, only into the nodes it marks.
    /// - Complexity: O((nodes + edges × arcs) × tags)
    mutating func propagateRequireds(within: [Bool]? = nil) {
        let graph = context.graph
        var requireds = self.requireds
        self.requireds = []  // the local copy is then the only one, updated in place
        for u in graph.order.reversed() where within?[Int(u)] ?? true {
            let u = Int(u)
            for e in graph.graph.edgeRange(of: u) {
                let v = Int(graph.graph.targets[e])
                forEachEdgeDelay(edge: e, from: u, to: v, in: graph) { inRf, outRf, mm, delay, launches in
                    for tag in 0 ..< tagCount {
                        guard let vTag = self.tag(after: tag, at: u, launches: launches) else { continue }
                        let r = requireds[index(v, vTag, outRf, mm)] - delay
                        let i = index(u, tag, inRf, mm)
                        if r.isFinite, mm == .max ? r < requireds[i] : r > requireds[i] { requireds[i] = r }
                    }
                }
            }
        }
        self.requireds = requireds
    }

    /// Per node: whether it is an endpoint with fan-out (a latch's data pin, an inout port) or
    /// downstream of one: the nodes whose required times reach an endpoint's.
    /// - Complexity: O(nodes + edges)
    func endpointFanoutCone() -> [Bool] {
        let graph = context.graph
        var inCone = [Bool](repeating: false, count: graph.nodeCount)
        for node in endpoints where !graph.graph.edgeRange(of: node).isEmpty { inCone[node] = true }
        for u in graph.order where inCone[Int(u)] {
            for e in graph.graph.edgeRange(of: Int(u)) { inCone[Int(graph.graph.targets[e])] = true }
        }
        return inCone
    }

    /// Calls `body(input transition, output transition, corner, derated delay, launches)` for
    /// each delay of edge `u → v` of `graph`; `launches` when the arc launches data from a
    /// register's clock pin (only clock or unclocked arrivals cross it, and clock arrivals
    /// change tag). - Complexity: O(arcs of the edge)
    @inline(__always) func forEachEdgeDelay(edge e: Int, from u: Int, to v: Int, in graph: TimingGraph,
                                            _ body: (RiseFall, RiseFall, MinMax, Double, Bool) -> Void) {
        if graph.isNetEdge(e) {
            for rf in RiseFall.allCases {
                for mm in MinMax.allCases { body(rf, rf, mm, wireDelay(to: v, rf, mm) * derate(.netDelay, clockPath: isClock[u], rf, mm), false) }
            }
            return
        }
        for k in Int(graph.edgeArcStart[e]) ..< Int(graph.edgeArcStart[e + 1]) {
            let launches = context.arcLaunches[k]
            for outRf in RiseFall.allCases {
                for inRf in RiseFall.allCases {
                    for mm in MinMax.allCases {
                        let d = arcDelays[arcDelayIndex(k, inRf, outRf, mm)]
                        guard !d.isNaN, crosses(arc: k, from: u, mm) else { continue }
                        body(inRf, outRf, mm, d * derate(.cellDelay, clockPath: isClock[u] && !launches, outRf, mm), launches)
                    }
                }
            }
        }
    }
}
