import GraphCore

/// The type of a node of an AIG converted to a `Graph` (stored in `Graph.nodeTypes`).
public enum AIGNodeType: Int, Sendable, CaseIterable {
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
    /// The node of each AIG variable, -1 for unused ones; `nil` when node `v` is variable `v`
    /// (a canonical AIG), so that a large AIG's graph carries no table of 4 B per variable.
    let nodeTable: [Int32]?
    /// Number of AIG variables, the constant included. - Complexity: O(1)
    public let variableCount: Int
    /// The node of each NOT (by the variable it inverts, -1 when none); `nil` for `.invertedEdges`.
    public var notNodeOfVariable: [Int32]?
    /// The node of each primary output, in output order.
    public var outputNodes: Range<Int>

    /// The node of AIG variable `variable`, or `nil` for an unused variable.
    /// - Precondition: `variable` is in `0 ..< variableCount`. - Complexity: O(1)
    public func node(ofVariable variable: Int) -> Int? {
        precondition(variable >= 0 && variable < variableCount,
                     "variable \(variable) is not in 0..<\(variableCount)")
        guard let nodeTable else { return variable }
        return nodeTable[variable] < 0 ? nil : Int(nodeTable[variable])
    }
}

extension AIG {
    /// The AIG as a directed graph. Nodes, in order: the constant, the inputs, the latches, the
    /// ANDs (in variable order), the NOT nodes (`.notNodes` only), one node per output. Edges
    /// run from a fanin's node to its AND, output or latch (the next state); with
    /// `.invertedEdges` the edge type is the fanin's complement bit. Properties (B, C, J, F) are
    /// not represented. Parallel edges (as in `x & x` or `x & !x`) are kept.
    ///
    /// - Throws: `GraphError` when the graph exceeds `Int32` node indices.
    /// - Complexity: O(M + O), no sorting (see `AIGGraphAssembly`).
    public func graph(encoding: AIGGraphEncoding = .invertedEdges) throws -> AIGGraph {
        let assembly = try AIGGraphAssembly(aig: self, encoding: encoding)
        return AIGGraph(graph: try assembly.graph(), nodeTable: assembly.nodeOf, variableCount: variableCount,
                        notNodeOfVariable: assembly.notOf, outputNodes: assembly.firstOutput ..< assembly.nodeCount)
    }
}
