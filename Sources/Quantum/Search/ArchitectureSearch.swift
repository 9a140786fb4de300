import GraphCore

/// Searches a ``SearchPool`` for circuits of high reward, evaluating `budget` distinct circuits
/// per run: uniformly at random (the baseline), by REINFORCE on a Gaussian policy over the
/// latent space, or by Bayesian optimisation with expected improvement — the two latent searches
/// of arch2vec (Yan et al. 2020) as quantum architecture search uses them (Sun et al. 2024).
public enum ArchitectureSearch {
    /// How the next circuit is chosen.
    public enum Method: String, CaseIterable, Sendable {
        case random, reinforce, bo
    }

    /// What one run found.
    public struct Run: Sendable {
        /// The reward of each evaluated circuit, in evaluation order.
        public var rewards: [Double]
        /// Pool indices in evaluation order.
        public var indices: [Int]

        /// Circuits with reward ≥ `threshold`. - Complexity: O(budget)
        public func candidates(threshold: Double) -> Int { rewards.filter { $0 >= threshold }.count }
        /// The best reward. - Complexity: O(budget)
        public var best: Double { rewards.max() ?? -.infinity }
    }

    /// One run of `method` over `oracle`'s pool with `budget` evaluations, seeded by `seed`.
    /// - Throws: `SimulationError` when a circuit cannot be trained.
    /// - Complexity: `budget` rewards plus the method's own work: O(budget × pool × d) for
    ///   REINFORCE's nearest-point look-ups, O(budget / batch × pool × features²) for BO.
    public static func run(_ method: Method, oracle: RewardOracle, budget: Int, seed: UInt64) throws -> Run {
        var generator = SeededGenerator(seed: seed)
        var state = RunState(pool: oracle.pool, budget: min(budget, oracle.pool.count))
        switch method {
        case .random: try randomSearch(&state, oracle, &generator)
        case .reinforce: try reinforce(&state, oracle, &generator)
        case .bo: try bayesianOptimisation(&state, oracle, &generator)
        }
        return Run(rewards: state.rewards, indices: state.indices)
    }

    /// The evaluations of one run so far.
    struct RunState {
        let pool: SearchPool
        let budget: Int
        var visited: [Bool]
        var rewards: [Double] = []
        var indices: [Int] = []

        init(pool: SearchPool, budget: Int) {
            self.pool = pool
            self.budget = budget
            visited = [Bool](repeating: false, count: pool.count)
        }

        var isDone: Bool { rewards.count >= budget }

        mutating func evaluate(_ index: Int, _ oracle: RewardOracle) throws -> Double {
            precondition(!visited[index], "circuit \(index) evaluated twice")
            visited[index] = true
            let reward = try oracle.reward(index)
            rewards.append(reward)
            indices.append(index)
            return reward
        }
    }

    /// Uniformly random distinct circuits. - Complexity: O(pool + budget rewards)
    static func randomSearch(_ state: inout RunState, _ oracle: RewardOracle, _ generator: inout SeededGenerator) throws {
        var order = Array(0 ..< state.pool.count)
        for k in 0 ..< state.budget {  // a partial Fisher–Yates shuffle
            order.swapAt(k, k + generator.nextIndex(below: order.count - k))
            _ = try state.evaluate(order[k], oracle)
        }
    }
}
