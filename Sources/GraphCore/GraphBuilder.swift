/// Builds a CSR `Graph` from an edge list.
///
/// Collect edges with `addEdge` (or pass arrays to `build(nodeCount:sources:targets:...)`), then
/// call `build()`. Rows are sorted by target; options drop duplicates and self-loops, make the
/// graph undirected (each edge stored both ways) and add the missing self-loops.
///
/// ```swift
/// var builder = GraphBuilder(nodeCount: 3, options: .init(directed: false))
/// builder.addEdge(0, 1); builder.addEdge(1, 2)
/// let graph = try builder.build()   // 4 stored edges: 0-1, 1-0, 1-2, 2-1
/// ```
public struct GraphBuilder {
    /// What to do with the edges while building.
    public struct Options: Sendable {
        /// Store edges one way (`true`) or both ways (`false`, an undirected graph).
        public var directed: Bool
        /// Keep only the first of several edges with the same endpoints (its weight and type win).
        public var dropDuplicates: Bool
        /// Drop edges from a node to itself.
        public var dropSelfLoops: Bool
        /// Give every node a self-loop of weight 1 and type 0 unless it already has one.
        public var addSelfLoops: Bool

        public init(directed: Bool = true, dropDuplicates: Bool = true,
                    dropSelfLoops: Bool = false, addSelfLoops: Bool = false) {
            self.directed = directed
            self.dropDuplicates = dropDuplicates
            self.dropSelfLoops = dropSelfLoops
            self.addSelfLoops = addSelfLoops
        }
    }

    /// Number of nodes of the graph to build; grows to fit edges added with `addEdge`.
    public var nodeCount: Int
    /// Options applied by `build()`.
    public var options: Options
    private var sources: [Int32] = []
    private var targets: [Int32] = []
    private var weights: [Float]?
    private var edgeTypes: [Int32]?

    /// Creates an empty builder.
    public init(nodeCount: Int = 0, options: Options = .init()) {
        self.nodeCount = nodeCount
        self.options = options
    }

    /// Adds the edge `source → target`; a weight or type makes the graph weighted or typed
    /// (earlier edges get weight 1 and type 0). - Complexity: amortised O(1)
    public mutating func addEdge(_ source: Int, _ target: Int, weight: Float? = nil, type: Int32? = nil) {
        precondition(source >= 0 && target >= 0 && source < Int(Int32.max) && target < Int(Int32.max),
                     "node indices must be in 0..<Int32.max")
        if let weight {
            if weights == nil { weights = [Float](repeating: 1, count: sources.count) }
            weights!.append(weight)
        } else {
            weights?.append(1)
        }
        if let type {
            if edgeTypes == nil { edgeTypes = [Int32](repeating: 0, count: sources.count) }
            edgeTypes!.append(type)
        } else {
            edgeTypes?.append(0)
        }
        sources.append(Int32(source))
        targets.append(Int32(target))
        nodeCount = max(nodeCount, source + 1, target + 1)
    }

    /// Builds the graph from the edges added so far.
    /// - Complexity: O(V + E) plus sorting each row, O(E log d) for the largest degree d.
    public func build() throws -> Graph {
        try GraphBuilder.build(nodeCount: nodeCount, sources: sources, targets: targets,
                               weights: weights, edgeTypes: edgeTypes, options: options)
    }

    /// Builds a graph from parallel edge arrays.
    ///
    /// - Throws: `GraphError.nodeOutOfRange` for an endpoint outside `0 ..< nodeCount`,
    ///   `GraphError.shapeMismatch` when the arrays differ in length,
    ///   `GraphError.invalidArgument` for a negative edge type.
    /// - Complexity: O(V + E) plus sorting each row, O(E log d) for the largest degree d.
    public static func build(
        nodeCount: Int, sources: [Int32], targets: [Int32],
        weights: [Float]? = nil, edgeTypes: [Int32]? = nil, options: Options = .init()
    ) throws -> Graph {
        if let edgeTypes, let bad = edgeTypes.firstIndex(where: { $0 < 0 }) {
            throw GraphError.invalidArgument("edge \(bad) has type \(edgeTypes[bad]); edge types must not be negative")
        }
        return try build(nodeCount: nodeCount, sources: sources, targets: targets, weights: weights,
                         packedEdgeTypes: try edgeTypes.map { try PackedIntegers($0) }, options: options)
    }

    /// `build(nodeCount:sources:targets:weights:edgeTypes:options:)` with packed edge types.
    static func build(
        nodeCount: Int, sources: [Int32], targets: [Int32],
        weights: [Float]?, packedEdgeTypes edgeTypes: PackedIntegers?, options: Options
    ) throws -> Graph {
        guard sources.count == targets.count else {
            throw GraphError.shapeMismatch("\(sources.count) sources but \(targets.count) targets")
        }
        if let weights, weights.count != sources.count {
            throw GraphError.shapeMismatch("\(weights.count) weights for \(sources.count) edges")
        }
        if let edgeTypes, edgeTypes.count != sources.count {
            throw GraphError.shapeMismatch("\(edgeTypes.count) edge types for \(sources.count) edges")
        }
        guard nodeCount >= 0, nodeCount <= Int(Int32.max) else {
            throw GraphError.invalidArgument("node count \(nodeCount) must be in 0...\(Int32.max)")
        }
        let badSource = firstOutOfRange(sources, nodeCount), badTarget = firstOutOfRange(targets, nodeCount)
        if let edge = [badSource, badTarget].compactMap({ $0 }).min() {
            let node = edge == badSource ? sources[edge] : targets[edge]
            throw GraphError.nodeOutOfRange(node: Int(node), nodeCount: nodeCount, edgeIndex: edge)
        }
        var assembly = CSRAssembly(nodeCount: nodeCount, options: options,
                                   hasWeights: weights != nil, hasTypes: edgeTypes != nil)
        assembly.scatter(sources: sources, targets: targets, weights: weights, edgeTypes: edgeTypes)
        return assembly.finish(directed: options.directed)
    }
}

/// Index of the first entry outside `0 ..< nodeCount`, if any. - Complexity: O(n)
private func firstOutOfRange(_ nodes: [Int32], _ nodeCount: Int) -> Int? {
    let limit = UInt32(nodeCount)
    return nodes.withUnsafeBufferPointer { buffer in
        // A negative Int32 becomes a huge UInt32, so one unsigned comparison checks both ends.
        for i in 0 ..< buffer.count where UInt32(bitPattern: buffer[i]) >= limit { return i }
        return nil
    }
}
