import Foundation
import GraphCore

/// What node classification trains on: features, the graph, a class per node and the split.
public struct NodeClassificationData: Sendable {
    public let features: NodeFeatures
    public let graph: MessageGraph
    /// One class per node, `-1` where unknown (such nodes may be in no part of the split).
    public let labels: [Int32]
    public let split: NodeSplit
    /// Number of classes (one more than the largest label).
    public let classes: Int

    /// Pairs the parts; every split node must have a label in `0 ..< classes`.
    /// - Complexity: O(V + split size)
    public init(features: NodeFeatures, graph: MessageGraph, labels: [Int32], split: NodeSplit) {
        precondition(features.nodeCount == graph.nodeCount && labels.count == graph.nodeCount,
                     "\(features.nodeCount) feature rows, \(labels.count) labels, \(graph.nodeCount) nodes")
        let classes = Int(labels.max() ?? -1) + 1
        for role in NodeSplit.Role.allCases {
            for node in split.nodes(role) {
                precondition(node >= 0 && Int(node) < labels.count && labels[Int(node)] >= 0,
                             "\(role) node \(node) has no label")
            }
        }
        self.features = features
        self.graph = graph
        self.labels = labels
        self.split = split
        self.classes = classes
    }

    /// The labels of `nodes`. - Complexity: O(nodes.count)
    func labels(of nodes: [Int32]) -> [Int] { nodes.map { Int(labels[Int($0)]) } }
}

/// Full-batch training of a ``NodeClassifier`` with Adam on the training nodes' cross-entropy
/// (plus an L2 penalty on ``NodeClassifier/decayedParameters``), keeping the epoch `selection`
/// names, optionally stopping early when neither validation accuracy nor loss improved for
/// `patience` epochs (the GAT paper's rule).
public enum NodeClassificationTrainer {
    /// Which epoch's parameters training ends with.
    public enum Selection: Sendable, Equatable {
        /// The epoch with the best validation accuracy, ties to the lower validation loss (PyG's
        /// examples).
        case bestValidationAccuracy
        /// Kipf & Welling's rule: stop once an epoch's validation loss exceeds the mean of the
        /// `window` epochs before it, and keep that last epoch.
        case lastBeforeValidationLossRises(window: Int)
        /// Veličković et al.'s rule (GAT's code): the last epoch whose validation accuracy is at
        /// least, and whose validation loss at most, the best of all epochs so far.
        case lastBestInBoth
        /// The first epoch with the best validation accuracy (PyG's `gcn.py` example).
        case firstBestValidationAccuracy
        /// The epoch with the lowest validation loss.
        case lowestValidationLoss
    }

    /// Training settings.
    public struct Options: Sendable {
        public var epochs: Int
        public var learningRate: Float
        /// λ of the penalty `λ/2 Σ ‖p‖²` on the decayed parameters (Adam's `weight_decay` in
        /// PyTorch adds the same `λ p` to their gradients).
        public var weightDecay: Float
        /// Stop after this many epochs without a better validation accuracy or loss (`nil`: run
        /// every epoch).
        public var patience: Int?
        /// Seed of the dropout masks.
        public var seed: UInt64
        /// The learning rate of each epoch from `learningRate`.
        public var schedule: LearningRateSchedule
        /// Scales the scheduled rate down when the validation loss stops improving (`nil`: never).
        public var plateau: ReduceOnPlateau?
        /// Share of edges dropped at each training step (DropEdge; 0 for none).
        public var edgeDropout: Float
        /// Which epoch to keep.
        public var selection: Selection
        /// Mini-batch training on sampled neighbourhoods instead of full-batch steps (`nil`: one
        /// full-batch step per epoch). Evaluation stays full-batch.
        public var sampling: Sampling?

        public init(epochs: Int = 200, learningRate: Float = 0.01, weightDecay: Float = 5e-4, patience: Int? = nil,
                    seed: UInt64 = 0, schedule: LearningRateSchedule = .constant, plateau: ReduceOnPlateau? = nil,
                    edgeDropout: Float = 0, selection: Selection = .bestValidationAccuracy) {
            self.epochs = epochs
            self.learningRate = learningRate
            self.weightDecay = weightDecay
            self.patience = patience
            self.seed = seed
            self.schedule = schedule
            self.plateau = plateau
            self.edgeDropout = edgeDropout
            self.selection = selection
        }
    }

    /// GraphSAGE-style mini-batches: each epoch shuffles the training nodes into batches of
    /// `batchSize` seeds and takes one step per batch on the subgraph a ``NeighborSampler`` with
    /// `fanouts` draws around them (DropEdge, when set, applies to that subgraph).
    public struct Sampling: Sendable, Equatable {
        public var fanouts: [Int]
        public var batchSize: Int

        public init(fanouts: [Int], batchSize: Int) {
            precondition(batchSize > 0, "batch size must be positive")
            self.fanouts = fanouts
            self.batchSize = batchSize
        }
    }

    /// One epoch, for progress displays.
    public struct EpochReport: Sendable {
        public let epoch: Int
        public let loss: Float
        public let validationAccuracy: Double
        public let validationLoss: Double
    }

    /// The outcome of training.
    public struct Result: Sendable {
        /// The selected epoch (1-based); the model keeps its parameters.
        public let bestEpoch: Int
        /// Epochs run (fewer than asked when stopped early).
        public let epochsRun: Int
        public let trainAccuracy: Double
        public let validationAccuracy: Double
        public let validationLoss: Double
        /// Test accuracy of the selected epoch.
        public let testAccuracy: Double
        /// Test predictions of the selected epoch against the truth.
        public let testConfusion: Metrics.ConfusionMatrix
        /// The predicted class of every node at the selected epoch.
        public let predictions: [Int]
        /// Median seconds of one epoch's training (forward, backward, update; no evaluation): one
        /// step full-batch, every batch with sampling.
        public let medianEpochSeconds: Double
    }

    /// Trains `model` on `data`; at the end the model's parameters are those of the selected epoch.
    /// - Throws: `TrainingError.nonFinite` naming the epoch and op when the loss or a gradient
    ///   is NaN or infinite.
    /// - Complexity: `epochs` × (one step + one evaluation).
    public static func train(_ model: NodeClassifier, data: NodeClassificationData, options: Options,
                             progress: (EpochReport) -> Void = { _ in }) throws -> Result {
        precondition(options.epochs >= 1, "epochs must be positive")
        precondition(!data.split.train.isEmpty && !data.split.validation.isEmpty, "training and validation nodes are needed")
        var generator = SeededGenerator(seed: options.seed)
        var optimizer = Adam(learningRate: options.learningRate)
        let parameters = model.namedParameters
        let trainLabels = data.labels(of: data.split.train), validationLabels = data.labels(of: data.split.validation)
        var best: (epoch: Int, accuracy: Double, loss: Double, values: [Matrix], logits: Matrix)?
        var accuracyStop = options.patience.map { EarlyStopping(patience: $0, goal: .maximize) }
        var lossStop = options.patience.map { EarlyStopping(patience: $0, goal: .minimize) }
        var stepSeconds: [Double] = []
        var plateau = options.plateau
        var validationLosses: [Double] = []
        let sampler = options.sampling.map { NeighborSampler(data.graph, fanouts: $0.fanouts, threads: data.graph.threads) }
        var bestSoFar = (accuracy: -Double.infinity, loss: Double.infinity)
        for epoch in 1 ... options.epochs {
            let start = DispatchTime.now().uptimeNanoseconds
            optimizer.learningRate = options.schedule.rate(epoch: epoch, base: options.learningRate) * (plateau?.scale ?? 1)
            let loss: Float
            if let sampler {
                loss = try sampledEpoch(model, features: data.features, labels: data.labels, trainNodes: data.split.train,
                                        sampler: sampler, batchSize: options.sampling!.batchSize, options: options,
                                        epoch: epoch, optimizer: &optimizer, generator: &generator)
            } else {
                let graph = data.graph.droppingEdges(probability: options.edgeDropout, using: &generator)
                let logits = model(data.features, graph, training: true, generator: &generator)
                loss = try step(model, logits: logits, rows: data.split.train, labels: trainLabels, options: options,
                                epoch: epoch, optimizer: &optimizer)
            }
            stepSeconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)

            let scores = Tensor.withoutTape { model(data.features, data.graph, training: false, generator: &generator).value }
            let (accuracy, validationLoss) = evaluate(scores, nodes: data.split.validation, labels: validationLabels)
            validationLosses.append(validationLoss)
            var rising = false
            switch options.selection {
            case .bestValidationAccuracy:
                if best == nil || accuracy > best!.accuracy || (accuracy == best!.accuracy && validationLoss < best!.loss) {
                    best = (epoch, accuracy, validationLoss, parameters.map(\.tensor.value), scores)
                }
            case .lastBeforeValidationLossRises(let window):
                best = (epoch, accuracy, validationLoss, [], scores)
                let earlier = validationLosses.dropLast().suffix(window)
                rising = validationLosses.count > window + 1 && validationLoss > earlier.reduce(0, +) / Double(window)
            case .lastBestInBoth:
                if best == nil || (accuracy >= bestSoFar.accuracy && validationLoss <= bestSoFar.loss) {
                    best = (epoch, accuracy, validationLoss, parameters.map(\.tensor.value), scores)
                }
            case .firstBestValidationAccuracy:
                if best == nil || accuracy > best!.accuracy {
                    best = (epoch, accuracy, validationLoss, parameters.map(\.tensor.value), scores)
                }
            case .lowestValidationLoss:
                if best == nil || validationLoss < best!.loss {
                    best = (epoch, accuracy, validationLoss, parameters.map(\.tensor.value), scores)
                }
            }
            bestSoFar = (max(bestSoFar.accuracy, accuracy), min(bestSoFar.loss, validationLoss))
            progress(EpochReport(epoch: epoch, loss: loss, validationAccuracy: accuracy,
                                 validationLoss: validationLoss))
            accuracyStop?.observe(accuracy, epoch: epoch)
            lossStop?.observe(validationLoss, epoch: epoch)
            plateau?.observe(validationLoss, epoch: epoch)
            if rising { break }
            if let a = accuracyStop, let l = lossStop, a.shouldStop && l.shouldStop { break }
        }
        let chosen = best!
        if !chosen.values.isEmpty {
            for (parameter, value) in zip(parameters, chosen.values) { parameter.tensor.value = value }
        }
        let predictions = chosen.logits.rowArgmax()
        let test = data.split.test
        let testPredictions = test.map { predictions[Int($0)] }
        let trainPredictions = data.split.train.map { predictions[Int($0)] }
        return Result(bestEpoch: chosen.epoch, epochsRun: stepSeconds.count,
                      trainAccuracy: Metrics.accuracy(predictions: trainPredictions, labels: trainLabels) ?? 0,
                      validationAccuracy: chosen.accuracy, validationLoss: chosen.loss,
                      testAccuracy: Metrics.accuracy(predictions: testPredictions, labels: data.labels(of: test)) ?? 0,
                      testConfusion: .init(predictions: testPredictions, labels: data.labels(of: test), classes: data.classes),
                      predictions: predictions, medianEpochSeconds: stepSeconds.median)
    }

    /// One optimizer step on the cross-entropy of `logits`' rows `rows` (plus weight decay); the
    /// loss value. - Complexity: backward through `logits`' tape.
    static func step(_ model: NodeClassifier, logits: Tensor, rows: [Int32], labels: [Int], options: Options,
                     epoch: Int, optimizer: inout Adam) throws -> Float {
        var loss = Losses.crossEntropy(logProbabilities: logits.gatherRows(rows).logSoftmax(), labels: labels)
        let decayed = model.decayedParameters
        if options.weightDecay > 0, !decayed.isEmpty { loss = loss + (options.weightDecay / 2) * Losses.squaredNorm(decayed) }
        try loss.backward(step: epoch)
        optimizer.step(model.namedParameters)
        return loss.value.values[0]
    }

    /// Accuracy and mean cross-entropy of the rows `nodes` of `logits`. - Complexity: O(|nodes| × C)
    static func evaluate(_ logits: Matrix, nodes: [Int32], labels: [Int]) -> (accuracy: Double, loss: Double) {
        var correct = 0, loss = 0.0
        for (node, label) in zip(nodes, labels) {
            let row = Int(node)
            var top = 0, largest = -Double.infinity
            for c in 0 ..< logits.columns where Double(logits[row, c]) > largest {
                largest = Double(logits[row, c])
                top = c
            }
            var total = 0.0
            for c in 0 ..< logits.columns { total += exp(Double(logits[row, c]) - largest) }
            loss += largest + log(total) - Double(logits[row, label])
            if top == label { correct += 1 }
        }
        let n = Double(max(nodes.count, 1))
        return (Double(correct) / n, loss / n)
    }
}
