import GNN
import GraphCore

/// REINFORCE training of a ``TopologyDesigner`` (Williams 1992), as G-Designer trains it: for
/// each query, `M` graphs are drawn from the designed probabilities and scored by the utility,
/// and the loss
///
///     −mean_k((r_k − b) · log P(G_k)) + anchor + ζ‖W‖_* + KL − β H     (weights in the configuration)
///
/// is minimised with Adam, where `r = utility − costWeight · cost` and `b` is a running mean of
/// the rewards of that query (momentum ``DesignerConfiguration/baselineMomentum``), or the mean
/// of the step's other rewards (``DesignerConfiguration/RewardBaseline/leaveOneOut``). The `M`
/// graphs of step `k` are scored on the query's instance `k` (``DesignQuery/instance``). `H` is
/// the entropy of the candidate edges (``EdgeSampler/entropy(_:)``; β = 0 in the paper).
public struct DesignerTrainer {
    public let designer: TopologyDesigner
    public let problem: DesignProblem
    private var optimizer: Adam
    private var baselines: [String: Double] = [:]

    /// What one step saw.
    public struct StepReport: Sendable {
        /// Mean utility, cost and reward of the step's sampled graphs.
        public let utility: Double, cost: Double, reward: Double
        /// The loss minimised.
        public let loss: Float
    }

    /// A trainer for `designer` on `problem`. - Complexity: O(1)
    public init(designer: TopologyDesigner, problem: DesignProblem) {
        self.designer = designer
        self.problem = problem
        optimizer = Adam(learningRate: designer.configuration.learningRate)
    }

    /// One REINFORCE step on `query`, step `index` of `total` (the annealing of the entropy
    /// weight and the learning rate, when configured, runs over `total` steps; none without it).
    /// - Throws: what `utility` throws; `TrainingError` if the loss or a gradient is not finite.
    /// - Complexity: one designer pass, `M` draws and utility calls, one backward pass.
    @discardableResult
    public mutating func step(_ query: DesignQuery, utility: UtilityFunction, step index: Int, of total: Int? = nil,
                              generator: inout SeededGenerator) throws -> StepReport {
        let c = designer.configuration
        // Cosine from the base value at step 0 to `minimum` at the last step.
        func annealed(_ base: Float, to minimum: Float) -> Float {
            guard let total else { return base }
            return LearningRateSchedule.cosine(epochs: max(total - 1, 1), minimum: minimum).rate(epoch: index + 1, base: base)
        }
        let entropyWeight = c.entropyAnnealing ? annealed(c.entropyWeight, to: 0) : c.entropyWeight
        if let final = c.finalLearningRate { optimizer.learningRate = annealed(c.learningRate, to: final) }
        let pass = designer(problem, query, training: c.noisyTraining, generator: &generator)
        var draws: [EdgeSampler.Draw] = [], rewards: [Double] = []
        var utilitySum = 0.0, costSum = 0.0
        let asked = query.instance(UInt64(index))
        for _ in 0 ..< c.samplesPerQuery {
            let draw = problem.sampler.sample(pass.probabilities.value, rounds: c.rounds, using: &generator)
            let outcome = try utility(draw.topology, asked)
            draws.append(draw)
            rewards.append(outcome.utility - Double(c.costWeight) * outcome.cost)
            utilitySum += outcome.utility
            costSum += outcome.cost
        }
        let meanReward = rewards.reduce(0, +) / Double(rewards.count)
        let baseline = baselines[query.id] ?? meanReward
        let advantages = DesignerTrainer.advantages(rewards, running: baseline, c)
        var policy = Tensor.scalar(0)
        for (draw, advantage) in zip(draws, advantages) where advantage != 0 {
            policy = policy - Float(advantage / Double(draws.count)) * problem.sampler.logProbability(of: draw, pass.probabilities)
        }
        var loss = policy + pass.regularizer(c)
        if entropyWeight > 0 { loss = loss - entropyWeight * problem.sampler.entropy(pass.probabilities) }
        try loss.backward(step: index)
        let parameters = designer.namedParameters
        clipGradientNorm(parameters, maxNorm: c.maxGradientNorm)
        optimizer.step(parameters)
        let m = Double(c.baselineMomentum)
        baselines[query.id] = m * baseline + (1 - m) * meanReward
        let count = Double(c.samplesPerQuery)
        return StepReport(utility: utilitySum / count, cost: costSum / count, reward: meanReward, loss: loss.value[0, 0])
    }

    /// `r − b` for every reward, with `b` the running baseline or the leave-one-out mean, divided
    /// by the rewards' standard deviation when normalising (unless they are all equal).
    /// - Complexity: O(M)
    public static func advantages(_ rewards: [Double], running baseline: Double, _ c: DesignerConfiguration) -> [Double] {
        let m = Double(rewards.count), total = rewards.reduce(0, +)
        var advantages = rewards.map { reward in
            switch c.rewardBaseline {
            case .running: reward - baseline
            case .leaveOneOut: m > 1 ? reward - (total - reward) / (m - 1) : 0
            }
        }
        if c.normalizeAdvantages {
            let mean = total / m
            let deviation = (rewards.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / m).squareRoot()
            if deviation > 1e-12 { advantages = advantages.map { $0 / deviation } }
        }
        return advantages
    }

    /// `steps` steps over `queries` in turn (the paper's B′ training queries), then the designer
    /// is frozen (use it without the trainer). `report` sees every step (numbered on across
    /// restarts).
    ///
    /// With ``DesignerConfiguration/checkpointInterval`` or ``DesignerConfiguration/restarts``
    /// above their defaults, training also keeps the best checkpoint (not the paper): after
    /// every `checkpointInterval` steps and after the last, the decoded designs are scored
    /// (``selectionScore(_:utility:)``), and each restart trains again from fresh weights drawn
    /// from `generator`; at the end the designer holds the weights that scored best (the latest
    /// on a tie). Only the training utility is used, on query instances no step meets.
    /// - Throws: as ``step(_:utility:step:of:generator:)``.
    public mutating func train(_ queries: [DesignQuery], steps: Int, utility: UtilityFunction,
                               generator: inout SeededGenerator, report: (Int, StepReport) -> Void = { _, _ in }) throws {
        precondition(!queries.isEmpty, "training needs at least one query")
        let c = designer.configuration
        let selecting = c.checkpointInterval > 0 || c.restarts > 1
        var best: (score: Double, weights: [Matrix])?
        for restart in 0 ..< c.restarts {
            if restart > 0 { reinitialize(using: &generator) }
            for index in 0 ..< steps {
                report(restart * steps + index, try step(queries[index % queries.count], utility: utility, step: index, of: steps, generator: &generator))
                let checkpoint = index + 1 == steps || (c.checkpointInterval > 0 && (index + 1) % c.checkpointInterval == 0)
                if selecting && checkpoint {
                    let score = try selectionScore(queries, utility: utility)
                    if score >= best?.score ?? -.infinity { best = (score, designer.namedParameters.map(\.tensor.value)) }
                }
            }
        }
        if let best {
            for (parameter, value) in zip(designer.namedParameters, best.weights) { parameter.tensor.value = value }
        }
    }

    /// The first query instance of the selection's utility calls; training step `k` asks
    /// instance `k`, far below it.
    public static let firstSelectionInstance: UInt64 = 1 << 62

    /// The mean reward (`utility − costWeight · cost`) of the decoded design of every query, each
    /// scored on ``DesignerConfiguration/selectionCalls`` utility calls on the instances from
    /// ``firstSelectionInstance`` on (the same at every checkpoint, so a utility with common
    /// random numbers compares checkpoints on the same draws).
    /// - Throws: what `utility` throws.
    /// - Complexity: one pass per query plus `queries × selectionCalls` utility calls.
    public func selectionScore(_ queries: [DesignQuery], utility: UtilityFunction) throws -> Double {
        let c = designer.configuration
        var total = 0.0
        for query in queries {
            let topology = designer.decode(problem, query).topology
            for call in 0 ..< c.selectionCalls {
                let outcome = try utility(topology, query.instance(DesignerTrainer.firstSelectionInstance + UInt64(call)))
                total += outcome.utility - Double(c.costWeight) * outcome.cost
            }
        }
        return total / Double(queries.count * c.selectionCalls)
    }

    /// Fresh weights drawn from `generator` (as a new designer's), a new optimizer and no
    /// running baselines: the start of a restart.
    private mutating func reinitialize(using generator: inout SeededGenerator) {
        let fresh = TopologyDesigner(agentCount: designer.agentCount, featureWidth: designer.featureWidth,
                                     configuration: designer.configuration, generator: &generator)
        for (parameter, value) in zip(designer.namedParameters, fresh.namedParameters) { parameter.tensor.value = value.tensor.value }
        optimizer = Adam(learningRate: designer.configuration.learningRate)
        baselines = [:]
    }
}

extension TopologyDesigner {
    /// The deterministic design for `query`: the thresholded decoding of the probabilities of
    /// a pass without noise. - Complexity: one pass plus O(N³).
    public func decode(_ problem: DesignProblem, _ query: DesignQuery) -> (topology: Topology, probabilities: Matrix) {
        var unused = SeededGenerator(seed: 0)
        let probabilities = Tensor.withoutTape { self(problem, query, training: false, generator: &unused).probabilities.value }
        let draw = problem.sampler.decode(probabilities, threshold: configuration.decodingThreshold, rounds: configuration.rounds)
        return (draw.topology, probabilities)
    }

    /// `count` graphs drawn from the noise-free probabilities for `query`.
    /// - Complexity: one pass plus `count` draws.
    public func sample(_ problem: DesignProblem, _ query: DesignQuery, count: Int,
                       generator: inout SeededGenerator) -> [EdgeSampler.Draw] {
        var unused = SeededGenerator(seed: 0)
        let probabilities = Tensor.withoutTape { self(problem, query, training: false, generator: &unused).probabilities.value }
        return (0 ..< count).map { _ in
            problem.sampler.sample(probabilities, rounds: configuration.rounds, using: &generator)
        }
    }
}
