import GNN
import GraphCore

/// The pre-routing timing predictor. Node features (`TimingFeature`) enter a linear layer and
/// residual graph convolutions over the timing graph; two heads read the node embeddings.
///
/// - `.timingGCN` (after Guo et al., "A Timing Engine Inspired Graph Neural Network Model for
///   Pre-Routing Slack Prediction", DAC 2022): relational convolutions (`RGCNConv`) with separate
///   weights for net edges and cell edges, each direction; a net-delay head at the loads of nets
///   and a cell-delay head at cell outputs predict how much more each arrival grows from its
///   critical fan-in after routing than with ideal wires (and the slew's growth), and arrivals
///   are propagated level by level along the critical fan-ins, as STA does (`TimingPrediction`).
/// - `.gcn`: the plain baseline: `GCNConv` over the graph taken as undirected, and the heads
///   predict each node's arrival and slew growth directly, without propagation.
/// - `.preRoutGNN` (after Zhong et al., "PreRoutGNN for Timing Prediction with Order Preserving
///   Partition", AAAI 2024): global pre-training — a graph autoencoder (`autoencoder`, GNN's
///   `GraphAutoencoder`, trained first by `TimingPretraining` and then frozen) embeds every
///   node from the designs' structure, and its embeddings join the features; the relational
///   convolutions of `.timingGCN` follow, then level-ordered message passing over the timing DAG
///   with residual local attention (`DAGAttention`: each node attends over its fan-ins' already
///   propagated states, level by level). The heads read both and predict each node's arrival
///   and slew growth directly: the propagation is inside the network.
///
///     h⁰ = LayerNorm(W x + b),   hˡ⁺¹ = LayerNorm(hˡ + ReLU(conv(hˡ)))
///
/// **Shapes:** inputs `V × configuration.inputWidth`; embeddings `V × hidden` (`V × 2·hidden` with
/// the attention's states); each head `N × 4`
/// (arrival rise, fall, slew rise, fall; scaled by `targetScale`).
public final class TimingPredictor: Parameterized {
    /// The architecture.
    public enum Kind: String, Sendable, CaseIterable {
        case timingGCN = "timinggcn", gcn, preRoutGNN = "preroutgnn"
    }

    /// The shape of the pre-trained graph autoencoder of `.preRoutGNN`.
    public struct Pretraining: Sendable, Equatable {
        public var kind: GraphAutoencoder.Kind
        public var hidden: Int, latent: Int

        public init(kind: GraphAutoencoder.Kind, hidden: Int = 32, latent: Int = 16) { (self.kind, self.hidden, self.latent) = (kind, hidden, latent) }
    }

    /// What the checkpoint needs to rebuild the model.
    public struct Configuration: Sendable, Equatable {
        public var kind: Kind
        public var hidden = 64
        public var layers = 4
        /// The scale (ps) of the four targets, from the training designs.
        public var targetScale: [Float] = [1, 1, 1, 1]
        /// The autoencoder of `.preRoutGNN` (ignored by the other kinds).
        public var pretraining = Pretraining(kind: .vgae)

        public init(kind: Kind) { self.kind = kind }

        /// Input columns: the features, and for `.preRoutGNN` the pre-trained embeddings. - Complexity: O(1)
        public var inputWidth: Int { TimingFeature.count + (kind == .preRoutGNN ? pretraining.latent : 0) }

        /// Columns the heads read: the embeddings, and for `.preRoutGNN` the propagated states. - Complexity: O(1)
        var headWidth: Int { kind == .preRoutGNN ? 2 * hidden : hidden }
    }

    /// The relations of `.timingGCN`: net edges forward and back, cell edges forward and back.
    public static let relationCount = 4
    public static let targetCount = 4
    /// The name prefix of the autoencoder's parameters in checkpoints.
    static let pretrainingPrefix = "pretraining"

    public let configuration: Configuration
    let input: Linear
    let relational: [RGCNConv]
    let plain: [GCNConv]
    /// The pre-trained graph autoencoder (`.preRoutGNN` only), frozen while the predictor trains.
    public let autoencoder: GraphAutoencoder?
    let attention: DAGAttention?
    let netHidden: Linear, netOutput: Linear, cellHidden: Linear, cellOutput: Linear

    /// A freshly initialised model. - Complexity: O(parameters)
    public init(_ configuration: Configuration, generator: inout SeededGenerator) {
        self.configuration = configuration
        let h = configuration.hidden, layers = configuration.layers
        input = Linear(inputSize: configuration.inputWidth, outputSize: h, generator: &generator)
        if configuration.kind != .gcn {
            relational = (0 ..< layers).map { _ in RGCNConv(inputSize: h, outputSize: h, relations: Self.relationCount, bases: Self.relationCount, generator: &generator) }
            plain = []
        } else {
            relational = []
            plain = (0 ..< layers).map { _ in GCNConv(inputSize: h, outputSize: h, generator: &generator) }
        }
        if configuration.kind == .preRoutGNN {
            let shape = configuration.pretraining
            autoencoder = GraphAutoencoder(kind: shape.kind, inputSize: TimingFeature.count, hiddenSize: shape.hidden, latentSize: shape.latent, generator: &generator)
            let attention = DAGAttention(inputSize: h, outputSize: h, attentionSize: h, generator: &generator)
            // Its value map starts at zero: a sum along a path of some hundred levels would
            // otherwise swamp the heads at first, and the model starts as its convolutions alone.
            attention.value.weight.value = Matrix(rows: h, columns: h)
            self.attention = attention
        } else {
            (autoencoder, attention) = (nil, nil)
        }
        netHidden = Linear(inputSize: configuration.headWidth, outputSize: h, generator: &generator)
        netOutput = Linear(inputSize: h, outputSize: Self.targetCount, generator: &generator)
        cellHidden = Linear(inputSize: configuration.headWidth, outputSize: h, generator: &generator)
        cellOutput = Linear(inputSize: h, outputSize: Self.targetCount, generator: &generator)
    }

    /// Every parameter, by name.
    public var namedParameters: [NamedParameter] {
        var all = input.namedParameters.prefixed("input")
        for (k, layer) in relational.enumerated() { all += layer.namedParameters.prefixed("convolution\(k)") }
        for (k, layer) in plain.enumerated() { all += layer.namedParameters.prefixed("convolution\(k)") }
        let heads: [(String, Linear)] = [("netHidden", netHidden), ("netOutput", netOutput), ("cellHidden", cellHidden), ("cellOutput", cellOutput)]
        for (name, layer) in heads { all += layer.namedParameters.prefixed(name) }
        if let attention { all += attention.namedParameters.prefixed("attention") }
        if let autoencoder { all += autoencoder.namedParameters.prefixed(Self.pretrainingPrefix) }
        return all
    }

    /// The parameters training updates: all but the frozen autoencoder's.
    public var trainableParameters: [NamedParameter] {
        namedParameters.filter { !$0.name.hasPrefix(Self.pretrainingPrefix + ".") }
    }

    /// The model's input: the sample's features, and for `.preRoutGNN` the autoencoder's node
    /// embeddings beside them. **Shapes:** `V × configuration.inputWidth`.
    /// - Complexity: O(V × features), plus one autoencoder pass for `.preRoutGNN`.
    public func inputs(_ sample: TimingSample, threads: Int) -> Matrix {
        guard let autoencoder else { return sample.features }
        let z = TimingPretraining.embeddings(autoencoder, sample, threads: threads)
        var joined = Matrix(rows: sample.nodeCount, columns: configuration.inputWidth)
        for v in 0 ..< sample.nodeCount {
            for c in 0 ..< TimingFeature.count { joined[v, c] = sample.features[v, c] }
            for c in 0 ..< z.columns { joined[v, TimingFeature.count + c] = z[v, c] }
        }
        return joined
    }

    /// The graphs a forward pass needs, built once per design or batch.
    public struct Graphs {
        let relations: [MessageGraph]
        let undirected: MessageGraph?
        /// The timing DAG (net and cell edges forward), for `.preRoutGNN`.
        let dag: DAGSchedule?

        /// From the relation graph (`TimingSample.relationGraph`, edge types 0–3, the forward
        /// edges acyclic as a sample's reader checks). - Complexity: O(V + E)
        public init(_ graph: Graph, kind: Kind, threads: Int) {
            dag = kind == .preRoutGNN ? Self.forwardDAG(graph) : nil
            if kind != .gcn {
                relations = MessageGraph(graph, threads: threads).splitByEdgeType(relations: TimingPredictor.relationCount)
                undirected = nil
            } else {
                relations = []
                // Both directions are already in the relation graph: drop the types.
                undirected = MessageGraph(try! Graph(nodeCount: graph.nodeCount, offsets: graph.offsets, targets: graph.targets, isDirected: true), threads: threads)
            }
        }
    }

    /// What the heads read (`inputs` of the nodes): the node embeddings, and for `.preRoutGNN`
    /// the level-ordered attention's states beside them.
    /// **Shapes:** `V × inputWidth` → `V × headWidth`.
    /// - Complexity: O(layers × (V × hidden² + E × hidden))
    public func encode(_ features: Matrix, graphs: Graphs) -> Tensor {
        var h = input(Tensor(features)).layerNormalized()
        for layer in relational { h = (h + layer(RGCNConv.Input(h, graphs.relations)).relu()).layerNormalized() }
        for layer in plain { h = (h + layer(h, graphs.undirected!).relu()).layerNormalized() }
        guard let attention, let dag = graphs.dag else { return h }
        return Tensor.concatColumns([h, attention(DAGAttention.Input(h, dag))])
    }

    /// The net-delay head on rows of `encode` (loads of nets). **Shapes:** `N × headWidth` → `N × 4`.
    public func netDelay(_ rows: Tensor) -> Tensor { netOutput(netHidden(rows).relu()) }

    /// The cell-delay head on rows of `encode` (cell outputs). **Shapes:** `N × headWidth` → `N × 4`.
    public func cellDelay(_ rows: Tensor) -> Tensor { cellOutput(cellHidden(rows).relu()) }
}

extension TimingPredictor.Graphs {
    /// The net and cell edges forward (types 0 and 2) as a level schedule. - Complexity: O(V + E)
    static func forwardDAG(_ graph: Graph) -> DAGSchedule {
        var sources: [Int32] = [], targets: [Int32] = []
        for u in 0 ..< graph.nodeCount {
            for e in graph.edgeRange(of: u) where graph.edgeTypes![e] % 2 == 0 {
                sources.append(Int32(u))
                targets.append(graph.targets[e])
            }
        }
        // Acyclic: a sample's edges follow its topological order (checked when it is read).
        return try! DAGSchedule(GraphBuilder.build(nodeCount: graph.nodeCount, sources: sources, targets: targets, options: .init(directed: true)))
    }
}
