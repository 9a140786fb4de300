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
///
///     h⁰ = LayerNorm(W x + b),   hˡ⁺¹ = LayerNorm(hˡ + ReLU(conv(hˡ)))
///
/// **Shapes:** features `V × TimingFeature.count`; embeddings `V × hidden`; each head `N × 4`
/// (arrival rise, fall, slew rise, fall; scaled by `targetScale`).
public final class TimingPredictor: Parameterized {
    /// The architecture.
    public enum Kind: String, Sendable, CaseIterable {
        case timingGCN = "timinggcn", gcn
    }

    /// What the checkpoint needs to rebuild the model.
    public struct Configuration: Sendable, Equatable {
        public var kind: Kind
        public var hidden = 64
        public var layers = 4
        /// The scale (ps) of the four targets, from the training designs.
        public var targetScale: [Float] = [1, 1, 1, 1]

        public init(kind: Kind) { self.kind = kind }
    }

    /// The relations of `.timingGCN`: net edges forward and back, cell edges forward and back.
    public static let relationCount = 4
    public static let targetCount = 4

    public let configuration: Configuration
    let input: Linear
    let relational: [RGCNConv]
    let plain: [GCNConv]
    let netHidden: Linear, netOutput: Linear, cellHidden: Linear, cellOutput: Linear

    /// A freshly initialised model. - Complexity: O(parameters)
    public init(_ configuration: Configuration, generator: inout SeededGenerator) {
        self.configuration = configuration
        let h = configuration.hidden, layers = configuration.layers
        input = Linear(inputSize: TimingFeature.count, outputSize: h, generator: &generator)
        if configuration.kind == .timingGCN {
            relational = (0 ..< layers).map { _ in RGCNConv(inputSize: h, outputSize: h, relations: Self.relationCount, bases: Self.relationCount, generator: &generator) }
            plain = []
        } else {
            relational = []
            plain = (0 ..< layers).map { _ in GCNConv(inputSize: h, outputSize: h, generator: &generator) }
        }
        netHidden = Linear(inputSize: h, outputSize: h, generator: &generator)
        netOutput = Linear(inputSize: h, outputSize: Self.targetCount, generator: &generator)
        cellHidden = Linear(inputSize: h, outputSize: h, generator: &generator)
        cellOutput = Linear(inputSize: h, outputSize: Self.targetCount, generator: &generator)
    }

    /// Every parameter, by name.
    public var namedParameters: [NamedParameter] {
        var all = input.namedParameters.prefixed("input")
        for (k, layer) in relational.enumerated() { all += layer.namedParameters.prefixed("convolution\(k)") }
        for (k, layer) in plain.enumerated() { all += layer.namedParameters.prefixed("convolution\(k)") }
        let heads: [(String, Linear)] = [("netHidden", netHidden), ("netOutput", netOutput), ("cellHidden", cellHidden), ("cellOutput", cellOutput)]
        for (name, layer) in heads { all += layer.namedParameters.prefixed(name) }
        return all
    }

    /// The graphs a forward pass needs, built once per design or batch.
    public struct Graphs {
        let relations: [MessageGraph]
        let undirected: MessageGraph?

        /// From the relation graph (`TimingSample.relationGraph`, edge types 0–3). - Complexity: O(V + E)
        public init(_ graph: Graph, kind: Kind, threads: Int) {
            if kind == .timingGCN {
                relations = MessageGraph(graph, threads: threads).splitByEdgeType(relations: TimingPredictor.relationCount)
                undirected = nil
            } else {
                relations = []
                // Both directions are already in the relation graph: drop the types.
                undirected = MessageGraph(try! Graph(nodeCount: graph.nodeCount, offsets: graph.offsets, targets: graph.targets, isDirected: true), threads: threads)
            }
        }
    }

    /// Node embeddings. - Complexity: O(layers × (V × hidden² + E × hidden))
    public func encode(_ features: Matrix, graphs: Graphs) -> Tensor {
        var h = input(Tensor(features)).layerNormalized()
        for layer in relational { h = (h + layer(RGCNConv.Input(h, graphs.relations)).relu()).layerNormalized() }
        for layer in plain { h = (h + layer(h, graphs.undirected!).relu()).layerNormalized() }
        return h
    }

    /// The net-delay head on rows of embeddings (loads of nets). **Shapes:** `N × hidden` → `N × 4`.
    public func netDelay(_ rows: Tensor) -> Tensor { netOutput(netHidden(rows).relu()) }

    /// The cell-delay head on rows of embeddings (cell outputs). **Shapes:** `N × hidden` → `N × 4`.
    public func cellDelay(_ rows: Tensor) -> Tensor { cellOutput(cellHidden(rows).relu()) }
}
