import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

/// A primitive added through the public API: `y = x³`, backward `3x² · g`.
extension Tensor {
    fileprivate func cubed() -> Tensor {
        let x = value
        return Tensor.record("cube", value: x.map { $0 * $0 * $0 }, parents: [self]) { g, _ in
            [try! Matrix(rows: x.rows, columns: x.columns, values: zip(x.values, g.values).map { 3 * $0 * $0 * $1 })]
        }
    }
}

@Suite("Training utilities: schedules, plateaus, custom primitives, edge dropout, resuming")
struct TrainingUtilityTests {
    static func near(_ a: Float, _ b: Float) -> Bool { abs(a - b) < 1e-6 }

    @Test func schedulesByHand() {
        let step = (1 ... 5).map { LearningRateSchedule.step(every: 2, factor: 0.5).rate(epoch: $0, base: 1) }
        #expect(step == [1, 1, 0.5, 0.5, 0.25])
        // cos(π/4) = 0.7071…: (1 + 0.7071) / 2 = 0.8536 at t = 1; the minimum from t = 4 on.
        let cosine = (1 ... 7).map { LearningRateSchedule.cosine(epochs: 4, minimum: 0.1).rate(epoch: $0, base: 1.1) }
        let expected: [Float] = [1.1, 0.1 + 0.853553390, 0.6, 0.1 + 0.146446609, 0.1, 0.1, 0.1]
        #expect(zip(cosine, expected).allSatisfy { Self.near($0, $1) }, "\(cosine)")
        let warm = (1 ... 5).map { LearningRateSchedule.warmup(epochs: 2, then: .cosine(epochs: 2, minimum: 0)).rate(epoch: $0, base: 0.1) }
        #expect(zip(warm, [0.05, 0.1, 0.1, 0.05, 0] as [Float]).allSatisfy { Self.near($0, $1) }, "\(warm)")
    }

    @Test func reduceOnPlateauAsPyTorch() {
        // patience 1: the second epoch in a row without improvement (num_bad_epochs > 1) reduces.
        var rule = ReduceOnPlateau(goal: .minimize, factor: 0.5, patience: 1, minimumScale: 0.2)
        var scales: [Float] = []
        for loss in [1.0, 1.0, 1.0, 0.9, 0.95, 0.95, 0.95, 0.95, 0.95, 0.95] {
            rule.observe(loss, epoch: scales.count + 1)
            scales.append(rule.scale)
        }
        #expect(scales == [1, 1, 0.5, 0.5, 0.5, 0.25, 0.25, 0.2, 0.2, 0.2])
    }

    @Test func customPrimitiveThroughThePublicRecord() {
        let x = Tensor.parameter(Matrix([[1, -2]]))
        let y = x.cubed()
        #expect(y.value.values == [1, -8] && y.op == "cube")
        try? y.sum().backward()
        #expect(x.gradient?.values == [3, 12])
        let mismatches = GradientCheck().mismatches([Inputs.normal(3, 2, seed: 4)], seed: 5) { $0[0].cubed() }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        let constant = Tensor.withoutTape { x.cubed() }
        #expect(!constant.requiresGradient)
    }

    @Test func edgeDropoutKeepsUndirectedEdgesWholeAndCarriesWeights() throws {
        var rng = SeededGenerator(seed: 3)
        var builder = GraphBuilder(nodeCount: 400, options: .init(directed: false))
        for _ in 0 ..< 6000 {
            let u = rng.nextIndex(below: 400), v = rng.nextIndex(below: 400)
            builder.addEdge(u, v, weight: Float(min(u, v) * 1000 + max(u, v)))
        }
        let graph = MessageGraph(try builder.build(), threads: 2)
        var g = SeededGenerator(seed: 8)
        #expect(graph.droppingEdges(probability: 0, using: &g) === graph)
        let dropped = graph.droppingEdges(probability: 0.3, using: &g).graph
        var kept = Set<[Int]>()
        for u in 0 ..< dropped.nodeCount {
            for e in dropped.edgeRange(of: u) {
                let v = Int(dropped.targets[e])
                #expect(dropped.edgeWeights![e] == Float(min(u, v) * 1000 + max(u, v)), "the weight goes with its edge")
                kept.insert([u, v])
            }
        }
        #expect(kept.allSatisfy { kept.contains([$0[1], $0[0]]) }, "both directions or neither")
        let share = Double(dropped.edgeCount) / Double(graph.graph.edgeCount)
        #expect(abs(share - 0.7) < 0.03, "kept \(share) of the edges")
        var again = SeededGenerator(seed: 8)
        _ = graph.droppingEdges(probability: 0, using: &again)
        #expect(graph.droppingEdges(probability: 0.3, using: &again).graph.targets == dropped.targets, "seeded")
    }

    /// Steps of a GAT classifier with dropout, a warm-up schedule and Adam.
    static func run(_ model: NodeClassifier, _ optimizer: inout Adam, _ generator: inout SeededGenerator,
                    epochs: ClosedRange<Int>, _ data: NodeClassificationData) throws {
        let labels = data.split.train.map { Int(data.labels[Int($0)]) }
        for epoch in epochs {
            optimizer.learningRate = LearningRateSchedule.warmup(epochs: 3, then: .cosine(epochs: 10, minimum: 0.001))
                .rate(epoch: epoch, base: 0.02)
            let logits = model(data.features, data.graph, training: true, generator: &generator)
            let loss = Losses.crossEntropy(logProbabilities: logits.gatherRows(data.split.train).logSoftmax(), labels: labels)
            try loss.backward(step: epoch)
            optimizer.step(model.namedParameters)
        }
    }

    @Test func resumingFromACheckpointEqualsTheUninterruptedRun() throws {
        let data = NodeClassificationTests.communities()
        let configuration = NodeClassifier.Configuration.published(.gat, inputSize: 4, classes: 2)
        var initial = SeededGenerator(seed: 1)
        let whole = NodeClassifier(configuration, generator: &initial)
        var optimizer = Adam(), generator = SeededGenerator(seed: 2)
        try Self.run(whole, &optimizer, &generator, epochs: 1 ... 10, data)

        var again = SeededGenerator(seed: 1)
        let first = NodeClassifier(configuration, generator: &again)
        var firstOptimizer = Adam(), firstGenerator = SeededGenerator(seed: 2)
        try Self.run(first, &firstOptimizer, &firstGenerator, epochs: 1 ... 4, data)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("resume-\(UUID().uuidString).safetensors")
        defer { try? FileManager.default.removeItem(at: file) }
        try TrainingCheckpoint.save(to: file, model: first, optimizer: firstOptimizer, generator: firstGenerator, epoch: 4,
                                    metadata: ["architecture": "gat"])

        var other = SeededGenerator(seed: 99)  // a differently initialised model and a fresh optimizer
        let resumed = NodeClassifier(configuration, generator: &other)
        var resumedOptimizer = Adam()
        let state = try TrainingCheckpoint.load(from: file, into: resumed, optimizer: &resumedOptimizer)
        #expect(state.epoch == 4 && state.metadata == ["architecture": "gat"] && state.generator == firstGenerator)
        #expect(resumedOptimizer.stepCount == 4)
        var resumedGenerator = state.generator
        try Self.run(resumed, &resumedOptimizer, &resumedGenerator, epochs: state.epoch + 1 ... 10, data)
        for (a, b) in zip(whole.namedParameters, resumed.namedParameters) {
            #expect(a.tensor.value == b.tensor.value, "\(a.name) differs after resuming")
        }
        #expect(resumedGenerator == generator)
    }

    @Test func optimizerStateRejectsBuffersThatDoNotFit() throws {
        let p = [NamedParameter("w", .parameter(Matrix([[1, 2]])))]
        p[0].tensor.gradient = Matrix([[0.5, -0.5]])
        var adam = Adam()
        adam.step(p)
        var state = adam.state
        #expect(state.scalars["step"] == "1" && state.tensors["m.w"]?.columns == 2)
        var fresh = Adam()
        #expect(throws: CheckpointError.self) {
            try fresh.restore(state, for: [NamedParameter("w", .parameter(Matrix([[1, 2, 3]])))])
        }
        state.tensors["v.w"] = nil
        #expect(throws: CheckpointError.self) { try fresh.restore(state, for: p) }
        var sgd = SGD(learningRate: 0.1, momentum: 0.9)
        p[0].tensor.gradient = Matrix([[1, 1]])
        sgd.step(p)
        var restored = SGD(learningRate: 0.1, momentum: 0.9)
        try restored.restore(sgd.state, for: p)
        #expect(restored.state == sgd.state && sgd.state.tensors["velocity.w"]?.values == [1, 1])
    }

    @Test func trainerWithScheduleDropEdgeAndPlateauStillLearns() throws {
        let data = NodeClassificationTests.communities()
        var g = SeededGenerator(seed: 1)
        let model = NodeClassifier(.published(.gcn, inputSize: 4, classes: 2), generator: &g)
        let options = NodeClassificationTrainer.Options(
            epochs: 60, learningRate: 0.05, seed: 3, schedule: .warmup(epochs: 5, then: .cosine(epochs: 55, minimum: 0.005)),
            plateau: ReduceOnPlateau(goal: .minimize, factor: 0.5, patience: 10), edgeDropout: 0.2)
        let result = try NodeClassificationTrainer.train(model, data: data, options: options)
        #expect(result.testAccuracy >= 0.9, "test accuracy \(result.testAccuracy)")
    }
}
