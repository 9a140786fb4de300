/// A graph in compressed sparse row (CSR) form.
///
/// Node `i`'s out-edges are `targets[offsets[i] ..< offsets[i + 1]]`, sorted by target. Node
/// indices are 32-bit (`Int32`); offsets are packed at 32 bits while the graph has fewer than
/// 2³² edges and at 64 bits beyond (see `offsetWidth(forEdgeCount:)`). An undirected graph
/// stores every edge in both directions. Optional per-node types, per-edge types and per-edge
/// weights are flat arrays parallel to the nodes or to `targets`; types are packed at the
/// narrowest width that holds them (an AIG's inverted-edge flags take 1 bit per edge).
///
/// `Graph` is a value type with no per-node objects; copies share storage until mutated.
public struct Graph: Sendable, Equatable {
    /// Number of nodes. - Complexity: O(1)
    public let nodeCount: Int
    /// Row offsets, `nodeCount + 1` entries, non-decreasing, `offsets[0] == 0`.
    public let offsets: PackedIntegers
    /// Edge targets (column indices), `edgeCount` entries, each in `0 ..< nodeCount`.
    public let targets: [Int32]
    /// Whether edges are one-way. An undirected graph stores each edge in both directions.
    public let isDirected: Bool
    /// Optional type of each node (e.g. PI, AND, PO), `nodeCount` entries.
    public var nodeTypes: PackedIntegers?
    /// Optional type of each stored edge, parallel to `targets`.
    public let edgeTypes: PackedIntegers?
    /// Optional weight of each stored edge, parallel to `targets`; absent means 1.
    public let edgeWeights: [Float]?

    /// Creates a graph from CSR arrays, validating them.
    ///
    /// - Throws: `GraphError.invalidCSR` naming the first violated rule.
    /// - Complexity: O(V + E)
    public init(
        nodeCount: Int, offsets: PackedIntegers, targets: [Int32], isDirected: Bool,
        nodeTypes: PackedIntegers? = nil, edgeTypes: PackedIntegers? = nil, edgeWeights: [Float]? = nil
    ) throws {
        try Graph.validate(nodeCount: nodeCount, offsets: offsets, targets: targets,
                           nodeTypes: nodeTypes, edgeTypes: edgeTypes, edgeWeights: edgeWeights)
        self.init(unchecked: nodeCount, offsets: offsets, targets: targets, isDirected: isDirected,
                  nodeTypes: nodeTypes, edgeTypes: edgeTypes, edgeWeights: edgeWeights)
    }

    /// Creates a graph from plain CSR arrays, packing offsets and types, and validates it.
    ///
    /// - Throws: `GraphError.invalidCSR` naming the first violated rule (a negative type too).
    /// - Complexity: O(V + E)
    public init(
        nodeCount: Int, offsets: [Int], targets: [Int32], isDirected: Bool,
        nodeTypes: [Int32]? = nil, edgeTypes: [Int32]? = nil, edgeWeights: [Float]? = nil
    ) throws {
        func packed<T: BinaryInteger>(_ values: [T], _ name: String, width: Int? = nil) throws -> PackedIntegers {
            if let bad = values.firstIndex(where: { $0 < 0 }) {
                throw GraphError.invalidCSR("\(name)[\(bad)] is \(values[bad]); \(name) must not be negative")
            }
            return try width.map { try PackedIntegers(values, width: $0) } ?? PackedIntegers(values)
        }
        let width = Graph.offsetWidth(forEdgeCount: max(targets.count, offsets.max() ?? 0))
        try self.init(nodeCount: nodeCount, offsets: packed(offsets, "offsets", width: width), targets: targets,
                      isDirected: isDirected, nodeTypes: nodeTypes.map { try packed($0, "nodeTypes") },
                      edgeTypes: edgeTypes.map { try packed($0, "edgeTypes") }, edgeWeights: edgeWeights)
    }

    /// Creates a graph from arrays the caller has already validated (library-internal builders).
    init(
        unchecked nodeCount: Int, offsets: PackedIntegers, targets: [Int32], isDirected: Bool,
        nodeTypes: PackedIntegers? = nil, edgeTypes: PackedIntegers? = nil, edgeWeights: [Float]? = nil
    ) {
        self.nodeCount = nodeCount
        self.offsets = offsets
        self.targets = targets
        self.isDirected = isDirected
        self.nodeTypes = nodeTypes
        self.edgeTypes = edgeTypes
        self.edgeWeights = edgeWeights
        _checkInvariants()
    }

    /// The bit width of the offsets of a graph with `edgeCount` edges: 32 below 2³² edges, else 64.
    /// - Complexity: O(1)
    public static func offsetWidth(forEdgeCount edgeCount: Int) -> Int {
        edgeCount < 1 << 32 ? 32 : 64
    }

    /// Number of stored edges (an undirected edge counts twice). - Complexity: O(1)
    public var edgeCount: Int { targets.count }

    /// Out-degree of `node` (the degree, for an undirected graph). - Complexity: O(1)
    @inlinable public func degree(of node: Int) -> Int { offsets[node + 1] - offsets[node] }

    /// Range of `node`'s edges in `targets`, `edgeTypes` and `edgeWeights`. - Complexity: O(1)
    @inlinable public func edgeRange(of node: Int) -> Range<Int> { offsets[node] ..< offsets[node + 1] }

    /// The targets of `node`'s out-edges, sorted. - Complexity: O(1)
    @inlinable public func neighbors(of node: Int) -> ArraySlice<Int32> { targets[edgeRange(of: node)] }

    /// Weight of stored edge `index` (1 when the graph is unweighted). - Complexity: O(1)
    @inlinable public func weight(ofEdge index: Int) -> Float { edgeWeights?[index] ?? 1 }

    /// Whether the edge `source → target` is stored. - Complexity: O(log d) for source degree d.
    public func hasEdge(from source: Int, to target: Int) -> Bool {
        var low = offsets[source], high = offsets[source + 1]
        let key = Int32(truncatingIfNeeded: target)
        while low < high {
            let mid = (low + high) / 2
            if targets[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low < offsets[source + 1] && targets[low] == key
    }

    /// Out-degree of every node. - Complexity: O(V)
    public func outDegrees() -> [Int32] {
        (0 ..< nodeCount).map { Int32(offsets[$0 + 1] - offsets[$0]) }
    }

    /// In-degree of every node (equal to `outDegrees()` when undirected). - Complexity: O(V + E)
    public func inDegrees() -> [Int32] {
        if !isDirected { return outDegrees() }
        var degrees = [Int32](repeating: 0, count: nodeCount)
        degrees.withUnsafeMutableBufferPointer { d in
            for t in targets { d[Int(t)] += 1 }
        }
        return degrees
    }
}
