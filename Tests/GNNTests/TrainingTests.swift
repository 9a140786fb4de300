import GNN
import GraphCore
import TestSupport
import Testing

/// A whole training loop: a two-layer GCN separating two communities.
@Suite("End-to-end training")
struct TrainingTests {
    /// Two communities of 15 nodes, dense inside, two edges across; features are noisy community signals.
    static func data(seed: UInt64) -> (graph: MessageGraph, features: Matrix, labels: [Int]) {
        var rng = SeededGenerator(seed: seed)
        var sources: [Int32] = [], targets: [Int32] = []
        for u in 0 ..< 30 { for v in u + 1 ..< 30 where u / 15 == v / 15 && rng.nextUnitFloat() < 0.3 {
            sources.append(Int32(u)); targets.append(Int32(v))
        } }
        sources += [0, 3]; targets += [20, 25]
        let graph = try! GraphBuilder.build(nodeCount: 30, sources: sources, targets: targets, options: .init(directed: false))
        let labels = (0 ..< 30).map { $0 / 15 }
        var features = Inputs.normal(30, 4, seed: seed + 1)
        for i in 0 ..< 30 { features[i, labels[i]] += 0.8 }
        return (MessageGraph(graph, threads: 2), features, labels)
    }

    struct Model: Layer {
        let conv1: GCNConv, conv2: GCNConv
        func callAsFunction(_ input: GraphInput) -> Tensor {
            conv2(conv1(input).relu(), input.graph)
        }
        var namedParameters: [NamedParameter] {
            conv1.namedParameters.prefixed("conv1") + conv2.namedParameters.prefixed("conv2")
        }
    }

    static func train(seed: UInt64) throws -> (losses: [Float], accuracy: Double, names: [String]) {
        let (graph, features, labels) = data(seed: seed)
        var rng = SeededGenerator(seed: seed)
        let model = Model(conv1: GCNConv(inputSize: 4, outputSize: 8, generator: &rng),
                          conv2: GCNConv(inputSize: 8, outputSize: 2, generator: &rng))
        var optimizer = AdamW(learningRate: 0.05, weightDecay: 5e-4)
        var losses: [Float] = []
        let x = Tensor(features, name: "features")
        for step in 0 ..< 40 {
            let logits = model(x.dropout(0.1, using: &rng), graph)
            let loss = Losses.crossEntropy(logProbabilities: logits.logSoftmax(), labels: labels)
            try loss.backward(step: step)
            clipGradientNorm(model.namedParameters, maxNorm: 5)
            optimizer.step(model.namedParameters)
            losses.append(loss.value[0, 0])
        }
        let predictions = model(x, graph).value.rowArgmax()
        return (losses, Metrics.accuracy(predictions: predictions, labels: labels)!, model.namedParameters.map(\.name))
    }

    @Test func gcnLearnsTwoCommunitiesDeterministically() throws {
        let run = try Self.train(seed: 8)
        #expect(run.names == ["conv1.weight", "conv1.bias", "conv2.weight", "conv2.bias"])
        #expect(run.losses.last! < 0.5 * run.losses.first!, "losses \(run.losses)")
        #expect(run.accuracy >= 0.9, "accuracy \(run.accuracy)")
        #expect(try Self.train(seed: 8).losses == run.losses)
    }
}
