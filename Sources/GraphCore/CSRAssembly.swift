/// The work of `GraphBuilder.build`: a counting sort of edges into rows, then a per-row sort and
/// compaction (duplicates, self-loops). Kept apart so the builder's public surface stays small.
struct CSRAssembly {
    let nodeCount: Int
    let options: GraphBuilder.Options
    /// Slot offsets of each row before compaction.
    var slotOffsets: [Int]
    var slotTargets: [Int32] = []
    var slotWeights: [Float]?
    var slotTypes: [Int32]?
    /// Whether each slot holds a self-loop added by `addSelfLoops` (originals win over these).
    var slotIsAddedLoop: [Bool] = []

    init(nodeCount: Int, options: GraphBuilder.Options, hasWeights: Bool, hasTypes: Bool) {
        self.nodeCount = nodeCount
        self.options = options
        slotOffsets = [Int](repeating: 0, count: nodeCount + 1)
        slotWeights = hasWeights ? [] : nil
        slotTypes = hasTypes ? [] : nil
    }

    private func keeps(_ s: Int32, _ t: Int32) -> Bool { !(options.dropSelfLoops && s == t) }

    /// Counting sort: places every (mirrored) edge into its source's row, in input order.
    mutating func scatter(sources: [Int32], targets: [Int32], weights: [Float]?, edgeTypes: [Int32]?) {
        let mirror = !options.directed
        var counts = [Int](repeating: 0, count: nodeCount + 1)
        for (s, t) in zip(sources, targets) where keeps(s, t) {
            counts[Int(s)] += 1
            if mirror && s != t { counts[Int(t)] += 1 }
        }
        if options.addSelfLoops { for i in 0 ..< nodeCount { counts[i] += 1 } }
        var total = 0
        for i in 0 ..< nodeCount {
            slotOffsets[i] = total
            total += counts[i]
        }
        slotOffsets[nodeCount] = total
        var placedTargets = [Int32](repeating: 0, count: total)
        var placedWeights = weights.map { _ in [Float](repeating: 1, count: total) }
        var placedTypes = edgeTypes.map { _ in [Int32](repeating: 0, count: total) }
        var addedLoop = [Bool](repeating: false, count: options.addSelfLoops ? total : 0)
        var next = Array(slotOffsets.dropLast())
        func place(_ s: Int32, _ t: Int32, _ e: Int) {
            let slot = next[Int(s)]
            next[Int(s)] = slot + 1
            placedTargets[slot] = t
            if let weights { placedWeights![slot] = weights[e] }
            if let edgeTypes { placedTypes![slot] = edgeTypes[e] }
        }
        for e in 0 ..< sources.count {
            let s = sources[e], t = targets[e]
            guard keeps(s, t) else { continue }
            place(s, t, e)
            if mirror && s != t { place(t, s, e) }
        }
        if options.addSelfLoops {
            for i in 0 ..< nodeCount {
                let slot = next[i]
                next[i] = slot + 1
                placedTargets[slot] = Int32(i)
                addedLoop[slot] = true
            }
        }
        slotTargets = placedTargets
        slotWeights = placedWeights
        slotTypes = placedTypes
        slotIsAddedLoop = addedLoop
    }

    /// Sorts each row by target (stable, so earlier edges win), compacts it, and returns the graph.
    func finish(directed: Bool) -> Graph {
        var finalOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var keptSlots: [Int] = []
        keptSlots.reserveCapacity(slotTargets.count)
        var keys: [UInt64] = []
        for row in 0 ..< nodeCount {
            let start = slotOffsets[row], end = slotOffsets[row + 1]
            finalOffsets[row] = keptSlots.count
            keys.removeAll(keepingCapacity: true)
            var sorted = true
            for slot in start ..< end {
                keys.append(UInt64(UInt32(slotTargets[slot])) << 32 | UInt64(slot - start))
                if slot > start && slotTargets[slot] < slotTargets[slot - 1] { sorted = false }
            }
            if !sorted { keys.sort() }
            var previous: Int32 = -1
            for key in keys {
                let slot = start + Int(key & 0xFFFF_FFFF)
                let target = slotTargets[slot]
                if target == previous
                    && (options.dropDuplicates || (options.addSelfLoops && slotIsAddedLoop[slot])) {
                    continue
                }
                keptSlots.append(slot)
                previous = target
            }
        }
        finalOffsets[nodeCount] = keptSlots.count
        return Graph(unchecked: nodeCount, offsets: finalOffsets,
                     targets: keptSlots.map { slotTargets[$0] }, isDirected: directed,
                     edgeTypes: slotTypes.map { types in keptSlots.map { types[$0] } },
                     edgeWeights: slotWeights.map { weights in keptSlots.map { weights[$0] } })
    }
}
