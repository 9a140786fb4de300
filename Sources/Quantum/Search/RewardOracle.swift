import GraphCore

/// The reward of each pool circuit on a task, trained on first request and remembered: the
/// angles start from a generator seeded by the circuit's index and the task's seed, so a
/// circuit's reward is the same whichever search asks, and asking again costs nothing.
public final class RewardOracle {
    public let task: SearchTask
    public let pool: SearchPool
    /// The seed mixed into every circuit's starting angles.
    public let seed: UInt64
    private var rewards: [Int: Double] = [:]

    /// An oracle with nothing trained yet. - Complexity: O(1)
    public init(task: SearchTask, pool: SearchPool, seed: UInt64 = 1) {
        self.task = task
        self.pool = pool
        self.seed = seed
    }

    /// Number of distinct circuits trained so far. - Complexity: O(1)
    public var trainedCount: Int { rewards.count }

    /// The reward of circuit `index` (`energy / E₀` or the fidelity, after the inner loop).
    /// - Throws: `SimulationError` when the circuit cannot be trained.
    /// - Complexity: O(iterations × gates × 2ⁿ) the first time, O(1) after.
    public func reward(_ index: Int) throws -> Double {
        if let known = rewards[index] { return known }
        var generator = SeededGenerator(seed: seed &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(index))
        let circuit = try VariationalCircuit(pool.circuits[index])
        let (energy, _) = try circuit.train(task.observable, options: .init(iterations: task.iterations), generator: &generator)
        let reward = task.reward(energy: energy)
        rewards[index] = reward
        return reward
    }
}
