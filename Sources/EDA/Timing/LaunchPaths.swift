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
struct LaunchPaths {
    /// One launch of one tag at a node. `key` is the node's index in the analysis'
    /// arrays less `node × tagCount × 4` (tag, transition, corner); `launch` is from `launch(_:clockPin:_:)`.
    struct Entry {
        var key: Int32
        var launch: Int32
        var arrival: Double
        var required: Double
    }

    /// Node `v`'s entries are `entries[start[v] ..< end[v]]`, sorted by key, then launch.
    private var entries: [Entry] = []
    private var start: [Int32]
    private var end: [Int32]

    /// - Complexity: O((nodes + edges × arcs) × launches kept per node × log)
    init(_ sta: TimingAnalysis) {
        let graph = sta.graph, nodeCount = graph.nodeCount
        start = [Int32](repeating: 0, count: nodeCount)
        end = start
        var fanins = [Int32](repeating: 0, count: nodeCount)
        for t in graph.graph.targets { fanins[Int(t)] += 1 }
        for check in graph.checks { fanins[Int(check.dataNode)] += 1 }
        let incoming = graph.graph.transposedWithPermutation()
        var scratch: [Entry] = []
        for v in graph.order {
            let v = Int(v)
            scratch.removeAll(keepingCapacity: true)
            for k in incoming.graph.edgeRange(of: v) {
                let u = Int(incoming.graph.targets[k])
                sta.forEachEdgeDelay(edge: incoming.permutation[k], from: u, to: v, in: graph) { inRf, outRf, mm, delay, launches in
                    if launches {
                        guard sta.isClock[u] else { return }
                        for tag in 0 ..< sta.unclockedTag where !sta.isRegisterTag(tag) {
                            guard let vTag = sta.tag(after: tag, at: u, launches: true), sta.isRegisterTag(vTag),
                                  let time = sta.launchTime(at: u, tag: tag, inRf, mm, clockEdgeArc: true) else { continue }
                            scratch.append(Entry(key: Self.key(sta, vTag, outRf, mm), launch: Self.launch(sta, clockPin: u, inRf),
                                                 arrival: time + delay, required: mm == .max ? .infinity : -.infinity))
                        }
                        return
                    }
                    for i in Int(start[u]) ..< Int(end[u]) {
                        let entry = entries[i]
                        let (tag, rf, entryMm) = Self.split(sta, entry.key)
                        guard rf == inRf, entryMm == mm, let vTag = sta.tag(after: tag, at: u, launches: false) else { continue }
                        scratch.append(Entry(key: Self.key(sta, vTag, outRf, mm), launch: entry.launch,
                                             arrival: entry.arrival + delay, required: entry.required))
                    }
                }
            }
            start[v] = Int32(entries.count)
            append(worstPerLaunch(scratch, sta), pruned: fanins[v] > 1, sta)
            end[v] = Int32(entries.count)
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

    /// One entry per key and launch, the worst arrival, sorted by key, then launch.
    private func worstPerLaunch(_ entries: [Entry], _ sta: TimingAnalysis) -> [Entry] {
        let sorted = entries.sorted { ($0.key, $0.launch) < ($1.key, $1.launch) }
        var kept: [Entry] = []
        for entry in sorted {
            if let last = kept.last, last.key == entry.key, last.launch == entry.launch {
                let mm = Self.split(sta, entry.key).mm
                if TimingAnalysis.later(entry.arrival, than: last.arrival, mm) { kept[kept.count - 1] = entry }
            } else {
                kept.append(entry)
            }
        }
        return kept
    }

    /// Appends a node's entries (`node`), without, when `pruned`, the launches whose arrival is
    /// beyond the worst of their key by more than the worst launch's clock pessimism.
    private mutating func append(_ node: [Entry], pruned: Bool, _ sta: TimingAnalysis) {
        guard pruned else { entries += node; return }
        var first = 0
        while first < node.count {
            var last = first
            while last + 1 < node.count, node[last + 1].key == node[first].key { last += 1 }
            let mm = Self.split(sta, node[first].key).mm
            let worst = node[first ... last].reduce(node[first]) { TimingAnalysis.later($1.arrival, than: $0.arrival, mm) ? $1 : $0 }
            let pessimism = sta.clockPessimism(launch: Int(worst.launch), tag: Self.split(sta, worst.key).tag)
            let bound = mm == .max ? worst.arrival - pessimism : worst.arrival + pessimism
            entries += node[first ... last].filter { !TimingAnalysis.later(bound, than: $0.arrival, mm) }
            first = last + 1
        }
    }

    /// Sets the required times of the launches at `u` (the nodes after it must have theirs):
    /// at an endpoint from `constraints` (its constraints) for each launch, and the tightest
    /// over the edges out. `portRequired(v, key)` gives the required time at `v` of what input
    /// ports launch under a register key's clock edge (`nil` when none reaches `v`).
    mutating func setRequireds(at u: Int, _ sta: TimingAnalysis, constraints: [EndpointConstraint],
                               portRequired: (Int, Int32) -> Double?) {
        let graph = sta.graph
        for i in Int(start[u]) ..< Int(end[u]) {
            let (tag, rf, mm) = Self.split(sta, entries[i].key)
            for constraint in constraints where constraint.rf == rf && constraint.mm == mm {
                let r = sta.required(by: constraint, tag: tag, launch: Int(entries[i].launch) / 2)
                if mm == .max ? r < entries[i].required : r > entries[i].required { entries[i].required = r }
            }
        }
        for e in graph.graph.edgeRange(of: u) {
            let v = Int(graph.graph.targets[e])
            sta.forEachEdgeDelay(edge: e, from: u, to: v, in: graph, requireds: true) { inRf, outRf, mm, delay, launches in
                guard !launches else { return }
                for i in Int(start[u]) ..< Int(end[u]) {
                    let (tag, rf, entryMm) = Self.split(sta, entries[i].key)
                    guard rf == inRf, entryMm == mm, let vTag = sta.tag(after: tag, at: u, launches: false) else { continue }
                    let key = Self.key(sta, vTag, outRf, mm)
                    guard let toRequired = required(at: v, key: key, launch: entries[i].launch) ?? portRequired(v, key)
                            ?? firstRequired(at: v, key: key) else { continue }
                    let r = toRequired - delay
                    if mm == .max ? r < entries[i].required : r > entries[i].required { entries[i].required = r }
                }
            }
        }
    }

    /// The required time of `launch` under `key` at `node`; `nil` where that launch was
    /// dropped. - Complexity: O(log entries at the node)
    func required(at node: Int, key: Int32, launch: Int32) -> Double? {
        let (lo, hi) = (Int(start[node]), Int(end[node]))
        let i = lowerBound(lo, hi) { (entries[$0].key, entries[$0].launch) < (key, launch) }
        return i < hi && entries[i].key == key && entries[i].launch == launch ? entries[i].required : nil
    }

    /// The required time of the first launch kept under `key` at `node`; `nil` when none is.
    /// - Complexity: O(log entries at the node)
    func firstRequired(at node: Int, key: Int32) -> Double? {
        let (lo, hi) = (Int(start[node]), Int(end[node]))
        let i = lowerBound(lo, hi) { entries[$0].key < key }
        return i < hi && entries[i].key == key ? entries[i].required : nil
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
    func forEachWorstSlack(at node: Int, _ sta: TimingAnalysis, _ body: (Int32, Double) -> Void) {
        var i = Int(start[node])
        while i < Int(end[node]) {
            let key = entries[i].key, mm = Self.split(sta, key).mm
            var worst = Double.infinity
            while i < Int(end[node]), entries[i].key == key {
                let e = entries[i]
                if e.required.isFinite { worst = min(worst, mm == .max ? e.required - e.arrival : e.arrival - e.required) }
                i += 1
            }
            if worst.isFinite { body(key, worst) }
        }
    }
}
