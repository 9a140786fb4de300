/// One graph layer per edge type, their outputs summed or averaged: PyG's `HeteroConv` (and
/// DGL's `HeteroGraphConv`) for graphs whose node set is shared and whose edges are typed, e.g.
/// a circuit's cell arcs and net arcs. Relation `r`'s layer sees only the edges of type `r`
/// (``MessageGraph/splitByEdgeType(relations:)``); relations may have layers of different kinds.
/// Typed node sets whose features differ in width enter through ``NodeTypeProjection`` first,
/// one projection per `Graph.nodeTypes` value into the shared width.
///
/// **Shapes:** input `V × in`; every layer maps it to `V × out`; output `V × out`.
public struct HeteroConv: Layer {
    /// How the relations' outputs are combined.
    public enum Aggregation: Sendable {
        case sum, mean
    }

    /// One layer per relation, in relation order.
    public let layers: [any Layer<GraphInput, Tensor>]
    /// How their outputs are combined.
    public let aggregation: Aggregation

    /// A layer per relation. - Complexity: O(R)
    public init(_ layers: [any Layer<GraphInput, Tensor>], aggregation: Aggregation = .sum) {
        precondition(!layers.isEmpty, "HeteroConv needs at least one relation")
        self.layers = layers
        self.aggregation = aggregation
    }

    /// The combination of each relation's layer on its own graph. - Complexity: the layers' costs.
    public func callAsFunction(_ input: RGCNConv.Input) -> Tensor {
        precondition(input.relations.count == layers.count, "\(input.relations.count) relation graphs for \(layers.count) layers")
        let outputs = zip(layers, input.relations).map { $0(GraphInput(input.features, $1)) }
        let total = outputs.dropFirst().reduce(outputs[0], +)
        return aggregation == .mean ? total * (1 / Float(layers.count)) : total
    }

    /// Each relation's parameters under `<relation>.`, as PyG names them by edge type.
    public var namedParameters: [NamedParameter] {
        layers.enumerated().flatMap { r, layer in layer.namedParameters.prefixed("\(r)") }
    }
}
