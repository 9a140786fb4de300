import Foundation
import GNN
import GraphCore
import Testing
@testable import CircuitLearning

/// Propagation worked by hand on a three-node path, and a short fit on gcd.
struct TimingPredictorTests {
    /// Input port 0 → cell input 1 (net edge) → cell output 2 (cell edge, inverting), 2 an
    /// endpoint with no capture clock. The heads are made constant: the net-delay head says
    /// +10 ps on both transitions, the cell-delay head +20 ps rise and +30 ps fall.
    static func chain() -> TimingSample {
        let ideal = TimingValues(arrivals: [100, 110, 150, 160, 300, 280], slews: [50, 50, 60, 60, 80, 90], slacks: [1000, 900])
        return TimingSample(design: "chain", period: 20, tightPeriod: 20, nodeCount: 3, edgeSources: [0, 1], edgeTargets: [1, 2],
                            edgeIsCell: [false, true], order: [0, 1, 2], features: Matrix(rows: 3, columns: TimingFeature.count),
                            fanins: [-1, -1, 0, 1, 3, 2], endpoints: [2], captureClocks: [-1],
                            clockNetwork: [false, false, false], ideal: ideal, wireLoad: ideal, truth: nil)
    }

    static func constantModel(_ kind: TimingPredictor.Kind) -> TimingPredictor {
        var generator = SeededGenerator(seed: 1)
        var configuration = TimingPredictor.Configuration(kind: kind)
        (configuration.hidden, configuration.layers) = (4, 1)
        let model = TimingPredictor(configuration, generator: &generator)
        for parameter in model.namedParameters {
            parameter.tensor.value = Matrix(rows: parameter.tensor.value.rows, columns: parameter.tensor.value.columns)
        }
        model.netOutput.bias!.value = Matrix([[10, 10, 1, 2]])
        model.cellOutput.bias!.value = Matrix([[20, 30, 3, 4]])
        return model
    }

    @Test func timingGCNSumsEdgeGrowthAlongCriticalFanins() {
        let values = Self.constantModel(.timingGCN).predict(Self.chain(), threads: 1)
        // Node 0: 10 each; node 1: 10 + 10; node 2 rise: 20 + node 1 fall (20), fall: 30 + node 1 rise (20).
        #expect(values.arrivals == [110, 120, 170, 180, 340, 330])
        #expect(values.slews == [51, 52, 61, 62, 83, 94])
        #expect(values.slacks == [960, 850])
    }

    @Test func gcnPredictsEachNodeAlone() {
        let values = Self.constantModel(.gcn).predict(Self.chain(), threads: 1)
        #expect(values.arrivals == [110, 120, 160, 170, 320, 310])
        #expect(values.slacks == [980, 870])
    }

    /// Arrivals and slews are scored at data pins only: a clock-network node's error counts for nothing.
    @Test func scoresCountDataPinsOnly() throws {
        var sample = Self.chain()
        let truth = sample.ideal
        sample.truth = truth
        var prediction = truth
        for i in [2, 3] { (prediction.arrivals[i], prediction.slews[i]) = (truth.arrivals[i] + 500, truth.slews[i] + 50) }
        prediction.arrivals[4] += 10
        sample.clockNetwork = [false, true, false]
        let data = TimingScores([prediction], samples: [sample])
        #expect(data.arrivals == 4 && data.maeArrival == 2.5 && data.maeSlew == 0)
        sample.clockNetwork = [false, false, false]
        let all = TimingScores([prediction], samples: [sample])
        #expect(all.arrivals == 6 && all.maeArrival == 1010.0 / 6 && all.maeSlew == 100.0 / 6)
    }

    @Test func checkpointRoundTrips() throws {
        let model = Self.constantModel(.timingGCN)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("timing-\(UUID()).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path, metadata: ["command": "test"])
        let (loaded, metadata) = try TimingPredictor.load(from: path)
        #expect(metadata["command"] == "test" && loaded.configuration == model.configuration)
        #expect(loaded.predict(Self.chain(), threads: 1) == model.predict(Self.chain(), threads: 1))
        try SafeTensors.write(SafeTensors.Contents(tensors: ["input.weight": Matrix(rows: 1, columns: 1)], metadata: ["model": "other"]),
                              to: URL(fileURLWithPath: path))
        #expect(throws: TimingError.badModel(path: path, reason: "its metadata lacks model=timing-predictor")) { try TimingPredictor.load(from: path) }
    }

    /// With every weight zero the attention adds nothing: `.preRoutGNN` reads its heads' biases
    /// as each node's whole growth, as `.gcn` does.
    @Test func preRoutGNNPredictsEachNodesWholeGrowth() {
        let values = Self.constantModel(.preRoutGNN).predict(Self.chain(), threads: 1)
        #expect(values.arrivals == [110, 120, 160, 170, 320, 310])
        #expect(values.slacks == [980, 870])
    }

    /// The schedule of a sample's forward edges follows its levels: 0 → 1 → 2.
    @Test func preRoutGNNPropagatesAlongTheForwardEdges() throws {
        let graphs = TimingPredictor.Graphs(Self.chain().relationGraph, kind: .preRoutGNN, threads: 1)
        let dag = try #require(graphs.dag)
        #expect(dag.order == [0, 1, 2] && dag.levelCount == 3 && dag.sources == [0, 1] && dag.targets == [1, 2])
    }

    /// A `.preRoutGNN` model (random weights, autoencoder included) round-trips with its
    /// pre-training shape; training leaves the autoencoder out.
    @Test func preRoutGNNCheckpointRoundTrips() throws {
        var generator = SeededGenerator(seed: 5)
        var configuration = TimingPredictor.Configuration(kind: .preRoutGNN)
        (configuration.hidden, configuration.layers, configuration.pretraining) = (8, 2, .init(kind: .gae, hidden: 6, latent: 3))
        let model = TimingPredictor(configuration, generator: &generator)
        #expect(model.inputs(Self.chain(), threads: 1).columns == TimingFeature.count + 3)
        let frozen = model.namedParameters.count - model.trainableParameters.count
        let autoencoder = try #require(model.autoencoder)
        #expect(frozen == autoencoder.namedParameters.count && frozen > 0)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("timing-\(UUID()).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path)
        let (loaded, _) = try TimingPredictor.load(from: path)
        #expect(loaded.configuration == model.configuration)
        #expect(loaded.predict(Self.chain(), threads: 1) == model.predict(Self.chain(), threads: 1))
    }

    /// Pre-training then a short fit on gcd: the autoencoder's loss falls, training leaves it
    /// as pre-trained, and the arrivals come closer to the SPEF timing than ideal wires are.
    @Test(.enabled(if: ParasiticData.directory != nil, "../shared/data is absent"))
    func preRoutGNNFitOnGCDBeatsIdealWires() throws {
        let sample = try #require(TimingData.gcd)
        var generator = SeededGenerator(seed: 3)
        let model = TimingPredictor(TimingTraining.configuration(kind: .preRoutGNN, hidden: 16, layers: 1, samples: [sample]), generator: &generator)
        let autoencoder = try #require(model.autoencoder)
        var pretraining = TimingPretraining.Options()
        (pretraining.epochs, pretraining.threads) = (20, 2)
        var losses: [Double] = []
        try TimingPretraining.train(autoencoder, on: [sample], options: pretraining) { losses.append($1) }
        #expect(losses.count == 20 && losses.last! < losses.first!, "\(losses)")
        let pretrained = autoencoder.namedParameters.map(\.tensor.value)
        var options = TimingTrainingOptions()
        (options.epochs, options.designsPerBatch, options.threads, options.learningRate) = (15, 1, 2, 1e-2)
        try TimingTraining.train(model, train: [sample], validation: [sample], options: options)
        #expect(autoencoder.namedParameters.map(\.tensor.value) == pretrained)
        let learned = TimingScores([model.predict(sample, threads: 2)], samples: [sample])
        let ideal = TimingScores([sample.ideal], samples: [sample])
        #expect(try #require(learned.maeArrival) < #require(ideal.maeArrival), "\(learned) vs \(ideal)")
    }

    /// A few epochs on gcd bring its arrivals closer to the SPEF timing than ideal wires are.
    @Test(.enabled(if: ParasiticData.directory != nil, "../shared/data is absent"))
    func fitOnGCDBeatsIdealWires() throws {
        let sample = try #require(TimingData.gcd)
        var generator = SeededGenerator(seed: 3)
        let model = TimingPredictor(TimingTraining.configuration(kind: .timingGCN, hidden: 16, layers: 2, samples: [sample]), generator: &generator)
        var options = TimingTrainingOptions()
        (options.epochs, options.designsPerBatch, options.threads, options.learningRate) = (15, 1, 2, 1e-2)
        try TimingTraining.train(model, train: [sample], validation: [sample], options: options)
        let learned = TimingScores([model.predict(sample, threads: 2)], samples: [sample])
        let ideal = TimingScores([sample.ideal], samples: [sample])
        #expect(try #require(learned.maeArrival) < #require(ideal.maeArrival))
    }
}
