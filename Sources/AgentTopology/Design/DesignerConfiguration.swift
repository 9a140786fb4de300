import Foundation

/// Sizes, weights and constants of the designer and its training. The defaults are the settings
/// chosen on the debate simulator's validation seeds (BENCHMARKS.md): the paper's architecture
/// with τ = 1, edges drawn from the sketch, no anchor, sparsity or KL loss, a leave-one-out
/// baseline, an annealed entropy bonus, and the best of the checkpoints every 100 steps kept.
/// ``paper`` has the paper's settings (τ = 0.01, ζ = 0.1, anchor weight 1, the refined head, a
/// running baseline); M = 10 in both.
public struct DesignerConfiguration: Codable, Equatable, Sendable {
    /// Hidden width of the GCN encoder.
    public var hiddenSize = 32
    /// Width of the node embeddings `h` (μ and log σ).
    public var latentSize = 16
    /// Hidden width of the sketch FFN.
    public var sketchHiddenSize = 32
    /// Rank `r` of the refinement `Z W Zᵀ`; `nil` for the number of agents.
    public var rank: Int?
    /// Temperature τ of the binary-concrete relaxation.
    public var temperature: Float = 1
    /// Weight ζ of the nuclear-norm sparsity loss `‖W‖_*`.
    public var sparsityWeight: Float = 0
    /// Weight of the anchor loss `½‖S − S̃‖²_F + ½‖A_anchor − S̃‖²_F`.
    public var anchorWeight: Float = 0
    /// Weight of the VGAE's KL term.
    public var klWeight: Float = 0
    /// Graphs sampled per query (M).
    public var samplesPerQuery = 10
    /// Reward is `utility − costWeight × cost`.
    public var costWeight: Float = 0
    /// Momentum of the running reward baseline `b` (kept per query).
    public var baselineMomentum: Float = 0.9
    /// δ: edge probabilities stay in `[δ, 1 − δ]`, so log-probabilities stay finite.
    public var probabilityFloor: Float = 1e-3
    /// κ in `P = δ + (1 − 2δ) σ(κ (S̃ − ½))` (``TopologyDesigner``): `S̃ = 0` and `1` map to
    /// about 0.12 and 0.88.
    public var probabilitySharpness: Float = 4
    /// Adam learning rate.
    public var learningRate: Float = 0.01
    /// Gradient norm clip per step.
    public var maxGradientNorm: Float = 5
    /// Threshold of the deterministic decoding.
    public var decodingThreshold: Float = 0.5
    /// Whether training passes draw the VGAE's and the binary concrete's noise (the paper), or
    /// use `h = μ` and ε = ½ as at inference. Off by default: at τ = 0.01 the noise redraws the
    /// binary sketch, hence the basis `Z`, on every pass, so `W` means something different each
    /// step and REINFORCE did not converge (see the target-chain test); without it `Z` is a
    /// fixed function of the weights.
    public var noisyTraining = false
    /// Rounds of the designed topologies.
    public var rounds = 1
    /// Which matrix the edges are drawn from.
    public var edgeHead = EdgeHead.sketch
    /// What the REINFORCE advantage subtracts from a reward.
    public var rewardBaseline = RewardBaseline.leaveOneOut
    /// Whether the advantages of a step are divided by the standard deviation of its rewards.
    public var normalizeAdvantages = false
    /// Weight of the entropy bonus: the loss subtracts this times the entropy of the candidate
    /// edges' Bernoulli decisions, which keeps them from settling before the reward is clear.
    public var entropyWeight: Float = 0.02
    /// Whether the entropy weight decays to 0 over the training steps (cosine): the bonus keeps
    /// the edges open while the rewards are learnt, and its end lets the policy commit.
    public var entropyAnnealing = true
    /// When set, the learning rate decays to this over the training steps (cosine).
    public var finalLearningRate: Float?
    /// Every this many steps, and after the last, training scores the decoded designs with the
    /// training utility (``selectionCalls`` calls per query) and keeps the best weights at the
    /// end (``DesignerTrainer/train(_:steps:utility:generator:report:)``); 0 turns it off. A
    /// policy whose edges all collapse to off late in training then keeps its earlier design
    /// (chosen on the simulator's validation seeds: BENCHMARKS.md).
    public var checkpointInterval = 100
    /// Utility calls per query that score a checkpoint's decoded design.
    public var selectionCalls = 16
    /// Trainings from fresh initial weights; the best checkpoint of all of them is kept.
    public var restarts = 1

    /// Which matrix the edge probabilities come from.
    public enum EdgeHead: String, Codable, Sendable, CaseIterable {
        /// The paper: the refined `S̃ = Z W Zᵀ`, mapped into probabilities.
        case refined
        /// The sketch `S = σ(ϖ / τ)` itself (ε = ½), skipping the refinement: the query reaches
        /// every edge through the FFN `ϖ_ij = FFN([h_i, h_j, h_task])`. The anchor and sparsity
        /// losses still apply when weighted.
        case sketch
    }

    /// The baseline `b` of the advantage `r − b`.
    public enum RewardBaseline: String, Codable, Sendable, CaseIterable {
        /// The paper: a running mean of the query's rewards.
        case running
        /// The mean of the step's other `M − 1` rewards (leave-one-out; unbiased, and with a
        /// utility that plays the `M` graphs on one query instance it cancels the instance's
        /// difficulty).
        case leaveOneOut = "leave-one-out"
    }

    /// The defaults. - Complexity: O(1)
    public init() {}
}

extension DesignerConfiguration {
    /// The paper's method with its settings: τ = 0.01, ζ = 0.1, anchor weight 1, the refined
    /// head, a running baseline, M = 10, no entropy bonus, no annealing and no checkpoint selection
    /// or restarts. Checkpoints saved
    /// before a field existed trained with these values.
    public static var paper: DesignerConfiguration {
        var c = DesignerConfiguration()
        c.temperature = 0.01
        c.sparsityWeight = 0.1
        c.anchorWeight = 1
        c.klWeight = 0.01
        c.samplesPerQuery = 10
        c.learningRate = 0.01
        c.edgeHead = .refined
        c.rewardBaseline = .running
        c.normalizeAdvantages = false
        c.entropyWeight = 0
        c.entropyAnnealing = false
        c.finalLearningRate = nil
        c.checkpointInterval = 0
        c.restarts = 1
        return c
    }

    /// The configuration a checkpoint stored as JSON, from any version: a field it lacks (saved
    /// before the field existed) takes the value those versions trained with, the paper's
    /// (``paper``), not today's default.
    /// - Throws: `DecodingError` when the text is not a JSON object of configuration fields, or
    ///   a field is out of range (``limits``), naming it.
    /// - Complexity: O(text length)
    public static func decoding(json text: String) throws -> DesignerConfiguration {
        let decoder = JSONDecoder(), encoder = JSONEncoder()
        guard let stored = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any],
              var merged = try JSONSerialization.jsonObject(with: encoder.encode(DesignerConfiguration.paper)) as? [String: Any] else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "a designer configuration is a JSON object"))
        }
        merged.merge(stored) { _, saved in saved }
        let c = try decoder.decode(DesignerConfiguration.self, from: JSONSerialization.data(withJSONObject: merged))
        if let field = c.outOfRangeField {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "configuration field '\(field)' is out of range"))
        }
        return c
    }

    /// Widths, `M`, rounds, rank and the selection's counts accepted from a file (a saved designer is rebuilt from them).
    public static let limits = (width: 1 ... 4096, samplesPerQuery: 1 ... 100_000, rounds: 1 ... 1000, rank: 1 ... 4096,
                                checkpointInterval: 0 ... 1_000_000_000, selectionCalls: 1 ... 100_000, restarts: 1 ... 1000)

    /// The first field outside its range (``limits``; weights non-negative, τ and rates
    /// positive, δ in [0, ½), all finite), or `nil`. - Complexity: O(1)
    var outOfRangeField: String? {
        let l = DesignerConfiguration.limits
        let checks: [(String, Bool)] = [
            ("hiddenSize", l.width.contains(hiddenSize)), ("latentSize", l.width.contains(latentSize)),
            ("sketchHiddenSize", l.width.contains(sketchHiddenSize)), ("rank", rank.map(l.rank.contains) ?? true),
            ("samplesPerQuery", l.samplesPerQuery.contains(samplesPerQuery)), ("rounds", l.rounds.contains(rounds)),
            ("checkpointInterval", l.checkpointInterval.contains(checkpointInterval)),
            ("selectionCalls", l.selectionCalls.contains(selectionCalls)), ("restarts", l.restarts.contains(restarts)),
            ("temperature", temperature > 0 && temperature.isFinite), ("learningRate", learningRate > 0 && learningRate.isFinite),
            ("finalLearningRate", finalLearningRate.map { $0 > 0 && $0.isFinite } ?? true),
            ("probabilityFloor", probabilityFloor >= 0 && probabilityFloor < 0.5),
            ("baselineMomentum", baselineMomentum >= 0 && baselineMomentum <= 1),
            ("weights", [sparsityWeight, anchorWeight, klWeight, costWeight, entropyWeight, maxGradientNorm, probabilitySharpness]
                .allSatisfy { $0 >= 0 && $0.isFinite }),
            ("decodingThreshold", decodingThreshold >= 0 && decodingThreshold <= 1),
        ]
        return checks.first { !$0.1 }?.0
    }
}
