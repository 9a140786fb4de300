import GraphCore

/// The timing graph of a cell netlist: one node per top port (nodes `0 ..< portCount`) and per
/// instance pin (`portCount + pin`); net edges from each net's drivers to its loads and cell
/// edges from a cell's input to its output for each pair of pins a Liberty timing arc joins
/// (setup, hold, recovery and removal arcs are checks, kept apart in `checks`). Stored as a
/// GraphCore `Graph` (edge type 0 for net edges, 1 for cell edges), so learning code can read it.
/// Levels are OpenSTA's: 10 per edge along the longest path from a source.
public struct TimingGraph: Sendable {
    /// What a node is.
    public enum NodeKind: UInt8, Sendable {
        case inputPort, outputPort, inoutPort
        case cellInput, cellOutput, cellInout, cellInternal
        /// A pin its cell's Liberty definition does not have (power pins): not timed.
        case unmapped
    }

    /// A timing check between a clock pin and a data pin of one instance.
    public struct Check: Sendable, Equatable {
        /// The clock (related) pin's node and the data (constrained) pin's node.
        public var clockNode: Int32
        public var dataNode: Int32
        /// The Liberty cell and the index of the arc in its `arcs`.
        public var cell: Int32
        public var arc: Int32
    }

    /// The edges, from CSR.
    public let graph: Graph
    /// The number of ports; pin `p` is node `portCount + p`.
    public let portCount: Int
    /// Per node: what it is.
    public let kinds: [NodeKind]
    /// Per node: the Liberty cell of its instance (−1 for ports).
    public let libraryCell: [Int32]
    /// Per node: its pin in that cell (−1 for ports and unmapped pins).
    public let libraryPin: [Int32]
    /// Per edge: the arcs of the cell edge, `edgeArcs[edgeArcStart[e] ..< edgeArcStart[e + 1]]`
    /// (indices into the cell's `arcs`; none for a net edge).
    public let edgeArcStart: [Int32]
    public let edgeArcs: [Int32]
    /// The timing checks.
    public let checks: [Check]
    /// Per node: whether it is a register's clock pin (an arc launches from it on a clock edge).
    public let isRegisterClockPin: [Bool]
    /// A topological order of the nodes (after breaking combinational loops).
    public let order: [Int32]
    /// Per node: its level (10 per edge, as OpenSTA counts).
    public let levels: [Int32]
    /// Edges left out to break combinational loops.
    public let loopBreaks: Int

    /// The number of nodes. - Complexity: O(1)
    public var nodeCount: Int { kinds.count }
    /// Whether edge `e` is a net edge. - Complexity: O(1)
    public func isNetEdge(_ e: Int) -> Bool { edgeArcStart[e] == edgeArcStart[e + 1] }
    /// The node of pin `p`. - Complexity: O(1)
    public func node(ofPin p: Int) -> Int { portCount + p }
    /// The node of port `i`. - Complexity: O(1)
    public func node(ofPort i: Int) -> Int { i }

    init(graph: Graph, portCount: Int, kinds: [NodeKind], libraryCell: [Int32], libraryPin: [Int32],
         edgeArcStart: [Int32], edgeArcs: [Int32], checks: [Check], isRegisterClockPin: [Bool], order: [Int32], levels: [Int32], loopBreaks: Int) {
        self.graph = graph
        self.portCount = portCount
        self.kinds = kinds
        self.libraryCell = libraryCell
        self.libraryPin = libraryPin
        self.edgeArcStart = edgeArcStart
        self.edgeArcs = edgeArcs
        self.checks = checks
        self.isRegisterClockPin = isRegisterClockPin
        self.order = order
        self.levels = levels
        self.loopBreaks = loopBreaks
    }
}
