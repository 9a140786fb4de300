/// The work of `GraphBuilder.build`: a counting sort of edges into rows, then a per-row sort and
/// compaction (duplicates, self-loops). Kept apart so the builder's public surface stays small.
struct CSRAssembly {
    let nodeCount: Int
    let options: GraphBuilder.Options
    /// Slot offsets of each row before compaction.
    var slotOffsets: [Int]
    var slotTargets: [Int32] = []
    var slotWeights: [Float]?
    var slotTypes: PackedIntegers?
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
    mutating func scatter(sources: [Int32], targets: [Int32], weights: [Float]?, edgeTypes: PackedIntegers?) {
        let mirror = !options.directed, dropSelfLoops = options.dropSelfLoops
        var counts = [Int](repeating: 0, count: nodeCount)
        sources.withUnsafeBufferPointer { src in
            targets.withUnsafeBufferPointer { tgt in
                counts.withUnsafeMutableBufferPointer { count in
                    for e in 0 ..< src.count {
                        let s = Int(src[e]), t = Int(tgt[e])
                        if s == t && dropSelfLoops { continue }
                        count[s] += 1
                        if mirror && s != t { count[t] += 1 }
                    }
                }
            }
        }
        if options.addSelfLoops { for i in 0 ..< nodeCount { counts[i] += 1 } }
        for i in 0 ..< nodeCount { slotOffsets[i + 1] = slotOffsets[i] + counts[i] }
        let total = slotOffsets[nodeCount]

        // Edge e's slot in its source's row (and, mirrored, in its target's row).
        var next = Array(slotOffsets.dropLast())
        var forwardSlot = [Int](repeating: -1, count: sources.count)
        var mirrorSlot = [Int](repeating: -1, count: mirror ? sources.count : 0)
        var placedTargets = [Int32](repeating: 0, count: total)
        sources.withUnsafeBufferPointer { src in
        targets.withUnsafeBufferPointer { tgt in
        next.withUnsafeMutableBufferPointer { next in
        forwardSlot.withUnsafeMutableBufferPointer { forward in
        mirrorSlot.withUnsafeMutableBufferPointer { mirrored in
        placedTargets.withUnsafeMutableBufferPointer { placed in
            for e in 0 ..< src.count {
                let s = Int(src[e]), t = Int(tgt[e])
                if s == t && dropSelfLoops { continue }
                let slot = next[s]
                next[s] = slot + 1
                placed[slot] = Int32(t)
                forward[e] = slot
                if mirror && s != t {
                    let back = next[t]
                    next[t] = back + 1
                    placed[back] = Int32(s)
                    mirrored[e] = back
                }
            }
        }}}}}}
        var addedLoop = [Bool](repeating: false, count: options.addSelfLoops ? total : 0)
        if options.addSelfLoops {
            for i in 0 ..< nodeCount {
                placedTargets[next[i]] = Int32(i)
                addedLoop[next[i]] = true
            }
        }
        func place<C: MutableCollection>(_ values: C, into empty: C) -> C where C.Index == Int {
            var placed = empty
            for e in 0 ..< values.count where forwardSlot[e] >= 0 {
                placed[forwardSlot[e]] = values[e]
                if mirror && mirrorSlot[e] >= 0 { placed[mirrorSlot[e]] = values[e] }
            }
            return placed
        }
        slotTargets = placedTargets
        slotWeights = weights.map { place($0, into: [Float](repeating: 1, count: total)) }
        slotTypes = edgeTypes.map { place($0, into: PackedIntegers(repeating: 0, count: total, width: $0.width)) }
        slotIsAddedLoop = addedLoop
    }

    /// Sorts each row by target (stable, so earlier edges win), compacts it, and returns the graph.
    /// Rows are processed in parallel chunks; each row is compacted inside its own slot range.
    func finish(directed: Bool) -> Graph {
        let total = slotTargets.count
        // Per slot, after compaction: the kept target and the slot it came from.
        var keptTarget = [Int32](repeating: 0, count: total)
        var keptFrom = [Int](repeating: 0, count: total)
        var keptCount = [Int](repeating: 0, count: nodeCount)
        let dropDuplicates = options.dropDuplicates, addSelfLoops = options.addSelfLoops
        slotTargets.withUnsafeBufferPointer { targets in
        slotIsAddedLoop.withUnsafeBufferPointer { addedLoop in
        keptTarget.withUnsafeMutableBufferPointer { outTarget in
        keptFrom.withUnsafeMutableBufferPointer { outFrom in
        keptCount.withUnsafeMutableBufferPointer { outCount in
            Parallel.forEachChunk(count: nodeCount, prefixCost: slotOffsets) { rows in
                var keys: [UInt64] = []
                for row in rows {
                    let start = slotOffsets[row], end = slotOffsets[row + 1]
                    keys.removeAll(keepingCapacity: true)
                    for slot in start ..< end {
                        keys.append(UInt64(UInt32(targets[slot])) << 32 | UInt64(slot - start))
                    }
                    sortSmall(&keys)
                    var written = start
                    var previous: Int32 = -1
                    for key in keys {
                        let slot = start + Int(key & 0xFFFF_FFFF)
                        let target = targets[slot]
                        if target == previous && (dropDuplicates || (addSelfLoops && addedLoop[slot])) {
                            continue
                        }
                        outTarget[written] = target
                        outFrom[written] = slot
                        written += 1
                        previous = target
                    }
                    outCount[row] = written - start
                }
            }
        }}}}}
        var finalOffsets = PackedIntegers(repeating: 0, count: nodeCount + 1,
                                          width: Graph.offsetWidth(forEdgeCount: total))
        for row in 0 ..< nodeCount { finalOffsets[row + 1] = finalOffsets[row] + keptCount[row] }
        let kept = finalOffsets[nodeCount], offsets = finalOffsets
        func gather<T>(_ source: [T], zero: T) -> [T] {
            var result = [T](repeating: zero, count: kept)
            result.withUnsafeMutableBufferPointer { out in
                source.withUnsafeBufferPointer { src in
                    Parallel.forEachChunk(count: nodeCount, prefixCost: offsets) { rows in
                        for row in rows {
                            let from = slotOffsets[row]
                            for k in 0 ..< keptCount[row] { out[offsets[row] + k] = src[from + k] }
                        }
                    }
                }
            }
            return result
        }
        let finalTargets = kept == total ? keptTarget : gather(keptTarget, zero: 0)
        let sources = kept == total ? keptFrom : gather(keptFrom, zero: 0)
        return Graph(unchecked: nodeCount, offsets: offsets, targets: finalTargets, isDirected: directed,
                     edgeTypes: slotTypes.map { PackedIntegers(gathering: sources, from: $0) },
                     edgeWeights: slotWeights.map { weights in sources.map { weights[$0] } })
    }
}

/// Sorts a short array by insertion (rows are usually a handful of edges), a long one with the
/// standard library. - Complexity: O(n²) below 32 elements, else O(n log n).
private func sortSmall(_ keys: inout [UInt64]) {
    guard keys.count >= 32 else {
        keys.withUnsafeMutableBufferPointer { k in
            for i in 1 ..< max(k.count, 1) {
                let key = k[i]
                var j = i
                while j > 0 && k[j - 1] > key {
                    k[j] = k[j - 1]
                    j -= 1
                }
                k[j] = key
            }
        }
        return
    }
    keys.sort()
}
