import GNN
import GraphCore

/// The variational graph autoencoder of arch2vec (Yan et al., NeurIPS 2020, arXiv:2006.06936) as
/// quantum architecture search uses it on circuit DAGs (Sun et al. 2024, arXiv:2401.11576):
///
///     h = GIN⁴(x)  (learnable ε, MLP Linear–ReLU–Linear, each layer's output layer-normalised
///                   and ReLU between layers, where arch2vec has batch normalisation)
///     μ = h W_μ,  log σ = h W_σ,  z = μ + ε ⊙ σ  (per node)
///     node kinds and qubits: σ(z W_x + b),  adjacency: σ(z zᵀ) for i < j
///
/// trained on BCE of both reconstructions plus the KL divergence to N(0, I) (weighted by one over
/// the node count, times `klScale`). log σ starts at ``initialLogStd`` on every node (zero weights):
/// with a Glorot-initialised log σ head the first samples are noise of σ up to e³, the decoder
/// learns nothing from them, and training settles on z ≈ 0 (every node decoded alike) even
/// without the KL term.
///
/// **Shapes:** features `V × (kinds + qubits)`; `z` `V × latent`.
public struct CircuitAutoencoder: Parameterized {
    /// The gate pool and the encoding the model reads.
    public let pool: GatePool
    public let encoding: CircuitDAGEncoding
    public let qubitCount: Int
    public let layers: [GINConv]
    public let mean: Linear
    public let logStd: Linear
    public let nodeDecoder: Linear

    /// A freshly initialised model (4 GIN layers of 128, latent 16 as QAS at 4 qubits).
    /// - Complexity: O(layers × hidden²)
    public init(pool: GatePool, encoding: CircuitDAGEncoding, qubits: Int, hidden: Int = 128, latent: Int = 16,
                layerCount: Int = 4, generator: inout SeededGenerator) {
        self.pool = pool
        self.encoding = encoding
        qubitCount = qubits
        let input = pool.kindCount + qubits
        layers = (0 ..< layerCount).map { index in
            GINConv(mlp: Sequential(Linear(inputSize: index == 0 ? input : hidden, outputSize: hidden, generator: &generator),
                                    Activation.relu, Linear(inputSize: hidden, outputSize: hidden, generator: &generator)),
                    epsilon: 0, trainEpsilon: true)
        }
        mean = Linear(inputSize: hidden, outputSize: latent, generator: &generator)
        logStd = Linear(weight: .parameter(Matrix(rows: hidden, columns: latent), name: "weight"),
                        bias: .parameter(Matrix(rows: 1, columns: latent, repeating: Self.initialLogStd), name: "bias"))
        nodeDecoder = Linear(inputSize: latent, outputSize: input, generator: &generator)
    }

    /// The log σ of every latent before training: σ = 0.1.
    public static let initialLogStd: Float = -2.302585

    /// Latent width. - Complexity: O(1)
    public var latentSize: Int { mean.weight.columns }

    /// `(z, μ, log σ)` of every node; `z` is sampled when `training`, else `z = μ`.
    /// - Complexity: O(layers × (E × hidden + V × hidden²))
    public func encode(_ features: Matrix, _ graph: MessageGraph, training: Bool,
                       generator: inout SeededGenerator) -> (z: Tensor, mean: Tensor, logStd: Tensor) {
        var h = Tensor(features, name: "features")
        for (index, layer) in layers.enumerated() {
            h = layer(h, graph).layerNormalized()
            if index < layers.count - 1 { h = h.relu() }
        }
        let mu = mean(h), logSigma = logStd(h)
        guard training else { return (mu, mu, logSigma) }
        var noise = Matrix(rows: mu.rows, columns: mu.columns)
        noise.withUnsafeMutableValues { values in
            for i in values.indices { values[i] = generator.nextGaussian() }
        }
        return (mu + Tensor(noise, name: "noise") * logSigma.clamped(max: Losses.MAX_LOGSTD).exp(), mu, logSigma)
    }

    /// The logits of every node's kinds and qubit columns. - Complexity: O(V × latent × width)
    public func nodeLogits(_ z: Tensor) -> Tensor { nodeDecoder(z) }

    /// The BCE targets of the node decoder: the one-hot kind and 1 on every qubit a node acts on.
    static func nodeTargets(_ features: Matrix) -> Matrix {
        var targets = features
        targets.withUnsafeMutableValues { values in
            for i in values.indices { values[i] = values[i] != 0 ? 1 : 0 }
        }
        return targets
    }

    /// The loss of a batch of circuits: `nodeWeight` × the node BCE + the adjacency BCE + the
    /// weighted KL. - Complexity: that of ``encode`` plus O(Σ Vᵢ² × latent).
    public func loss(_ circuits: [EncodedCircuit], klScale: Float = 1, nodeWeight: Float = 1,
                     generator: inout SeededGenerator) throws -> Tensor {
        let batch = try GraphBatch(circuits.map { ($0.messageGraph, $0.features) })
        let (z, mu, logSigma) = encode(batch.features, MessageGraph(batch.graph, threads: 1), training: true, generator: &generator)
        let nodes = Losses.binaryCrossEntropyWithLogits(nodeLogits(z), targets: Self.nodeTargets(batch.features))
        let (pairs, targets) = Self.upperPairs(circuits, batch)
        let adjacency = Losses.binaryCrossEntropyWithLogits(InnerProductDecoder.logits(z, pairs),
                                                            targets: try Matrix(rows: targets.count, columns: 1, values: targets))
        let nodesPerCircuit = Float(batch.graph.nodeCount) / Float(max(circuits.count, 1))
        return nodeWeight * nodes + adjacency + (klScale / nodesPerCircuit) * Losses.klDivergence(mu: mu, logstd: logSigma)
    }

    /// Every pair `i < j` of nodes of one circuit (batch-wide indices) and whether `i → j` is an edge.
    static func upperPairs(_ circuits: [EncodedCircuit], _ batch: GraphBatch) -> (EdgeList, [Float]) {
        var sources: [Int32] = [], targets: [Int32] = [], labels: [Float] = []
        for (index, circuit) in circuits.enumerated() {
            let base = batch.nodeOffsets[index], n = circuit.nodeCount
            for i in 0 ..< n {
                for j in i + 1 ..< n {
                    sources.append(Int32(base + i))
                    targets.append(Int32(base + j))
                    labels.append(circuit.adjacency[i * n + j] ? 1 : 0)
                }
            }
        }
        return (EdgeList(sources: sources, targets: targets, nodeCount: batch.graph.nodeCount), labels)
    }

    public var namedParameters: [NamedParameter] {
        layers.enumerated().flatMap { $1.namedParameters.prefixed("gin\($0)") }
            + mean.namedParameters.prefixed("mean") + logStd.namedParameters.prefixed("log_std")
            + nodeDecoder.namedParameters.prefixed("node_decoder")
    }
}
