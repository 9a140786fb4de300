/// The arrivals and required times of register-launched data per launch, as OpenSTA keeps them when it removes clock reconvergence pessimism: its tags then name the
/// clock tree node before the register clock pin that launched a path (the driver of the
/// clock net, and its transition), so each path to a check gets the
/// pessimism of its own launch and capture clock paths, and a pin's slack is the worst over
/// its launches. At a pin with more than one edge in (timing checks count), a launch is
/// dropped when its arrival is beyond the worst arrival of its tag by more than the
/// pessimism of the worst one's launch node (late minus early clock arrival there): its required time
/// cannot then make it the worst. Pins before one where a launch was dropped take the required
/// time there of another path of the same clock edge, as OpenSTA approximates missing required
/// times: OpenSTA takes the first such path in its hash table, which cannot be reproduced;
/// taking what input ports launch on that edge when they reach the pin (its pessimism is not
/// removed), else the first launch kept, agreed best on TT06 designs (BENCHMARKS.md).
///
/// Built from a `TimingAnalysis` whose arrivals and arc delays are set (`init`); the required
/// times are set pin by pin in reverse topological order (`setRequireds(at:…)`).
///
/// The entries are flat arrays (one per field), each node's a contiguous run sorted by
/// `id`: key (tag, transition, corner: the node's index in the analysis' arrays less
/// `node × tagCount × 4`) × 2³² + launch (`launch(_:clockPin:_:)`).
struct LaunchPaths {
    private var ids: [Int64] = []
    private var arrivals: [Double] = []
    private var requireds: [Double] = []
    /// Node `v`'s entries are `start[v] ..< end[v]`.
    private var start: [Int32]
    private var end: [Int32]
    /// Per tag: whether its clock is propagated (only then has a launch a clock pessimism).
    private let propagated: [Bool]

    /// - Complexity: O((nodes + edges × arcs) × launches kept per node × log)
    init(_ sta: TimingAnalysis) {
        let graph = sta.graph, nodeCount = graph.nodeCount
        start = [Int32](repeating: 0, count: nodeCount)
        end = start
        propagated = (0 ..< sta.tagCount).map { $0 < sta.unclockedTag && sta.context.clock(ofTag: $0).isPropagated }
        var fanins = [Int32](repeating: 0, count: nodeCount)
        for t in graph.graph.targets { fanins[Int(t)] += 1 }
        for check in graph.checks { fanins[Int(check.dataNode)] += 1 }
        let incoming = graph.graph.transposedWithPermutation()
        var scratch = Scratch()
        for v in graph.order {
            let v = Int(v)
            scratch.removeAll()
            for k in incoming.graph.edgeRange(of: v) {
                let u = Int(incoming.graph.targets[k])
                let (first, last) = (Int(start[u]), Int(end[u]))
                sta.forEachEdgeDelay(edge: incoming.permutation[k], from: u, to: v, in: graph) { inRf, outRf, mm, delay, launches in
                    if launches {
                        guard sta.isClock[u] else { return }
                        let launch = Self.launch(sta, clockPin: u, inRf)
                        for tag in 0 ..< sta.unclockedTag where !sta.isRegisterTag(tag) {
                            guard let vTag = sta.tag(after: tag, at: u, launches: true), sta.isRegisterTag(vTag),
                                  let time = sta.launchTime(at: u, tag: tag, inRf, mm, clockEdgeArc: true) else { continue }
                            scratch.append(Self.id(key: Self.key(sta, vTag, outRf, mm), launch: launch), time + delay)
                        }
                        return
                    }
                    let from = Int64(inRf.rawValue * 2 + mm.rawValue), to = Int64(outRf.rawValue * 2 + mm.rawValue)
                    for i in first ..< last where (ids[i] >> 32) & 3 == from {
                        scratch.append(ids[i] & ~(3 << 32) | to << 32, arrivals[i] + delay)
                    }
                }
            }
            start[v] = Int32(ids.count)
            scratch.sortKeepingWorst()
            append(scratch, pruned: fanins[v] > 1, sta)
            end[v] = Int32(ids.count)
        }
    }

    /// The launch of a register whose clock pin `clockPin` sees a `rf` transition: the clock
    /// tree node before the pin (the driver of its net), which OpenSTA's tags name, × 2 + `rf`;
    /// the pin itself at a clock source. - Complexity: O(1)
    @inline(__always) static func launch(_ sta: TimingAnalysis, clockPin: Int, _ rf: RiseFall) -> Int32 {
        let parent = Int(sta.clockParents[clockPin])
        return Int32((parent >= 0 ? parent : clockPin) * 2 + rf.rawValue)
    }

    @inline(__always) static func key(_ sta: TimingAnalysis, _ tag: Int, _ rf: RiseFall, _ mm: MinMax) -> Int32 {
        Int32(sta.index(0, tag, rf, mm))
    }

    @inline(__always) static func split(_ sta: TimingAnalysis, _ key: Int32) -> (tag: Int, rf: RiseFall, mm: MinMax) {
        let k = Int(key)
        return (k >> 2, RiseFall(rawValue: (k >> 1) & 1)!, MinMax(rawValue: k & 1)!)
    }

    @inline(__always) private static func id(key: Int32, launch: Int32) -> Int64 { Int64(key) << 32 | Int64(launch) }

    /// The launch of entry `id` (clock tree node × 2 + transition). - Complexity: O(1)
    @inline(__always) private static func launch(of id: Int64) -> Int { Int(id & 0xFFFF_FFFF) }

    /// Whether arrivals and required times of entry `id` are of the late corner. - Complexity: O(1)
    @inline(__always) private static func isMax(_ id: Int64) -> Bool { (id >> 32) & 1 == MinMax.max.rawValue }

    /// The entries of one node while they are gathered, reused from node to node.
    private struct Scratch {
        var entries: [(id: Int64, arrival: Double)] = []

        mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

        @inline(__always) mutating func append(_ id: Int64, _ arrival: Double) { entries.append((id, arrival)) }

        /// Sorts by id and keeps one entry per id, the worst arrival. - Complexity: O(n log n)
        mutating func sortKeepingWorst() {
            let n = entries.count
            guard n > 1 else { return }
            if n <= 24 {
                for i in 1 ..< n where entries[i - 1].id > entries[i].id {
                    let entry = entries[i]
                    var j = i
                    while j > 0, entries[j - 1].id > entry.id {
                        entries[j] = entries[j - 1]
                        j -= 1
                    }
                    entries[j] = entry
                }
            } else {
                entries.sort { $0.id < $1.id }
            }
            var kept = 0
            for i in 0 ..< n {
                if kept > 0, entries[kept - 1].id == entries[i].id {
                    if TimingAnalysis.later(entries[i].arrival, than: entries[kept - 1].arrival, LaunchPaths.isMax(entries[i].id) ? .max : .min) {
                        entries[kept - 1].arrival = entries[i].arrival
                    }
                } else {
                    entries[kept] = entries[i]
                    kept += 1
                }
            }
            entries.removeLast(n - kept)
        }
    }

    /// Appends a node's entries, without, when `pruned`, the launches whose arrival is beyond
    /// the worst of their key by more than the worst launch's clock pessimism.
    private mutating func append(_ node: Scratch, pruned: Bool, _ sta: TimingAnalysis) {
        let node = node.entries, n = node.count
        var first = 0
        while first < n {
            let key = node[first].id >> 32, mm: MinMax = Self.isMax(node[first].id) ? .max : .min
            var last = first, worst = first
            while last + 1 < n, node[last + 1].id >> 32 == key {
                last += 1
                if TimingAnalysis.later(node[last].arrival, than: node[worst].arrival, mm) { worst = last }
            }
            var bound = mm == .max ? -Double.infinity : .infinity
            if pruned {
                let pessimism = clockPessimism(launch: Self.launch(of: node[worst].id), tag: Int(key >> 2), sta)
                bound = mm == .max ? node[worst].arrival - pessimism : node[worst].arrival + pessimism
            }
            for i in first ... last where !TimingAnalysis.later(bound, than: node[i].arrival, mm) {
                ids.append(node[i].id)
                arrivals.append(node[i].arrival)
                requireds.append(mm == .max ? .infinity : -.infinity)
            }
            first = last + 1
        }
    }

    /// The clock pessimism of a launch (clock tree node × 2 + its transition) of register tag
    /// `tag`: late minus early arrival of its clock at the node, 0 on an ideal clock. - Complexity: O(1)
    @inline(__always) private func clockPessimism(launch: Int, tag: Int, _ sta: TimingAnalysis) -> Double {
        let clockTag = tag & ~1
        guard propagated[clockTag] else { return 0 }
        let rf = RiseFall(rawValue: launch & 1)!
        let late = sta.arrivals[sta.index(launch / 2, clockTag, rf, .max)], early = sta.arrivals[sta.index(launch / 2, clockTag, rf, .min)]
        return late.isFinite && early.isFinite ? abs(late - early) : 0
    }

    /// Sets the required times of the launches at `u` (the nodes after it must have theirs):
    /// at an endpoint from `constraints` (its constraints) for each launch, and the tightest
    /// over the edges out. `portRequired(v, key)` gives the required time at `v` of what input
    /// ports launch under a register key's clock edge (`nil` when none reaches `v`).
    mutating func setRequireds(at u: Int, _ sta: TimingAnalysis, constraints: [EndpointConstraint],
                               portRequired: (Int, Int32) -> Double?) {
        let graph = sta.graph, (first, last) = (Int(start[u]), Int(end[u]))
        guard first < last else { return }
        for constraint in constraints {
            let corner = Int64(constraint.rf.rawValue * 2 + constraint.mm.rawValue), isMax = constraint.mm == .max
            var tag = -1, base = 0.0
            for i in first ..< last where (ids[i] >> 32) & 3 == corner {
                let entryTag = Int(ids[i] >> 34)
                if entryTag != tag { (tag, base) = (entryTag, sta.requiredBase(of: constraint, tag: entryTag)) }
                let r = sta.required(base: base, of: constraint, launch: Self.launch(of: ids[i]) / 2)
                if isMax ? r < requireds[i] : r > requireds[i] { requireds[i] = r }
            }
        }
        for e in graph.graph.edgeRange(of: u) {
            let v = Int(graph.graph.targets[e])
            let (vFirst, vLast) = (Int(start[v]), Int(end[v]))
            guard vFirst < vLast else { continue }
            sta.forEachEdgeDelay(edge: e, from: u, to: v, in: graph, requireds: true) { inRf, outRf, mm, delay, launches in
                guard !launches else { return }
                let from = Int64(inRf.rawValue * 2 + mm.rawValue), to = Int64(outRf.rawValue * 2 + mm.rawValue)
                var i = first
                while i < last {
                    let key = ids[i] >> 32
                    guard key & 3 == from else { i += 1; continue }
                    // The run of this key at u, and that of its key after the edge at v: both sorted by launch.
                    let vKey = key & ~3 | to
                    var j = vFirst
                    while j < vLast, ids[j] >> 32 < vKey { j += 1 }
                    let runStart = j
                    var fallback: Double?, fallbackKnown = false
                    while i < last, ids[i] >> 32 == key {
                        let launch = ids[i] & 0xFFFF_FFFF
                        while j < vLast, ids[j] >> 32 == vKey, ids[j] & 0xFFFF_FFFF < launch { j += 1 }
                        let toRequired: Double
                        if j < vLast, ids[j] == vKey << 32 | launch {
                            toRequired = requireds[j]
                        } else {
                            if !fallbackKnown {
                                let first: Double? = runStart < vLast && ids[runStart] >> 32 == vKey ? requireds[runStart] : nil
                                (fallback, fallbackKnown) = (portRequired(v, Int32(vKey)) ?? first, true)
                            }
                            guard let value = fallback else { i += 1; continue }
                            toRequired = value
                        }
                        let r = toRequired - delay
                        if mm == .max ? r < requireds[i] : r > requireds[i] { requireds[i] = r }
                        i += 1
                    }
                }
            }
        }
    }

    /// The required time of `launch` under `key` at `node`; `nil` where that launch was
    /// dropped. - Complexity: O(log entries at the node)
    func required(at node: Int, key: Int32, launch: Int32) -> Double? {
        let (lo, hi) = (Int(start[node]), Int(end[node])), id = Self.id(key: key, launch: launch)
        let i = lowerBound(lo, hi) { ids[$0] < id }
        return i < hi && ids[i] == id ? requireds[i] : nil
    }

    /// The required time of the first launch kept under `key` at `node`; `nil` when none is.
    /// - Complexity: O(log entries at the node)
    func firstRequired(at node: Int, key: Int32) -> Double? {
        let (lo, hi) = (Int(start[node]), Int(end[node])), id = Self.id(key: key, launch: 0)
        let i = lowerBound(lo, hi) { ids[$0] < id }
        return i < hi && ids[i] >> 32 == Int64(key) ? requireds[i] : nil
    }

    private func lowerBound(_ lo: Int, _ hi: Int, _ before: (Int) -> Bool) -> Int {
        var (lo, hi) = (lo, hi)
        while lo < hi {
            let mid = (lo + hi) / 2
            if before(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// Calls `body(key, worst slack)` for each key at `node` with a constrained launch: the
    /// least required − arrival (`.max`) or arrival − required (`.min`) over its launches.
    /// - Complexity: O(entries at the node)
    func forEachWorstSlack(at node: Int, _ body: (Int32, Double) -> Void) {
        var i = Int(start[node])
        while i < Int(end[node]) {
            let key = ids[i] >> 32, isMax = Self.isMax(ids[i])
            var worst = Double.infinity
            while i < Int(end[node]), ids[i] >> 32 == key {
                if requireds[i].isFinite { worst = min(worst, isMax ? requireds[i] - arrivals[i] : arrivals[i] - requireds[i]) }
                i += 1
            }
            if worst.isFinite { body(Int32(key), worst) }
        }
    }
}
