import Foundation

/// A learning-rate schedule as a value: the rate of each epoch (1-based) from a base rate, so a
/// schedule can be stored, compared and rebuilt from a checkpoint. With `t = epoch − 1`:
///
/// - `constant`: `base`;
/// - `step(every: k, factor: γ)`: `base · γ^⌊t / k⌋` (PyTorch's `StepLR`);
/// - `cosine(epochs: T, minimum: m)`: `m + (base − m) · (1 + cos(π · min(t, T) / T)) / 2`
///   (Loshchilov & Hutter, "SGDR", ICLR 2017; PyTorch's `CosineAnnealingLR` without restarts);
/// - `warmup(epochs: w, then: s)`: `base · epoch / w` for the first `w` epochs, then `s` counted
///   from the end of the warm-up (Goyal et al., "Accurate, Large Minibatch SGD", 2017).
///
/// Reduce-on-plateau depends on a validation metric, not on the epoch alone: see
/// ``ReduceOnPlateau``, whose factor multiplies a schedule's rate.
public indirect enum LearningRateSchedule: Sendable, Equatable, Codable {
    case constant
    case step(every: Int, factor: Float)
    case cosine(epochs: Int, minimum: Float)
    case warmup(epochs: Int, then: LearningRateSchedule)

    /// The rate of `epoch` (1-based). - Complexity: O(warm-up nesting)
    public func rate(epoch: Int, base: Float) -> Float {
        precondition(epoch >= 1, "epochs count from 1, got \(epoch)")
        let t = epoch - 1
        switch self {
        case .constant:
            return base
        case let .step(every, factor):
            precondition(every >= 1, "a step schedule needs every ≥ 1, got \(every)")
            return base * Float(pow(Double(factor), Double(t / every)))
        case let .cosine(epochs, minimum):
            precondition(epochs >= 1, "a cosine schedule needs epochs ≥ 1, got \(epochs)")
            let progress = Double(min(t, epochs)) / Double(epochs)
            return minimum + (base - minimum) * Float((1 + cos(Double.pi * progress)) / 2)
        case let .warmup(epochs, then):
            precondition(epochs >= 1, "a warm-up needs epochs ≥ 1, got \(epochs)")
            return epoch <= epochs ? base * Float(epoch) / Float(epochs) : then.rate(epoch: epoch - epochs, base: base)
        }
    }
}

/// Reduce-on-plateau (PyTorch's `ReduceLROnPlateau`): once a validation metric has not improved
/// for more than `patience` epochs in a row, the rate's scale is multiplied by `factor` (never
/// below `minimumScale`) and the count starts again. A value, saved with a run.
public struct ReduceOnPlateau: Sendable, Equatable, Codable {
    /// Multiplies the scale at each reduction, in (0, 1).
    public let factor: Float
    /// Epochs without improvement tolerated before a reduction.
    public let patience: Int
    /// The smallest scale.
    public let minimumScale: Float
    /// The factor applied to the scheduled rate (starts at 1).
    public private(set) var scale: Float = 1
    private var tracker: EarlyStopping

    /// A rule on a metric to maximise or minimise. - Complexity: O(1)
    public init(goal: EarlyStopping.Goal, factor: Float = 0.1, patience: Int = 10, minimumScale: Float = 0) {
        precondition(factor > 0 && factor < 1, "factor must be in (0, 1), got \(factor)")
        precondition(patience >= 0, "patience must be non-negative, got \(patience)")
        self.factor = factor
        self.patience = patience
        self.minimumScale = minimumScale
        tracker = EarlyStopping(patience: patience + 1, goal: goal)
    }

    /// Records the metric of `epoch`; reduces the scale when it is due.
    /// - Returns: whether the scale was reduced. - Complexity: O(1)
    @discardableResult
    public mutating func observe(_ value: Double, epoch: Int) -> Bool {
        tracker.observe(value, epoch: epoch)
        guard tracker.shouldStop else { return false }
        tracker.resetWaiting()
        let reduced = max(scale * factor, minimumScale)
        defer { scale = reduced }
        return reduced < scale
    }
}
