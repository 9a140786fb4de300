import GraphCore

/// Builds the CSR arrays of an AIG's graph directly: no edge list, no row sort.
///
/// Every edge is visited twice in the same order, once to count each node's out-degree and once
/// to place it. Rows come out sorted by target because edges are visited in increasing target
/// order: latch next states (latch nodes), AND fanins (AND nodes, in variable order), NOT inputs
/// (NOT nodes), outputs (output nodes); the two fanins of one AND keep their order, as the
/// stable row sort of `GraphBuilder` would. Peak memory is the final arrays (offsets and types
/// packed as they are kept) plus nothing per edge, and nothing per variable for a canonical AIG,
/// whose node `v` is variable `v`.
struct AIGGraphAssembly {
    let aig: AIG
    let encoding: AIGGraphEncoding
    /// The node of each variable, -1 for unused ones; `nil` when node `v` is variable `v`.
    private(set) var nodeOf: [Int32]?
    /// The NOT node of each variable, -1 when none (`.notNodes` only).
    private(set) var notOf: [Int32]?
    private(set) var nodeTypes: PackedIntegers = []
    private(set) var firstOutput = 0
    private(set) var nodeCount = 0
    private var edgeCount = 0

    /// Numbers the nodes. - Throws: `GraphError.invalidArgument` past `Int32` node indices.
    init(aig: AIG, encoding: AIGGraphEncoding) throws {
        self.aig = aig
        self.encoding = encoding
        let notCount = encoding == .notNodes ? markInvertedDrivers() : 0
        let andStart = 1 + aig.inputs.count + aig.latches.count
        let notStart = andStart + aig.andCount
        firstOutput = notStart + notCount
        nodeCount = firstOutput + aig.outputs.count
        edgeCount = 2 * aig.andCount + aig.latches.count + notCount + aig.outputs.count
        guard nodeCount <= Int(Int32.max) else {
            throw GraphError.invalidArgument("the AIG's graph would have \(nodeCount) nodes, more than \(Int32.max)")
        }
        numberVariables(andStart: andStart, notStart: notStart)
        let typeWidth = PackedIntegers.width(toHold: AIGNodeType.allCases.map(\.rawValue).max()!)
        var types = PackedIntegers(repeating: AIGNodeType.and.rawValue, count: nodeCount, width: typeWidth)
        types.withUnsafeMutableBuffer { types in
            func fill(_ range: Range<Int>, _ type: AIGNodeType) { for n in range { types[n] = type.rawValue } }
            fill(0 ..< 1, .constant)
            fill(1 ..< 1 + aig.inputs.count, .input)
            fill(1 + aig.inputs.count ..< andStart, .latch)
            fill(notStart ..< firstOutput, .not)
            fill(firstOutput ..< nodeCount, .output)
        }
        nodeTypes = types
    }

    /// Marks every variable read complemented with 0 in `notOf`; returns how many there are.
    private mutating func markInvertedDrivers() -> Int {
        var nots = LargeArray.make(repeating: Int32(-1), count: aig.kinds.count)
        var count = 0
        nots.withUnsafeMutableBufferPointer { nots in
            func mark(_ literal: UInt32) {
                let v = Int(literal >> 1)
                if literal & 1 == 1 && nots[v] < 0 { nots[v] = 0; count += 1 }
            }
            aig.kinds.withUnsafeBufferPointer { kinds in
            aig.fanin0.withUnsafeBufferPointer { f0 in
            aig.fanin1.withUnsafeBufferPointer { f1 in
                for v in 0 ..< kinds.count where kinds[v] == .and { mark(f0[v]); mark(f1[v]) }
            }}}
            for literal in aig.latchNext { mark(literal) }
            for literal in aig.outputs { mark(literal) }
        }
        notOf = nots
        return count
    }

    /// Fills `nodeOf` (inputs, latches, ANDs in variable order) unless node `v` is variable `v`,
    /// and numbers the NOT nodes in variable order from `notStart`.
    private mutating func numberVariables(andStart: Int, notStart: Int) {
        if !aig.isCanonical { nodeOf = numberedNonCanonically(andStart: andStart) }
        if var nots = notOf {
            notOf = nil  // keep `nots` unique while numbering
            var next = Int32(notStart)
            for v in nots.indices where nots[v] == 0 { nots[v] = next; next += 1 }
            notOf = nots
        }
    }

    /// The node of each variable when inputs, latches and ANDs interleave or some are unused.
    private func numberedNonCanonically(andStart: Int) -> [Int32] {
        var nodes = LargeArray.make(repeating: Int32(-1), count: aig.kinds.count)
        nodes[0] = 0
        for (i, v) in aig.inputs.enumerated() { nodes[Int(v)] = Int32(1 + i) }
        for (i, v) in aig.latches.enumerated() { nodes[Int(v)] = Int32(1 + aig.inputs.count + i) }
        nodes.withUnsafeMutableBufferPointer { nodes in
            aig.kinds.withUnsafeBufferPointer { kinds in
                var next = Int32(andStart)
                for v in 0 ..< kinds.count where kinds[v] == .and { nodes[v] = next; next += 1 }
            }
        }
        return nodes
    }

    /// The graph. - Complexity: O(M + E)
    func graph() throws -> Graph {
        var offsets = PackedIntegers(repeating: 0, count: nodeCount + 1,
                                     width: Graph.offsetWidth(forEdgeCount: edgeCount))
        var targets: [Int32] = []
        var types = PackedIntegers(repeating: 0, count: edgeCount, width: 1)
        // Node s's degree is counted at offsets[s + 2], so that after the prefix sum
        // offsets[s + 1] starts row s: the cursor that places its edges, which leaves it at the
        // start of row s + 1, as the final offsets have it. (The last row needs no count.)
        offsets.withUnsafeMutableBuffer { offsets in
            var counter = DegreeCounter(counts: offsets)
            visitEdges(&counter)
            var sum = 0
            for n in 0 ..< offsets.count {
                sum += offsets[n]
                offsets[n] = sum
            }
            targets = LargeArray.make(count: edgeCount) { targets in
                types.withUnsafeMutableBuffer { types in
                    var placer = EdgePlacer(cursor: offsets, targets: targets.baseAddress!, types: types)
                    visitEdges(&placer)
                }
            }
        }
        return try Graph(nodeCount: nodeCount, offsets: offsets, targets: targets, isDirected: true,
                         nodeTypes: nodeTypes, edgeTypes: types)
    }

    /// Calls `sink` for every edge, in increasing target order (see the type's comment).
    private func visitEdges<Sink: AIGEdgeSink>(_ sink: inout Sink) {
        let identity = nodeOf == nil
        (nodeOf ?? []).withUnsafeBufferPointer { nodeOf in
        (notOf ?? []).withUnsafeBufferPointer { notOf in
        aig.kinds.withUnsafeBufferPointer { kinds in
        aig.fanin0.withUnsafeBufferPointer { fanin0 in
        aig.fanin1.withUnsafeBufferPointer { fanin1 in
            let hasNots = encoding == .notNodes
            @inline(__always) func node(_ v: Int) -> Int32 { identity ? Int32(truncatingIfNeeded: v) : nodeOf[v] }
            @inline(__always) func edge(from literal: UInt32, to target: Int32) {
                let v = Int(literal >> 1), inverted = literal & 1
                if hasNots && inverted == 1 {
                    sink.edge(notOf[v], target, 0)
                } else {
                    sink.edge(node(v), target, Int32(inverted))
                }
            }
            for (i, v) in aig.latches.enumerated() { edge(from: aig.latchNext[i], to: node(Int(v))) }
            if identity && !hasNots {
                // Node v is variable v, and the ANDs are the variables from the first on.
                for v in 1 + aig.inputs.count + aig.latches.count ..< kinds.count {
                    let a = fanin0[v], b = fanin1[v]
                    sink.edge(Int32(a >> 1), Int32(v), Int32(a & 1))
                    sink.edge(Int32(b >> 1), Int32(v), Int32(b & 1))
                }
            } else {
                for v in 0 ..< kinds.count where kinds[v] == .and {
                    edge(from: fanin0[v], to: node(v))
                    edge(from: fanin1[v], to: node(v))
                }
            }
            for v in 0 ..< notOf.count where notOf[v] >= 0 { sink.edge(node(v), notOf[v], 0) }
            for (k, literal) in aig.outputs.enumerated() { edge(from: literal, to: Int32(firstOutput + k)) }
        }}}}}
    }
}

/// What `AIGGraphAssembly.visitEdges` feeds: a degree count or the placement of edges.
private protocol AIGEdgeSink {
    mutating func edge(_ source: Int32, _ target: Int32, _ type: Int32)
}

/// Counts out-degrees into `counts[source + 2]` (the last node's, which nothing needs, nowhere).
private struct DegreeCounter: AIGEdgeSink {
    let counts: PackedIntegers.UnsafeMutableBuffer
    @inline(__always) mutating func edge(_ source: Int32, _ target: Int32, _ type: Int32) {
        let k = Int(source) + 2
        if k < counts.count { counts[k] += 1 }
    }
}

/// Places each edge at its source's cursor, `cursor[source + 1]`, and advances the cursor.
private struct EdgePlacer: AIGEdgeSink {
    let cursor: PackedIntegers.UnsafeMutableBuffer
    let targets: UnsafeMutablePointer<Int32>
    let types: PackedIntegers.UnsafeMutableBuffer
    @inline(__always) mutating func edge(_ source: Int32, _ target: Int32, _ type: Int32) {
        let slot = cursor[Int(source) + 1]
        cursor[Int(source) + 1] = slot + 1
        targets[slot] = target
        if type != 0 { types[slot] = Int(type) }  // the types start at 0
    }
}
