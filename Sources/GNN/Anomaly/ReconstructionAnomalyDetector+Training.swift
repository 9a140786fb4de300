import Dispatch
import GraphCore

extension ReconstructionAnomalyDetector {
    /// How the detector trains: full-batch Adam on the mean score. The defaults are PyGOD's
    /// (100 epochs, learning rate 0.004, no weight decay).
    public struct TrainingOptions: Sendable {
        public var epochs = 100
        public var learningRate: Float = 0.004
        /// L2 penalty on every parameter, through Adam.
        public var weightDecay: Float = 0

        /// PyGOD's defaults. - Complexity: O(1)
        public init() {}
    }

    /// The outcome of ``fit(_:_:targets:options:progress:)``.
    public struct Fit: Sendable {
        /// Every node's score after the last update (higher is more anomalous).
        public let scores: [Float]
        /// The loss (mean score) of each epoch, before its update.
        public let losses: [Float]
        /// Median seconds of one epoch (forward, backward, update).
        public let medianEpochSeconds: Double
    }

    /// Trains the detector on its own graph (unsupervised), then scores every node.
    /// - Throws: `TrainingError.nonFinite` naming the epoch and op when the loss or a gradient
    ///   is NaN or infinite.
    /// - Complexity: `epochs` × (forward + backward of ``scores(_:_:targets:)``).
    public func fit(_ features: NodeFeatures, _ graph: MessageGraph, targets: Targets, options: TrainingOptions = .init(),
                    progress: (_ epoch: Int, _ loss: Float) -> Void = { _, _ in }) throws -> Fit {
        precondition(options.epochs >= 1, "epochs must be positive")
        var optimizer = Adam(learningRate: options.learningRate, weightDecay: options.weightDecay)
        let parameters = namedParameters
        var losses: [Float] = [], seconds: [Double] = []
        for epoch in 1 ... options.epochs {
            let start = DispatchTime.now().uptimeNanoseconds
            let loss = scores(features, graph, targets: targets).mean()
            try loss.backward(step: epoch)
            optimizer.step(parameters)
            seconds.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            losses.append(loss.value.values[0])
            progress(epoch, losses.last!)
        }
        let final = Tensor.withoutTape { scores(features, graph, targets: targets).value.values }
        return Fit(scores: final, losses: losses, medianEpochSeconds: seconds.median)
    }
}
