import GraphCore

/// A two-layer graph network that maps node features to class scores, in the form each
/// architecture's paper used for the Planetoid citation graphs (Cora, Citeseer, PubMed):
///
/// - `gcn` (Kipf & Welling, ICLR 2017): dropout → GCNConv(in, h) → ReLU → dropout → GCNConv(h, C);
/// - `sage` (Hamilton et al., NeurIPS 2017): the same with mean-aggregating SAGEConv;
/// - `gat` (Veličković et al., ICLR 2018): dropout → GATConv(in, h, K heads, concatenated,
///   attention and message dropout) → ELU → dropout → GATConv(K·h, C, `outputHeads`, averaged);
/// - `gin` (Xu et al., ICLR 2019): GINConv with MLP(in → h → h) → ReLU → dropout → GINConv with
///   MLP(h → h → C), ε = 0.
///
/// Dropout applies only when `training` is true. The first layer reads the features as given
/// (sparse bag-of-words cost O(nnz × h)), except GIN, which sums dense neighbour features.
///
/// **Shapes:** features `V × in`; logits `V × C`.
public struct NodeClassifier: Parameterized {
    /// The graph convolution of both layers.
    public enum Architecture: String, Sendable, CaseIterable, Codable {
        case gcn, sage, gat, gin
    }

    /// Sizes and regularisation of the network.
    public struct Configuration: Sendable, Equatable {
        public var architecture: Architecture
        public var inputSize: Int
        public var classes: Int
        /// Width of the hidden layer (per head for GAT).
        public var hidden: Int
        /// Heads of GAT's first layer.
        public var heads: Int
        /// Heads of GAT's output layer (averaged).
        public var outputHeads: Int
        /// Dropout on the input features and on the hidden layer.
        public var dropout: Float
        /// Dropout on GAT's attention coefficients.
        public var attentionDropout: Float
        /// Dropout on GAT's transformed features `x W` after the attention scores, before they
        /// are aggregated (Veličković et al.'s code drops them; PyG does not).
        public var messageDropout: Float
        /// Whether the convolutions add a bias (PyG's layers do; Kipf & Welling's GCN does not).
        public var bias: Bool

        /// A configuration; defaults are the published ones of ``published(_:inputSize:classes:)``.
        public init(architecture: Architecture, inputSize: Int, classes: Int, hidden: Int, heads: Int = 1,
                    outputHeads: Int = 1, dropout: Float, attentionDropout: Float = 0, messageDropout: Float = 0,
                    bias: Bool = true) {
            self.architecture = architecture
            self.inputSize = inputSize
            self.classes = classes
            self.hidden = hidden
            self.heads = heads
            self.outputHeads = outputHeads
            self.dropout = dropout
            self.attentionDropout = attentionDropout
            self.messageDropout = messageDropout
            self.bias = bias
        }

        /// The sizes of the papers' Cora runs: GCN 16 hidden, dropout 0.5; GAT 8 heads × 8,
        /// one output head, dropout 0.6 on features, hidden layer, attention and messages (the
        /// last as in the authors' code; it raised the mean validation accuracy of seeds 0–3 on
        /// Cora from 81.7 to 82.4 %); SAGE and GIN as GCN. - Complexity: O(1)
        public static func published(_ architecture: Architecture, inputSize: Int, classes: Int) -> Configuration {
            switch architecture {
            case .gat:
                return Configuration(architecture: .gat, inputSize: inputSize, classes: classes, hidden: 8, heads: 8,
                                     outputHeads: 1, dropout: 0.6, attentionDropout: 0.6, messageDropout: 0.6)
            case .gcn, .sage, .gin:
                return Configuration(architecture: architecture, inputSize: inputSize, classes: classes, hidden: 16,
                                     dropout: 0.5)
            }
        }
    }

    /// The two layers of one architecture.
    enum Layers {
        case gcn(GCNConv, GCNConv)
        case sage(SAGEConv, SAGEConv)
        case gat(GATConv, GATConv)
        case gin(GINConv, GINConv)
    }

    /// Sizes and regularisation.
    public let configuration: Configuration
    let layers: Layers

    /// A freshly initialised network (Glorot weights, zero biases). - Complexity: O(in × hidden)
    public init(_ configuration: Configuration, generator: inout SeededGenerator) {
        precondition(configuration.inputSize > 0 && configuration.classes > 0 && configuration.hidden > 0
                     && configuration.heads > 0 && configuration.outputHeads > 0, "sizes must be positive: \(configuration)")
        self.configuration = configuration
        let (input, hidden, classes) = (configuration.inputSize, configuration.hidden, configuration.classes)
        let bias = configuration.bias
        switch configuration.architecture {
        case .gcn:
            layers = .gcn(GCNConv(inputSize: input, outputSize: hidden, bias: bias, generator: &generator),
                          GCNConv(inputSize: hidden, outputSize: classes, bias: bias, generator: &generator))
        case .sage:
            layers = .sage(SAGEConv(inputSize: input, outputSize: hidden, bias: bias, generator: &generator),
                           SAGEConv(inputSize: hidden, outputSize: classes, bias: bias, generator: &generator))
        case .gat:
            let heads = configuration.heads
            layers = .gat(GATConv(inputSize: input, outputSize: hidden, heads: heads, bias: bias, generator: &generator),
                          GATConv(inputSize: hidden * heads, outputSize: classes, heads: configuration.outputHeads,
                                  concatenate: false, bias: bias, generator: &generator))
        case .gin:
            func mlp(_ a: Int, _ b: Int, _ c: Int) -> Sequential {
                Sequential(Linear(inputSize: a, outputSize: b, bias: bias, generator: &generator), Activation.relu,
                           Linear(inputSize: b, outputSize: c, bias: bias, generator: &generator))
            }
            layers = .gin(GINConv(mlp: mlp(input, hidden, hidden)), GINConv(mlp: mlp(hidden, hidden, classes)))
        }
    }

    /// Class scores (logits) of every node; dropout applies only when `training`.
    /// - Complexity: O(first-layer product + E × width + V × width × C) per call.
    public func callAsFunction(_ features: NodeFeatures, _ graph: MessageGraph, training: Bool,
                               generator: inout SeededGenerator) -> Tensor {
        precondition(features.width == configuration.inputSize,
                     "features are \(features.width) wide, the classifier expects \(configuration.inputSize)")
        let p = configuration.dropout
        let input = training ? features.droppingEntries(probability: p, using: &generator) : features
        switch layers {
        case .gcn(let first, let second):
            let hidden = first(input, graph).relu().dropout(p, using: &generator, training: training)
            return second(hidden, graph)
        case .sage(let first, let second):
            let hidden = first(input, graph).relu().dropout(p, using: &generator, training: training)
            return second(hidden, graph)
        case .gat(let first, let second):
            let q = training ? configuration.attentionDropout : 0, m = training ? configuration.messageDropout : 0
            let hidden = first(input, graph, attentionDropout: q, messageDropout: m, using: &generator).elu()
                .dropout(p, using: &generator, training: training)
            return second(GraphInput(hidden, graph), attentionDropout: q, messageDropout: m, using: &generator)
        case .gin(let first, let second):
            let hidden = first(Tensor(input.denseMatrix, name: "features"), graph).relu()
                .dropout(p, using: &generator, training: training)
            return second(hidden, graph)
        }
    }

    /// The parameters weight decay applies to: the first layer's for GCN, SAGE and GIN (as in
    /// Kipf & Welling's code), every parameter for GAT (as in Veličković et al.'s).
    public var decayedParameters: [NamedParameter] {
        switch layers {
        case .gat: return namedParameters
        default: return namedParameters.filter { $0.name.hasPrefix("conv1.") }
        }
    }

    /// `conv1.*` and `conv2.*`, PyG's names for the two layers.
    public var namedParameters: [NamedParameter] {
        let (first, second): (Parameterized, Parameterized) = {
            switch layers {
            case .gcn(let a, let b): return (a, b)
            case .sage(let a, let b): return (a, b)
            case .gat(let a, let b): return (a, b)
            case .gin(let a, let b): return (a, b)
            }
        }()
        return first.namedParameters.prefixed("conv1") + second.namedParameters.prefixed("conv2")
    }
}
