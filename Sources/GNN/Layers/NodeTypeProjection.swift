import GraphCore

/// One linear projection per node type into a shared width, for graphs whose typed node sets
/// carry features of different widths (a circuit's cells and nets, a paper's authors and
/// venues): node `i` of type `t` gets `x_i W_t + b_t`, as PyG's `HeteroDictLinear` applied
/// before a ``HeteroConv`` or ``RGCNConv`` over the shared node set. The types are those of
/// `Graph.nodeTypes`; type `t`'s feature rows list its nodes in increasing id.
///
/// **Shapes:** features of type `t` `n_t × in_t`; `weights[t]` `in_t × out`; `biases[t]`
/// `1 × out`; output `V × out` with `V = Σ n_t`, rows in node order.
public struct NodeTypeProjection: Parameterized {
    /// One linear layer per node type.
    public let projections: [Linear]

    /// A layer over existing per-type linear layers of one output width. - Complexity: O(types)
    public init(_ projections: [Linear]) {
        precondition(!projections.isEmpty, "NodeTypeProjection needs at least one node type")
        precondition(Set(projections.map(\.weight.columns)).count == 1, "every type must project to the same width")
        self.projections = projections
    }

    /// Glorot-initialised projections from `inputSizes[t]` to `outputSize`, zero biases.
    /// - Complexity: O(Σ inputSizes × outputSize)
    public init(inputSizes: [Int], outputSize: Int, generator: inout SeededGenerator) {
        self.init(inputSizes.map { Linear(inputSize: $0, outputSize: outputSize, generator: &generator) })
    }

    /// The nodes of each type `0 ..< typeCount`, in increasing id (all nodes are type 0 when the
    /// graph has no node types).
    /// - Precondition: every node type is below `typeCount`.
    /// - Complexity: O(V)
    public static func nodesByType(_ graph: Graph, typeCount: Int) -> [[Int32]] {
        var nodes = [[Int32]](repeating: [], count: typeCount)
        for i in 0 ..< graph.nodeCount {
            let t = graph.nodeTypes.map { Int($0[i]) } ?? 0
            precondition(t < typeCount, "node \(i) has type \(t) ≥ \(typeCount) types")
            nodes[t].append(Int32(i))
        }
        return nodes
    }

    /// Every type's features projected and put in node order.
    /// - Precondition: `features[t]` has a row per node of type `t` and `in_t` columns.
    /// - Complexity: O(Σ n_t × in_t × out + V × out)
    public func callAsFunction(_ features: [Tensor], graph: Graph) -> Tensor {
        precondition(features.count == projections.count, "\(features.count) feature blocks for \(projections.count) node types")
        let nodes = Self.nodesByType(graph, typeCount: projections.count)
        let placed = zip(projections, zip(features, nodes)).map { projection, block in
            let (x, members) = block
            precondition(x.rows == members.count, "\(x.rows) feature rows for \(members.count) nodes of their type")
            return projection(x).segmentSum(members, count: graph.nodeCount)
        }
        return placed.dropFirst().reduce(placed[0], +)
    }

    /// Type `t`'s weight and bias under `t.`.
    public var namedParameters: [NamedParameter] {
        projections.enumerated().flatMap { t, projection in projection.namedParameters.prefixed("\(t)") }
    }
}
