/// Early stopping on one validation metric (Prechelt, "Early Stopping — But When?", 1998):
/// training stops once `patience` epochs in a row have not improved on the best value seen by
/// more than `minimumDelta`. A value, so a training loop can keep several (the GAT paper stops
/// when neither validation loss nor accuracy improved for 100 epochs) and save it with a run.
public struct EarlyStopping: Sendable, Equatable, Codable {
    /// Whether larger or smaller values are better.
    public enum Goal: String, Sendable, Codable {
        case maximize, minimize
    }

    /// Epochs without improvement after which ``shouldStop`` turns true.
    public let patience: Int
    /// Whether larger or smaller is better.
    public let goal: Goal
    /// The margin by which a value must beat the best to count as an improvement.
    public let minimumDelta: Double
    /// The best value seen, `nil` before the first observation.
    public private(set) var best: Double?
    /// The epoch of ``best`` (0 before the first observation).
    public private(set) var bestEpoch = 0
    /// Observations since the last improvement.
    public private(set) var epochsWithoutImprovement = 0

    /// A criterion with the given patience (≥ 1). - Complexity: O(1)
    public init(patience: Int, goal: Goal, minimumDelta: Double = 0) {
        precondition(patience >= 1, "patience must be at least 1, got \(patience)")
        precondition(minimumDelta >= 0, "minimumDelta must be non-negative, got \(minimumDelta)")
        self.patience = patience
        self.goal = goal
        self.minimumDelta = minimumDelta
    }

    /// Records the metric of `epoch`. - Returns: whether it improved on the best (it then becomes
    /// the best). A NaN never improves. - Complexity: O(1)
    @discardableResult
    public mutating func observe(_ value: Double, epoch: Int) -> Bool {
        let improved: Bool
        if let best {
            improved = goal == .maximize ? value > best + minimumDelta : value < best - minimumDelta
        } else {
            improved = !value.isNaN
        }
        if improved {
            best = value
            bestEpoch = epoch
            epochsWithoutImprovement = 0
        } else {
            epochsWithoutImprovement += 1
        }
        return improved
    }

    /// Whether `patience` observations in a row brought no improvement. - Complexity: O(1)
    public var shouldStop: Bool { epochsWithoutImprovement >= patience }

    /// Starts the count of epochs without improvement again, keeping the best value (after a
    /// reduction of the learning rate, say). - Complexity: O(1)
    public mutating func resetWaiting() { epochsWithoutImprovement = 0 }
}
