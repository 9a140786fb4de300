import GraphCore

/// Graph convolutions one after another with an activation between them and none after the
/// last, as PyG's `torch_geometric.nn.models.GCN` (the backbone of PyGOD's detectors):
///
///     H₁ = f(GCN₁(X)),  …,  H_L = GCN_L(H_{L−1})
///
/// **Shapes:** input `V × sizes[0]`; output `V × sizes.last`.
public struct GCNStack: Parameterized {
    /// The convolutions, `sizes[k] → sizes[k + 1]`, each with a bias.
    public let layers: [GCNConv]
    /// The activation between layers.
    public let activation: Activation.Kind

    /// Glorot-initialised layers of the given widths (`sizes.count − 1` of them).
    /// - Complexity: O(Σ sizes[k] × sizes[k + 1])
    public init(sizes: [Int], activation: Activation.Kind = .relu, generator: inout SeededGenerator) {
        precondition(sizes.count >= 2 && sizes.allSatisfy { $0 > 0 }, "a GCN stack needs at least two positive widths, got \(sizes)")
        layers = zip(sizes, sizes.dropFirst()).map { GCNConv(inputSize: $0, outputSize: $1, generator: &generator) }
        self.activation = activation
    }

    /// The stack on tape features. - Complexity: Σ over layers of O(V × in × out + E × out).
    public func callAsFunction(_ input: Tensor, _ graph: MessageGraph) -> Tensor {
        continuing(layers[0](input, graph), graph)
    }

    /// The stack on constant features (sparse ones cost O(nnz × out) in the first layer).
    /// - Complexity: as above, with the first product that of `features.project`.
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph) -> Tensor {
        continuing(layers[0](features, graph), graph)
    }

    /// The layers after the first, on the first one's output.
    private func continuing(_ first: Tensor, _ graph: MessageGraph) -> Tensor {
        layers.dropFirst().reduce(first) { hidden, layer in layer(activation.apply(hidden), graph) }
    }

    /// `convs.k.weight`, `convs.k.bias` per layer, as PyG names them.
    public var namedParameters: [NamedParameter] {
        layers.enumerated().flatMap { index, layer in layer.namedParameters.prefixed("convs.\(index)") }
    }
}
