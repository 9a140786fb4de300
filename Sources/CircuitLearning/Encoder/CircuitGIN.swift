import EDA
import GNN
import GraphCore

/// The baseline circuit encoder: a plain GIN stack (Xu et al., ICLR 2019, arXiv:1810.00826)
/// over the undirected fanin graph, from structural features (``PreparedCircuit/features``).
/// It sees the same graph as ``CircuitEncoder`` but not the logic's direction or order, and its
/// receptive field is `layers.count` hops whatever the depth.
///
/// **Shapes:** input features `M × F`; output `M × W`.
public struct CircuitGIN: CircuitEncoding {
    /// Features → `W`.
    public let embed: Linear
    /// GIN layers, `W → W` each, ELU between (smooth at 0, so finite differences check it).
    public let layers: [GINConv]

    /// A stack over existing layers. - Complexity: O(1)
    public init(embed: Linear, layers: [GINConv]) {
        self.embed = embed
        self.layers = layers
    }

    /// `W`. - Complexity: O(1)
    public var embeddingWidth: Int { embed.weight.columns }

    /// One row per variable. - Complexity: O(layers × (E × W + M × W²))
    public func callAsFunction(_ circuit: PreparedCircuit) -> Tensor {
        var x = embed(Tensor(circuit.features, name: "features")).elu()
        for (i, layer) in layers.enumerated() {
            x = layer(x, circuit.graph)
            if i + 1 < layers.count { x = x.elu() }
        }
        return x
    }

    /// `embed.*`, then `layers.k.*`.
    public var namedParameters: [NamedParameter] {
        embed.namedParameters.prefixed("embed")
            + layers.enumerated().flatMap { $1.namedParameters.prefixed("layers.\($0)") }
    }
}

extension CircuitGIN {
    /// `depth` GIN layers of width `width` (two-layer MLPs, trained ε).
    /// - Complexity: O(depth × width²)
    public init(width: Int, depth: Int, generator: inout SeededGenerator) {
        embed = Linear(inputSize: PreparedCircuit.featureCount, outputSize: width, generator: &generator)
        layers = (0 ..< depth).map { _ in
            GINConv(mlp: Sequential(Linear(inputSize: width, outputSize: width, generator: &generator), Activation.relu,
                                    Linear(inputSize: width, outputSize: width, generator: &generator)),
                    trainEpsilon: true)
        }
    }
}
