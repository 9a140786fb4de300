import Foundation
import GNN
import GraphCore

/// The graph stage of VaeG-Bin (Lamurias et al., "Graph Neural Networks for Microbial Genome
/// Recovery", arXiv:2204.12270): two graph convolutions over the contig graph refine each
/// contig's features, trained with
///
///     BCE(⟨z_u, z_v⟩ on the edges, vs as many uniformly drawn pairs) + λ · mean_{(i,j) ∈ D} exp(−½‖z_i − z_j‖²)
///
/// where D are the must-differ pairs (contigs sharing a single-copy marker gene; VaeG-Bin uses
/// λ = 100). Edge weights (read counts) are divided by their maximum and weight the
/// aggregation. The output rows are the refined embedding (`contigs × output`).
public enum GraphRefinement {
    /// The convolution used.
    public enum Convolution: String, Sendable, CaseIterable {
        case gcn, sage, gat
    }

    /// Sizes and training schedule.
    public struct Options: Sendable {
        public var convolution: Convolution = .sage
        public var hidden = 128
        public var output = 32
        /// Weight λ of the must-differ term.
        public var lambda: Float = 100
        public var epochs = 300
        public var learningRate: Float = 1e-3
        /// Attention heads of the GAT hidden layer.
        public var heads = 2

        public init() {}
    }

    /// Two convolutions with a ReLU between them.
    struct Network: Parameterized {
        let first: (GraphInput) -> Tensor, second: (GraphInput) -> Tensor
        let namedParameters: [NamedParameter]

        init(_ options: Options, input: Int, _ generator: inout SeededGenerator) {
            switch options.convolution {
            case .gcn:
                let a = GCNConv(inputSize: input, outputSize: options.hidden, generator: &generator)
                let b = GCNConv(inputSize: options.hidden, outputSize: options.output, generator: &generator)
                (first, second) = ({ a($0) }, { b($0) })
                namedParameters = a.namedParameters.prefixed("conv1") + b.namedParameters.prefixed("conv2")
            case .sage:
                let a = SAGEConv(inputSize: input, outputSize: options.hidden, generator: &generator)
                let b = SAGEConv(inputSize: options.hidden, outputSize: options.output, generator: &generator)
                (first, second) = ({ a($0) }, { b($0) })
                namedParameters = a.namedParameters.prefixed("conv1") + b.namedParameters.prefixed("conv2")
            case .gat:
                let width = max(1, options.hidden / options.heads)
                let a = GATConv(inputSize: input, outputSize: width, heads: options.heads, generator: &generator)
                let b = GATConv(inputSize: width * options.heads, outputSize: options.output, generator: &generator)
                (first, second) = ({ a($0) }, { b($0) })
                namedParameters = a.namedParameters.prefixed("conv1") + b.namedParameters.prefixed("conv2")
            }
        }

        func callAsFunction(_ x: Tensor, _ graph: MessageGraph) -> Tensor {
            second(GraphInput(first(GraphInput(x, graph)).relu(), graph))
        }
    }

    /// The refined embedding of `features` over `edges`, kept apart on `mustDiffer`. Calls
    /// `progress(epoch, loss)` after each epoch.
    /// - Throws: `TrainingError` when the loss stops being finite; `GraphError` for bad pairs.
    /// - Complexity: O(epochs × (contigs × width² + (edges + pairs) × width))
    public static func refine(_ features: Matrix, edges: ContigPairs, mustDiffer: ContigPairs, options: Options = .init(),
                              threads: Int = Parallel.coreCount, generator: inout SeededGenerator,
                              progress: (Int, Float) -> Void = { _, _ in }) throws -> Matrix {
        let n = features.rows
        var normalised = edges
        let top = edges.weights.max() ?? 1
        normalised.weights = edges.weights.map { $0 / max(top, 1e-12) }
        let graph = MessageGraph(try normalised.graph(nodeCount: n), threads: threads)
        let network = Network(options, input: features.columns, &generator)
        var adam = Adam(learningRate: options.learningRate)
        let x = Tensor(features, name: "features")
        let positives = edges.count
        for epoch in 0 ..< options.epochs {
            let z = network(x, graph)
            var loss = Tensor.scalar(0)
            if positives > 0 {
                var sources = edges.first, targets = edges.second
                for _ in 0 ..< positives {
                    sources.append(Int32(generator.nextIndex(below: n)))
                    targets.append(Int32(generator.nextIndex(below: n)))
                }
                var labels = Matrix(rows: 2 * positives, columns: 1)
                for e in 0 ..< positives { labels[e, 0] = 1 }
                let logits = z.edgeInnerProducts(sources: sources, targets: targets, threads: threads)
                loss = loss + Losses.binaryCrossEntropyWithLogits(logits, targets: labels)
            }
            if mustDiffer.count > 0 {
                let difference = z.gatherRows(mustDiffer.first) - z.gatherRows(mustDiffer.second)
                loss = loss + (difference.squared().sumRows() * -0.5).exp().mean() * options.lambda
            }
            try loss.backward(step: epoch)
            adam.step(network.namedParameters)
            progress(epoch + 1, loss.value[0, 0])
        }
        return Tensor.withoutTape { network(x, graph).value }
    }
}
