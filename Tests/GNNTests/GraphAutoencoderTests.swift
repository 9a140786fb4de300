import Foundation
import GNN
import GraphCore
import Testing

@Suite struct GraphAutoencoderTests {
    /// A planted-partition graph: 8 communities of 20 nodes, dense inside, sparse across. A
    /// pair inside a community is an edge with probability 0.5, so the best possible AUC (all
    /// same-community pairs scored alike) is about 0.94.
    static func communities(seed: UInt64) throws -> Graph {
        var rng = SeededGenerator(seed: seed)
        var builder = GraphBuilder(nodeCount: 160, options: .init(directed: false))
        for u in 0 ..< 160 {
            for v in u + 1 ..< 160 {
                let p: Float = u / 20 == v / 20 ? 0.5 : 0.003
                if rng.nextUnitFloat() < p { builder.addEdge(u, v) }
            }
        }
        return try builder.build()
    }

    static func data(seed: UInt64) throws -> LinkPredictionData {
        var rng = SeededGenerator(seed: seed)
        let split = try LinkSplit(graph: try communities(seed: seed), validationFraction: 0.05, testFraction: 0.15, using: &rng)
        return LinkPredictionData(features: .identity(nodeCount: 160), split: split, threads: 2)
    }

    @Test(arguments: [GraphAutoencoder.Kind.gae, .vgae])
    func learnsPlantedCommunities(kind: GraphAutoencoder.Kind) throws {
        let data = try GraphAutoencoderTests.data(seed: 7)
        var rng = SeededGenerator(seed: 1)
        let model = GraphAutoencoder(kind: kind, inputSize: 160, generator: &rng)
        let result = try LinkPredictionTrainer.train(model, data: data, options: .init(epochs: 100, seed: 2))
        #expect(result.testAUC > 0.9, "\(kind) test AUC \(result.testAUC)")
        #expect(result.testAP > 0.85, "\(kind) test AP \(result.testAP)")
        // The model keeps the selected epoch's parameters: its embeddings score as reported.
        let again = model.test(model.embeddings(data), positives: data.split.testPositives,
                               negatives: data.split.testNegatives)
        #expect(abs(again.auc - result.testAUC) < 1e-9)
    }

    @Test func maskedAutoencoderLearnsPlantedCommunities() throws {
        let data = try GraphAutoencoderTests.data(seed: 7)
        var rng = SeededGenerator(seed: 1)
        let model = MaskedGraphAutoencoder(inputSize: 160, hiddenSize: 32, latentSize: 16, decoderSize: 16,
                                           encoderDropout: 0.2, inputDropout: 0, generator: &rng)
        let result = try LinkPredictionTrainer.train(model, data: data, options: .init(epochs: 100, seed: 2))
        #expect(result.testAUC > 0.9, "masked test AUC \(result.testAUC)")
    }

    @Test func maskGAERecipeLearnsPlantedCommunities() throws {
        // Path masking, batch norm + ELU encoder, degree decoder and gradient clipping together.
        let data = try GraphAutoencoderTests.data(seed: 7)
        var rng = SeededGenerator(seed: 1)
        let model = MaskedGraphAutoencoder(inputSize: 160, hiddenSize: 32, latentSize: 16, decoderSize: 16,
                                           masking: .paths(startRatio: 0.5, length: 3), encoderDropout: 0.2,
                                           inputDropout: 0, encoderStyle: .maskGAE, degreeWeight: 0.01, generator: &rng)
        #expect(model.namedParameters.map(\.name).filter { $0.hasPrefix("degree.") || $0.contains(".bn") }.count == 8)
        let result = try LinkPredictionTrainer.train(model, data: data, options: .init(epochs: 100, seed: 2, maxGradientNorm: 1))
        #expect(result.testAUC > 0.9, "masked test AUC \(result.testAUC)")
    }

    /// The MaskGAE encoder form (batch norm, ELU, activated output) against central finite
    /// differences, on every parameter, in training mode (batch statistics).
    @Test func maskGAEEncoderGradientMatchesFiniteDifferences() throws {
        var rng = SeededGenerator(seed: 3)
        let encoder = GCNEncoder(inputSize: 5, hiddenSize: 4, latentSize: 3, variational: false, style: .maskGAE,
                                 generator: &rng)
        let graph = MessageGraph(try Self.communities(seed: 2), threads: 1)
        var features = Matrix(rows: 160, columns: 5)
        for i in 0 ..< 160 { for j in 0 ..< 5 { features[i, j] = rng.nextGaussian() } }
        let input = NodeFeatures.dense(features)
        var weights = Matrix(rows: 160, columns: 3)
        for i in 0 ..< 160 { for j in 0 ..< 3 { weights[i, j] = rng.nextGaussian() } }
        func objective() -> Tensor {
            var unused = SeededGenerator(seed: 0)
            return (encoder(input, graph, training: true, generator: &unused).mean * Tensor(weights)).sum()
        }
        try objective().backward()
        for parameter in encoder.namedParameters {
            let analytic = parameter.tensor.gradient!
            for k in Set([0, parameter.tensor.value.values.count / 2, parameter.tensor.value.values.count - 1]) {
                let original = parameter.tensor.value
                func value(at delta: Float) -> Double {
                    var moved = original
                    moved.withUnsafeMutableValues { $0[k] += delta }
                    parameter.tensor.value = moved
                    return Double(Tensor.withoutTape { objective() }.value.values[0])
                }
                let h: Float = 1e-2
                let numeric = (value(at: h) - value(at: -h)) / Double(2 * h)
                parameter.tensor.value = original
                let a = Double(analytic.values[k])
                #expect(abs(a - numeric) <= 2e-2 + 2e-2 * abs(numeric), "\(parameter.name)[\(k)]: tape \(a), finite difference \(numeric)")
            }
        }
    }

    @Test func trainingIsDeterministicForASeed() throws {
        let data = try GraphAutoencoderTests.data(seed: 3)
        func run() throws -> Double {
            var rng = SeededGenerator(seed: 5)
            let model = GraphAutoencoder(kind: .vgae, inputSize: 160, generator: &rng)
            return try LinkPredictionTrainer.train(model, data: data, options: .init(epochs: 20, seed: 6)).testAUC
        }
        #expect(try run() == run())
    }

    @Test func innerProductDecoderScoresByHand() {
        // z rows: (1, 0), (0, 2), (3, 1): ⟨z0, z2⟩ = 3, ⟨z1, z2⟩ = 2, ⟨z1, z1⟩ = 4.
        let z = Matrix([[1, 0], [0, 2], [3, 1]])
        let edges = EdgeList(sources: [0, 1, 1], targets: [2, 2, 1])
        #expect(InnerProductDecoder.scores(z, edges) == [3, 2, 4])
        #expect(InnerProductDecoder.logits(Tensor(z), edges).value.values == [3, 2, 4])
    }

    @Test func checkpointRoundTripRestoresScores() throws {
        let data = try GraphAutoencoderTests.data(seed: 4)
        var rng = SeededGenerator(seed: 8)
        let trained = GraphAutoencoder(kind: .gae, inputSize: 160, generator: &rng)
        _ = try LinkPredictionTrainer.train(trained, data: data, options: .init(epochs: 10, seed: 9))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gae-\(UUID()).safetensors")
        defer { try? FileManager.default.removeItem(at: url) }
        try trained.saveCheckpoint(to: url, configuration: trained.configuration)
        let fresh = GraphAutoencoder(kind: .gae, inputSize: 160, generator: &rng)
        let metadata = try fresh.loadCheckpoint(from: url)
        #expect(metadata["model"] == "gae")
        #expect(fresh.embeddings(data) == trained.embeddings(data))
    }
}
