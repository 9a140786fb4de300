import GraphCore

/// The type of a node of an AIG converted to a `Graph` (stored in `Graph.nodeTypes`).
public enum AIGNodeType: Int32, Sendable, CaseIterable {
    /// The constant-false node (node 0).
    case constant = 0
    /// A primary input.
    case input = 1
    /// A latch (its out-edges carry the current state; its in-edge is the next state).
    case latch = 2
    /// A two-input AND gate.
    case and = 3
    /// A primary output, one node per entry of `AIG.outputs`.
    case output = 4
    /// An inverter (only in `AIGGraphEncoding.notNodes`).
    case not = 5
}

/// How inversions appear in the graph of an AIG.
public enum AIGGraphEncoding: String, Sendable, CaseIterable {
    /// Inversions are edge types: 1 when the edge's fanin is complemented, 0 otherwise.
    case invertedEdges
    /// Inversions are explicit NOT nodes, one per inverted driver, shared by all its inverted
    /// uses (as in DeepGate); every edge type is 0.
    case notNodes
}

/// An AIG as a directed `Graph` plus the map from AIG objects to graph nodes.
public struct AIGGraph: Sendable {
    /// Edges run fanin → gate; `nodeTypes` holds `AIGNodeType` raw values.
    public var graph: Graph
    /// The node of each AIG variable, -1 for unused variables.
    public var nodeOfVariable: [Int32]
    /// The node of each NOT (by the variable it inverts, -1 when none); `nil` for `.invertedEdges`.
    public var notNodeOfVariable: [Int32]?
    /// The node of each primary output, in output order.
    public var outputNodes: Range<Int>
}

extension AIG {
    /// The AIG as a directed graph. Nodes, in order: the constant, the inputs, the latches, the
    /// ANDs (in variable order), the NOT nodes (`.notNodes` only), one node per output. Edges
    /// run from a fanin's node to its AND, output or latch (the next state); with
    /// `.invertedEdges` the edge type is the fanin's complement bit. Properties (B, C, J, F) are
    /// not represented. Parallel edges (as in `x & x` or `x & !x`) are kept.
    ///
    /// - Throws: `GraphError` when the graph exceeds `Int32` node indices.
    /// - Complexity: O(M + O) plus GraphCore's row sort, O(E log d) for the largest fanout d.
    public func graph(encoding: AIGGraphEncoding = .invertedEdges) throws -> AIGGraph {
        var nodeOf = [Int32](repeating: -1, count: kinds.count)
        var next: Int32 = 1
        nodeOf[0] = 0
        var types: [Int32] = [AIGNodeType.constant.rawValue]
        types.reserveCapacity(kinds.count + outputs.count)
        for v in inputs { nodeOf[Int(v)] = next; next += 1; types.append(AIGNodeType.input.rawValue) }
        for v in latches { nodeOf[Int(v)] = next; next += 1; types.append(AIGNodeType.latch.rawValue) }
        for v in 0 ..< kinds.count where kinds[v] == .and {
            nodeOf[v] = next; next += 1; types.append(AIGNodeType.and.rawValue)
        }

        var notOf: [Int32]?
        var sources: [Int32] = [], targets: [Int32] = [], edgeTypes: [Int32] = []
        let edgeCount = 2 * andCount + latches.count + outputs.count
        sources.reserveCapacity(edgeCount); targets.reserveCapacity(edgeCount); edgeTypes.reserveCapacity(edgeCount)

        if encoding == .notNodes {
            var nots = [Int32](repeating: -1, count: kinds.count)
            for literal in allFaninLiterals() where literal & 1 == 1 && nots[Int(literal >> 1)] < 0 {
                nots[Int(literal >> 1)] = 0   // mark; numbered below in variable order
            }
            for v in 0 ..< kinds.count where nots[v] == 0 {
                nots[v] = next; next += 1
                types.append(AIGNodeType.not.rawValue)
                sources.append(nodeOf[v]); targets.append(nots[v]); edgeTypes.append(0)
            }
            notOf = nots
        }

        func connect(_ literal: UInt32, to node: Int32) {
            let v = Int(literal >> 1)
            if literal & 1 == 1, let notOf {
                sources.append(notOf[v]); edgeTypes.append(0)
            } else {
                sources.append(nodeOf[v]); edgeTypes.append(Int32(literal & 1))
            }
            targets.append(node)
        }
        for v in 0 ..< kinds.count where kinds[v] == .and {
            connect(fanin0[v], to: nodeOf[v])
            connect(fanin1[v], to: nodeOf[v])
        }
        for (i, v) in latches.enumerated() { connect(latchNext[i], to: nodeOf[Int(v)]) }
        let firstOutput = Int(next)
        for literal in outputs {
            connect(literal, to: next)
            next += 1
            types.append(AIGNodeType.output.rawValue)
        }

        var graph = try GraphBuilder.build(
            nodeCount: Int(next), sources: sources, targets: targets, edgeTypes: edgeTypes,
            options: .init(directed: true, dropDuplicates: false))
        graph.nodeTypes = types
        return AIGGraph(graph: graph, nodeOfVariable: nodeOf, notNodeOfVariable: notOf,
                        outputNodes: firstOutput ..< Int(next))
    }

    /// Every literal the graph reads: AND fanins, latch next states, outputs.
    private func allFaninLiterals() -> [UInt32] {
        var literals: [UInt32] = []
        literals.reserveCapacity(2 * andCount + latches.count + outputs.count)
        for v in 0 ..< kinds.count where kinds[v] == .and {
            literals.append(fanin0[v])
            literals.append(fanin1[v])
        }
        return literals + latchNext + outputs
    }
}
