import GraphCore

/// An unsupervised detector of anomalous nodes: a graph autoencoder whose reconstruction error
/// at a node is that node's anomaly score.
///
/// - ``Model/dominant``: DOMINANT (Ding et al. 2019, "Deep Anomaly Detection on Attributed
///   Networks", SDM). A shared GCN encoder `Z = GCN(X)`, an attribute decoder `X̂ = GCN(Z)` and a
///   structure decoder `Â = H Hᵀ` with `H = GCN(Z)` (`σ(H Hᵀ)` in the paper, with
///   ``Configuration/sigmoidStructure``); node `i` scores
///   `α ‖x̂_i − x_i‖₂ + (1 − α) ‖â_i − a_i‖₂`, and the training loss is the mean score.
/// - ``Model/gae``: the attribute autoencoder alone (PyGOD's `GAE`); node `i` scores the mean
///   squared error of its attribute row, `‖x̂_i − x_i‖₂² / C`.
///
/// The sizes follow PyGOD's: of `layers` convolutions, ⌊L/2⌋ encode (`C → hidden → … → hidden`),
/// ⌈L/2⌉ decode the attributes (`hidden → … → C`) and ⌈L/2⌉ − 1 transform `Z` before the inner
/// product; ReLU between the convolutions of each stack, none after its last.
///
/// **Shapes:** features `V × C`; `Z` `V × hidden`; `X̂` `V × C`; `Â` `V × V` (dense, so the
/// structure decoder needs O(V²) memory); scores `V × 1`.
public struct ReconstructionAnomalyDetector: Parameterized {
    /// Which reconstruction scores the nodes.
    public enum Model: String, Sendable, CaseIterable, Codable {
        case dominant, gae
    }

    /// Sizes and the score's mix.
    public struct Configuration: Sendable {
        public var model: Model
        /// Features per node (`C`).
        public var inputSize: Int
        /// Width of the hidden layers and of `Z`.
        public var hidden = 64
        /// Convolutions in total, at least 2 (split between encoder and decoders as above).
        public var layers = 4
        /// `α`, the attribute error's weight in DOMINANT's score (the structure's is `1 − α`).
        public var attributeWeight: Float = 0.5
        /// Whether the structure decoder squashes `H Hᵀ` through the sigmoid (the paper's
        /// decoder); off by default, as in PyGOD, whose DOMINANT ranks Cora's planted anomalies
        /// better without it (ROC-AUC 0.853 against 0.735, seed 0 of `benchmarks/anomaly-vs-pygod.sh`).
        public var sigmoidStructure = false

        /// A configuration with PyGOD's defaults: 64 hidden, 4 layers, `α = 0.5`, no sigmoid on
        /// the structure. - Complexity: O(1)
        public init(model: Model, inputSize: Int) {
            self.model = model
            self.inputSize = inputSize
        }
    }

    /// What the reconstructions are compared against: the features and the adjacency matrix.
    public struct Targets: Sendable {
        /// `X`, `V × C`.
        public let attributes: SparseMatrix
        /// `A`, `V × V` (both directions of an undirected edge).
        public let adjacency: SparseMatrix

        /// The targets of a graph and its features. - Complexity: O(V + E) plus `features.sparseMatrix`.
        public init(features: NodeFeatures, graph: Graph) {
            precondition(features.nodeCount == graph.nodeCount, "\(features.nodeCount) feature rows for \(graph.nodeCount) nodes")
            attributes = features.sparseMatrix
            adjacency = SparseMatrix(adjacencyOf: graph)
        }
    }

    public let configuration: Configuration
    /// `C → hidden → … → hidden`.
    public let encoder: GCNStack
    /// `hidden → … → C`.
    public let attributeDecoder: GCNStack
    /// `hidden → … → hidden` before the inner product (DOMINANT with at least 4 layers), else `nil`.
    public let structureDecoder: GCNStack?

    /// Glorot-initialised stacks. - Complexity: O(layers × hidden × (C + hidden))
    public init(_ configuration: Configuration, generator: inout SeededGenerator) {
        precondition(configuration.layers >= 2, "the detector needs at least 2 layers, got \(configuration.layers)")
        precondition((0 ... 1).contains(configuration.attributeWeight), "α must be in [0, 1]")
        self.configuration = configuration
        let (c, h) = (configuration.inputSize, configuration.hidden)
        let encoderLayers = configuration.layers / 2, decoderLayers = configuration.layers - encoderLayers
        encoder = GCNStack(sizes: [c] + Array(repeating: h, count: encoderLayers), generator: &generator)
        attributeDecoder = GCNStack(sizes: Array(repeating: h, count: decoderLayers) + [c], generator: &generator)
        structureDecoder = configuration.model == .dominant && decoderLayers > 1
            ? GCNStack(sizes: Array(repeating: h, count: decoderLayers), generator: &generator) : nil
    }

    /// Every node's anomaly score on the tape (its mean is the training loss).
    ///
    /// **Shapes:** `V × 1`.
    /// - Complexity: O(encoder and decoder convolutions + V × C); DOMINANT adds O(V² × hidden).
    public func scores(_ features: NodeFeatures, _ graph: MessageGraph, targets: Targets) -> Tensor {
        let z = encoder(features, graph)
        let attributeErrors = attributeDecoder(z, graph).rowDistances(to: targets.attributes, threads: graph.threads)
        switch configuration.model {
        case .gae:
            return attributeErrors.squared() * (1 / Float(configuration.inputSize))
        case .dominant:
            let h = structureDecoder.map { $0(z, graph) } ?? z
            let structureErrors = h.matmul(h, transposeOther: true)
                .rowDistances(to: targets.adjacency, sigmoid: configuration.sigmoidStructure, threads: graph.threads)
            let alpha = configuration.attributeWeight
            return alpha * attributeErrors + (1 - alpha) * structureErrors
        }
    }

    /// `encoder.*`, `attribute_decoder.*` and `structure_decoder.*`.
    public var namedParameters: [NamedParameter] {
        encoder.namedParameters.prefixed("encoder") + attributeDecoder.namedParameters.prefixed("attribute_decoder")
            + (structureDecoder?.namedParameters.prefixed("structure_decoder") ?? [])
    }
}
