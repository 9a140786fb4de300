/// Sizes, weights and constants of the designer and its training; the defaults are the paper's
/// where it gives them (τ = 0.01, ζ = 0.1, M = 10).
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
    public var temperature: Float = 0.01
    /// Weight ζ of the nuclear-norm sparsity loss `‖W‖_*`.
    public var sparsityWeight: Float = 0.1
    /// Weight of the anchor loss `½‖S − S̃‖²_F + ½‖A_anchor − S̃‖²_F`.
    public var anchorWeight: Float = 1
    /// Weight of the VGAE's KL term.
    public var klWeight: Float = 0.01
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

    /// The defaults. - Complexity: O(1)
    public init() {}
}
