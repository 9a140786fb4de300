/// Static timing analysis of a cell netlist: arrival times and slews propagated from the
/// clock sources and input delays through the `TimingGraph` with NLDM delays, required times
/// from setup, hold, recovery and removal checks and output delays propagated back, and the
/// slack of every pin, rise and fall, late (`.max`, setup) and early (`.min`, hold).
///
/// Arrivals are kept per tag: the launching clock edge (clock × rising or falling source edge),
/// so each is checked against the capture edge that follows its own launch, and whether a
/// register or an input port launched it (only a register's clock path shares pessimism with
/// the capture clock path); a tag holds what registers no clock reaches launch, which no check
/// constrains, and a last their seed: 0 at their clock pins, as OpenSTA seeds them (its
/// segment-start tag). Only clocks and that seed launch through a register: data arriving at
/// a clock pin does not. Ideal clocks
/// launch and capture at their edge times with the `set_clock_transition` slew; propagated
/// clocks (`set_propagated_clock`) with the arrival and slew their clock tree gives, and the
/// pessimism of late and early arrivals on the clock path common to launch and capture is
/// removed (CRPR, OpenSTA's default) per launching clock pin (`LaunchPaths`).
/// Times are in the library's unit.
///
/// ```swift
/// let sta = TimingAnalysis(netlist: netlist, library: library, constraints: constraints)
/// print(sta.worstSlack, sta.totalNegativeSlack)
/// ```
public struct TimingAnalysis: Sendable {
    /// The graph timed. - Complexity: O(1)
    public var graph: TimingGraph { context.graph }
    /// Unset values are `±infinity` (arrivals, required times) or NaN (slews).
    var arrivals: [Double]
    var requireds: [Double]
    var slews: [Double]
    /// Per load node and corner (`slewIndex`): the delay of the wire from its net's driver (the
    /// largest over the driver's arcs; NaN until one is computed).
    var wireDelays: [Double]
    /// Per arc of a cell edge (`arcDelayIndex`): its delay before derating, NaN where not computed.
    var arcDelays: [Double]
    /// Per node: whether it is on a clock network (before the clock pins of registers).
    var isClock: [Bool]
    /// Per clock-network node: the node before it in the clock tree (−1 at a source).
    var clockParents: [Int32]
    /// The nodes where a check or an output delay sets a required time.
    public private(set) var endpoints: [Int]
    let tagCount: Int
    let context: TimingContext

    /// Which required times a timing propagates.
    public enum RequiredTimes: Sendable {
        /// At every pin, pulled back from the endpoints (`required`, `slack` everywhere).
        case everywhere
        /// At the endpoints: their slacks, `worstSlack` and `totalNegativeSlack` are as with
        /// `.everywhere`. Pulled back only into the endpoints and what they drive (an inout
        /// port), so other pins lack required times. Saves the backward pass.
        case endpoints
    }

    /// Times `netlist` (cells the library lacks must have been removed) with `library` under
    /// `constraints`; wires from `parasitics`, or without it the library's default wire-load
    /// model (as OpenSTA does), or none if the library has none. `graph`, when given, must be
    /// `TimingGraph(netlist: netlist, library: library)`: timings of one design can share it.
    /// - Complexity: O((pins + edges × arcs) × tags)
    public init(netlist: CellNetlist, library: LibertyLibrary, constraints: TimingConstraints, parasitics: (any TimingParasitics)? = nil,
                graph: TimingGraph? = nil, requireds scope: RequiredTimes = .everywhere) {
        let graph = graph ?? TimingGraph(netlist: netlist, library: library)
        let wires = parasitics ?? WireLoadParasitics(library: library) ?? IdealWires()
        self.init(context: TimingContext(netlist: netlist, library: library, constraints: constraints, graph: graph, parasitics: wires),
                  delays: nil, scope: scope)
    }

    /// This design and wires timed under `constraints`. When they differ from this timing's
    /// only in times — clock periods and waveforms, input and output delays, uncertainties —
    /// the delay calculation (slews, cell and wire delays) is reused and only arrivals and
    /// required times are propagated anew; otherwise the design is timed from scratch.
    /// - Complexity: O((pins + edges × arcs) × tags), without the delay calculation when reused
    public func retimed(under constraints: TimingConstraints, requireds scope: RequiredTimes = .everywhere) -> TimingAnalysis {
        let old = context.constraints
        let sameClocks = old.clocks.count == constraints.clocks.count && zip(old.clocks, constraints.clocks).allSatisfy {
            $0.sources == $1.sources && $0.isPropagated == $1.isPropagated && $0.transition == $1.transition
        }
        guard sameClocks, old.loads == constraints.loads, old.drivingCells == constraints.drivingCells,
              old.inputTransitions == constraints.inputTransitions, old.derates == constraints.derates else {
            return TimingAnalysis(netlist: context.netlist, library: context.library, constraints: constraints, parasitics: context.parasitics,
                                  graph: graph, requireds: scope)
        }
        return TimingAnalysis(context: context.retimed(under: constraints), delays: self, scope: scope)
    }

    /// Times `context`; with `delays`, a timing of the same design, wires and delay-relevant
    /// constraints, its slews and delays are taken instead of calculated.
    private init(context: TimingContext, delays: TimingAnalysis?, scope: RequiredTimes) {
        let graph = context.graph
        self.context = context
        tagCount = context.constraints.clocks.count * 4 + 2  // then unclocked data and the unclocked registers' seed
        let size = graph.nodeCount * tagCount * 4
        arrivals = (0 ..< size).map { $0 & 1 == 1 ? -.infinity : .infinity }
        requireds = (0 ..< size).map { $0 & 1 == 1 ? .infinity : -.infinity }
        slews = delays?.slews ?? [Double](repeating: .nan, count: graph.nodeCount * 4)
        wireDelays = delays?.wireDelays ?? [Double](repeating: .nan, count: graph.nodeCount * 4)
        arcDelays = delays?.arcDelays ?? [Double](repeating: .nan, count: graph.edgeArcs.count * 8)
        isClock = [Bool](repeating: false, count: graph.nodeCount)
        clockParents = [Int32](repeating: -1, count: graph.nodeCount)
        endpoints = []
        propagateArrivals(delaysKnown: delays != nil)
        let constraints = endpointConstraints()
        endpoints = setEndpointRequireds(constraints)
        let within: [Bool]? = scope == .endpoints ? endpointFanoutCone() : nil
        setRegisterRequireds(propagateRequireds(LaunchPaths(self), constraints: constraints, within: within))
    }

    // MARK: - Indexing

    @inline(__always) func index(_ node: Int, _ tag: Int, _ rf: RiseFall, _ mm: MinMax) -> Int {
        ((node * tagCount + tag) * 2 + rf.rawValue) * 2 + mm.rawValue
    }

    /// The tag unclocked registers launch. - Complexity: O(1)
    var unclockedTag: Int { tagCount - 2 }

    /// The tag of the seed at the clock pins of unclocked registers. - Complexity: O(1)
    var unclockedSeedTag: Int { tagCount - 1 }

    /// Whether `tag` holds what registers launch on a clock edge (the tags `LaunchPaths` keeps
    /// per launch). - Complexity: O(1)
    @inline(__always) func isRegisterTag(_ tag: Int) -> Bool { tag & 1 == 1 && tag < unclockedTag }

    /// The tag an arrival of `tag` at `u` has after an arc from `u`, or `nil` when it does not
    /// cross it. A launching arc (`launches`, from a register's clock pin) takes a clock's
    /// arrival at a clock node to the register's launch of that edge, and the unclocked seed to
    /// unclocked data; nothing else crosses it. Other arcs keep the tag (the seed becomes
    /// unclocked data). - Complexity: O(1)
    @inline(__always) func tag(after tag: Int, at u: Int, launches: Bool) -> Int? {
        if tag == unclockedSeedTag { return unclockedTag }
        guard launches else { return tag }
        return isClock[u] && tag < unclockedTag ? tag | 1 : nil
    }

    /// The index in `arcDelays` of the arc at `edgeArcs[k]` for these transitions and corner. - Complexity: O(1)
    @inline(__always) func arcDelayIndex(_ k: Int, _ inRf: RiseFall, _ outRf: RiseFall, _ mm: MinMax) -> Int {
        ((k * 2 + inRf.rawValue) * 2 + outRf.rawValue) * 2 + mm.rawValue
    }

    /// The wire delay from its net's driver to load `node` (0 when none was computed). - Complexity: O(1)
    @inline(__always) func wireDelay(to node: Int, _ rf: RiseFall, _ mm: MinMax) -> Double {
        let d = wireDelays[slewIndex(node, rf, mm)]
        return d.isNaN ? 0 : d
    }

    @inline(__always) func slewIndex(_ node: Int, _ rf: RiseFall, _ mm: MinMax) -> Int { (node * 2 + rf.rawValue) * 2 + mm.rawValue }

    /// Whether `a` is worse than `b` for arrivals of corner `mm` (later for max, earlier for min).
    @inline(__always) static func later(_ a: Double, than b: Double, _ mm: MinMax) -> Bool { mm == .max ? a > b : a < b }

    // MARK: - Results

    /// The worst arrival at `node` over all launching edges, or `nil` when none reaches it.
    /// - Complexity: O(tags)
    public func arrival(_ node: Int, _ rf: RiseFall, _ mm: MinMax) -> Double? {
        var worst: Double?
        for tag in 0 ..< tagCount {
            let a = arrivals[index(node, tag, rf, mm)]
            if a.isFinite, worst.map({ Self.later(a, than: $0, mm) }) ?? true { worst = a }
        }
        return worst
    }

    /// The slew at `node`, or `nil` when nothing reaches it. - Complexity: O(1)
    public func slew(_ node: Int, _ rf: RiseFall, _ mm: MinMax) -> Double? {
        let s = slews[slewIndex(node, rf, mm)]
        return s.isNaN ? nil : s
    }

    /// The slack at `node`: required − arrival for `.max` (setup), arrival − required for
    /// `.min` (hold), the worst over launching edges; `nil` when unconstrained. - Complexity: O(tags)
    public func slack(_ node: Int, _ rf: RiseFall, _ mm: MinMax) -> Double? {
        var worst: Double?
        for tag in 0 ..< tagCount {
            let i = index(node, tag, rf, mm)
            let (a, r) = (arrivals[i], requireds[i])
            guard a.isFinite, r.isFinite else { continue }
            let s = mm == .max ? r - a : a - r
            if worst.map({ s < $0 }) ?? true { worst = s }
        }
        return worst
    }

    /// The required time at `node` as OpenSTA reports it: the worst arrival plus the worst
    /// slack; `nil` when either is unset. - Complexity: O(tags)
    public func required(_ node: Int, _ rf: RiseFall, _ mm: MinMax) -> Double? {
        guard let a = arrival(node, rf, mm), let s = slack(node, rf, mm) else { return nil }
        return mm == .max ? a + s : a - s
    }

    /// The worst slack of an endpoint over rise and fall, for `mm`. - Complexity: O(tags)
    public func endpointSlack(_ node: Int, _ mm: MinMax = .max) -> Double? {
        [slack(node, .rise, mm), slack(node, .fall, mm)].compactMap { $0 }.min()
    }

    /// The worst setup (`.max`) or hold (`.min`) slack of all endpoints; `nil` when none is
    /// constrained. - Complexity: O(endpoints × tags)
    public func worstSlack(_ mm: MinMax = .max) -> Double? { endpoints.compactMap { endpointSlack($0, mm) }.min() }

    /// The sum of the negative endpoint slacks (0 when all are met). - Complexity: O(endpoints × tags)
    public func totalNegativeSlack(_ mm: MinMax = .max) -> Double {
        endpoints.reduce(0) { $0 + min(endpointSlack($1, mm) ?? 0, 0) }
    }

    /// Whether `node` is on a clock network: a clock source, or reached from one through net
    /// edges and cell arcs that launch no data (up to and including the clock pins of
    /// registers). - Complexity: O(1)
    public func isOnClockNetwork(_ node: Int) -> Bool { isClock[node] }

    /// The load capacitance the driver at `node` sees for a `rf` transition. - Complexity: O(1)
    public func load(_ node: Int, _ rf: RiseFall) -> Double { context.loads[node * 2 + rf.rawValue] }
}

extension TimingAnalysis {
    /// The library's time unit in seconds (1e-9 for ns): times here are multiples of it.
    /// - Complexity: O(1)
    public var timeUnit: Double { context.library.units.time }
}
