/// A required time a check or an output delay sets at a data pin (`TimingAnalysis.endpointConstraints()`).
struct EndpointConstraint {
    /// The data pin (or output port), its transition and corner.
    var node: Int
    var rf: RiseFall
    var mm: MinMax
    /// The capturing clock edge, what is added to its time, and the capturing register's clock
    /// pin when its clock is propagated (for the common path pessimism; `nil` otherwise).
    var captureTag: Int
    var offset: Double
    var capturePin: Int?
}

extension TimingAnalysis {
    /// The required times the checks and output delays set. Setup (`.max`): the capture edge
    /// after the launch, plus the capture clock's early latency, less the setup time and
    /// uncertainty. Hold (`.min`): the capture edge at or before the launch, plus the late
    /// latency, plus the hold time and uncertainty. - Complexity: O((checks + output delays) × tags)
    func endpointConstraints() -> [EndpointConstraint] {
        var constraints: [EndpointConstraint] = []
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
                    constraints.append(EndpointConstraint(node: dataPin, rf: dataRf, mm: mm, captureTag: captureTag, offset: latency + margin,
                                                          capturePin: clock.isPropagated ? clockPin : nil))
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
                    constraints.append(EndpointConstraint(node: delay.port, rf: rf, mm: mm, captureTag: captureTag, offset: margin))
                }
            }
        }
        return constraints
    }

    /// The required time `constraint` sets for data launched on `tag`'s edge from the clock
    /// tree node `launch` (−1 for none): the capture edge for that launch plus the offset,
    /// relaxed by the common path pessimism of the launch node and the capture clock pin. - Complexity: O(clock tree depth)
    func required(by constraint: EndpointConstraint, tag: Int, launch: Int) -> Double {
        required(base: requiredBase(of: constraint, tag: tag), of: constraint, launch: launch)
    }

    /// The required time `constraint` sets for data launched on `tag`'s edge before the clock
    /// pessimism is removed: the capture edge for that launch plus the offset. - Complexity: O(1)
    @inline(__always) func requiredBase(of constraint: EndpointConstraint, tag: Int) -> Double {
        context.captureTime(constraint.captureTag, after: context.edgeTime(tag), constraint.mm) + constraint.offset
    }

    /// `base` (`requiredBase`) relaxed by the common path pessimism of the launch clock tree
    /// node `launch` (−1 for none) and the capture clock pin of `constraint`. - Complexity: O(clock tree depth)
    @inline(__always) func required(base: Double, of constraint: EndpointConstraint, launch: Int) -> Double {
        var removed = 0.0
        if let capturePin = constraint.capturePin, launch >= 0 {
            removed = commonPathPessimism(launch: launch, capture: capturePin, tag: constraint.captureTag)
        }
        return base + (constraint.mm == .max ? removed : -removed)
    }

    /// Sets the required times of `constraints` for the launches of input ports and clocks
    /// (those of registers are `LaunchPaths`'), and returns the endpoints. What registers no
    /// clock reaches launch is unconstrained, as in OpenSTA (its slacks stay unset).
    /// - Complexity: O(constraints × tags)
    mutating func setEndpointRequireds(_ constraints: [EndpointConstraint]) -> [Int] {
        var ends = Set<Int>()
        for constraint in constraints {
            ends.insert(constraint.node)
            for tag in 0 ..< unclockedTag where !isRegisterTag(tag) {
                let i = index(constraint.node, tag, constraint.rf, constraint.mm)
                guard arrivals[i].isFinite else { continue }
                merge(required: required(by: constraint, tag: tag, launch: -1), at: i, constraint.mm)
            }
        }
        return ends.sorted()
    }

    /// The clock reconvergence pessimism between the launch clock tree node `launch` and the
    /// capture clock pin `capture`: late minus early arrival of the capture tag at the last clock-tree
    /// node their paths share (0 when they share none). - Complexity: O(clock tree depth)
    func commonPathPessimism(launch: Int, capture: Int, tag: Int) -> Double {
        func depth(_ node: Int) -> Int {
            var depth = 0, v = node
            while clockParents[v] >= 0 { (v, depth) = (Int(clockParents[v]), depth + 1) }
            return depth
        }
        // The deepest node both paths share: climb the deeper one to the other's depth, then both.
        var (a, b) = (launch, capture), (depthA, depthB) = (depth(launch), depth(capture))
        while depthA > depthB { (a, depthA) = (Int(clockParents[a]), depthA - 1) }
        while depthB > depthA { (b, depthB) = (Int(clockParents[b]), depthB - 1) }
        while a != b {
            guard clockParents[a] >= 0 else { return 0 }
            (a, b) = (Int(clockParents[a]), Int(clockParents[b]))
        }
        for rf in RiseFall.allCases {
            let late = arrivals[index(a, tag, rf, .max)], early = arrivals[index(a, tag, rf, .min)]
            if late.isFinite, early.isFinite { return late - early }
        }
        return 0
    }

    @inline(__always) mutating func merge(required r: Double, at i: Int, _ mm: MinMax) {
        if mm == .max ? r < requireds[i] : r > requireds[i] { requireds[i] = r }
    }

    /// Sets the required time of each register tag at each node to its arrival plus the
    /// worst slack over its launches in `launches`. - Complexity: O(entries of `launches`)
    mutating func setRegisterRequireds(_ launches: LaunchPaths) {
        for node in 0 ..< graph.nodeCount {
            launches.forEachWorstSlack(at: node) { key, slack in
                let i = node * tagCount * 4 + Int(key), a = arrivals[i]
                guard a.isFinite else { return }
                requireds[i] = LaunchPaths.split(self, key).mm == .max ? a + slack : a - slack
            }
        }
    }

    /// Pulls required times back along every edge in reverse topological order, with the
    /// delays the arrivals were pushed with: those of the tags of clocks and input ports here,
    /// those of register launches in `launches` (set from `constraints`), which it returns; a
    /// register's clock pin takes its launch's required time at the output. With `within`, only
    /// into the nodes it marks (closed under fan-out).
    /// - Complexity: O((nodes + edges × arcs) × (tags + launches kept per node))
    mutating func propagateRequireds(_ launches: LaunchPaths, constraints: [EndpointConstraint], within: [Bool]? = nil) -> LaunchPaths {
        let graph = context.graph
        var launches = launches
        var byNode = [[EndpointConstraint]](repeating: [], count: graph.nodeCount)
        for constraint in constraints { byNode[constraint.node].append(constraint) }
        var requireds = self.requireds
        self.requireds = []  // the local copy is then the only one, updated in place
        for u in graph.order.reversed() where within?[Int(u)] ?? true {
            let u = Int(u)
            launches.setRequireds(at: u, self, constraints: byNode[u]) { v, key in
                let (tag, rf, mm) = LaunchPaths.split(self, key)
                let i = index(v, tag & ~1, rf, mm)
                return arrivals[i].isFinite && requireds[i].isFinite ? requireds[i] : nil
            }
            for e in graph.graph.edgeRange(of: u) {
                let v = Int(graph.graph.targets[e])
                forEachEdgeDelay(edge: e, from: u, to: v, in: graph, requireds: true) { inRf, outRf, mm, delay, launchArc in
                    for tag in 0 ..< tagCount where !isRegisterTag(tag) {
                        guard let vTag = self.tag(after: tag, at: u, launches: launchArc) else { continue }
                        let toRequired = isRegisterTag(vTag)
                            ? launches.required(at: v, key: LaunchPaths.key(self, vTag, outRf, mm), launch: LaunchPaths.launch(self, clockPin: u, inRf))
                                ?? launches.firstRequired(at: v, key: LaunchPaths.key(self, vTag, outRf, mm)) ?? .nan
                            : requireds[index(v, vTag, outRf, mm)]
                        let r = toRequired - delay
                        let i = index(u, tag, inRf, mm)
                        if r.isFinite, mm == .max ? r < requireds[i] : r > requireds[i] { requireds[i] = r }
                    }
                }
            }
        }
        self.requireds = requireds
        return launches
    }

    /// Per node: whether it is an endpoint or downstream of one (through an endpoint with
    /// fan-out: an inout port, a latch's data pin): the nodes an endpoint's required times
    /// depend on. - Complexity: O(nodes + edges)
    func endpointFanoutCone() -> [Bool] {
        let graph = context.graph
        var inCone = [Bool](repeating: false, count: graph.nodeCount)
        for node in endpoints { inCone[node] = true }
        for u in graph.order where inCone[Int(u)] {
            for e in graph.graph.edgeRange(of: Int(u)) { inCone[Int(graph.graph.targets[e])] = true }
        }
        return inCone
    }

    /// Calls `body(input transition, output transition, corner, derated delay, launches)` for
    /// each delay of edge `u → v` of `graph`; `launches` when the arc launches data from a
    /// register's clock pin (only clock or unclocked arrivals cross it, and clock arrivals
    /// change tag). For required times (`requireds`) a latch's D → Q arc is left out: OpenSTA
    /// does not pull required times back through it (the latch's own check constrains its
    /// data). - Complexity: O(arcs of the edge)
    @inline(__always) func forEachEdgeDelay(edge e: Int, from u: Int, to v: Int, in graph: TimingGraph, requireds: Bool = false,
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
                        guard !d.isNaN, crosses(arc: k, from: u, mm), !(requireds && context.latchDataArcs[k]) else { continue }
                        body(inRf, outRf, mm, d * derate(.cellDelay, clockPath: isClock[u] && !launches, outRf, mm), launches)
                    }
                }
            }
        }
    }
}
