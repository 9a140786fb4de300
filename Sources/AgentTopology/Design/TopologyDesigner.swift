import GNN
import GraphCore

/// G-Designer (Zhang et al., "G-Designer: Architecting Multi-agent Communication Topologies via
/// Graph Neural Networks", ICML 2025, arXiv:2410.11782), with the paper's whole method:
///
/// 1. **Task virtual node**: `x_task` joins the agents as node `N`, linked both ways to every
///    agent; the agents are also linked (both ways) along the anchor topology.
/// 2. **Encoder**: a VGAE with a two-layer GCN, `μ = GCN_μ(X̃, Ã)`, `log σ = GCN_σ(X̃, Ã)`,
///    `h = μ + ε σ` while training (`h = μ` otherwise), and its KL term.
/// 3. **Sketch**: `ϖ_ij = FFN([h_i, h_j, h_task])` and the binary-concrete relaxation
///    `S_ij = σ((log ε − log(1 − ε) + ϖ_ij) / τ)` (ε = ½ when not training), diagonal zeroed.
/// 4. **Refinement**: `S̃ = Z W Zᵀ` with `Z` the top-`r` left singular vectors of `S` and `W`
///    learnable `r × r`; losses `½‖S − S̃‖²_F + ½‖A_anchor − S̃‖²_F` and `ζ‖W‖_*`.
/// 5. **Edge probabilities** for the ``EdgeSampler``: `P = δ + (1 − 2δ) σ(κ (S̃ − ½))`, a
///    smooth, monotone map of `S̃` into `(δ, 1 − δ)` that crosses ½ where `S̃` does. The paper
///    draws Bernoulli(`S̃`) directly; `S̃ = Z W Zᵀ` is unbounded, and a hard clamp into [0, 1]
///    would stop the policy gradient of every entry outside it (at the start, `W = I` makes
///    every off-diagonal entry 0 exactly), so the map keeps it alive. With
///    ``DesignerConfiguration/EdgeHead/sketch`` (a deviation, not the paper) the edges are
///    drawn from `P = δ + (1 − 2δ) S` instead: `S̃` has the query only through the basis `Z`
///    (with `r = N` and `W = I`, `Z W Zᵀ = I` whatever `S` is), while `S` has it in every entry.
///
/// **Shapes:** agents `N × D`, task `1 × D`; `S`, `S̃`, `P` are `N × N`.
public struct TopologyDesigner: Parameterized {
    public let configuration: DesignerConfiguration
    /// Number of agents `N` and feature width `D` it was built for.
    public let agentCount: Int, featureWidth: Int
    /// The VGAE (its encoder and reparameterisation are reused as they are).
    let autoencoder: GraphAutoencoder
    /// The sketch FFN, `3 × latent → hidden → 1`.
    let sketchHidden: Linear, sketchOutput: Linear
    /// `W`, `r × r`, initialised to the identity.
    public let refinement: Tensor

    /// A freshly initialised designer. - Complexity: O(D × hidden + latent × sketch hidden + r²)
    public init(agentCount: Int, featureWidth: Int, configuration: DesignerConfiguration = .init(),
                generator: inout SeededGenerator) {
        let c = configuration
        let rank = c.rank ?? agentCount
        precondition(rank >= 1 && rank <= agentCount, "rank \(rank) outside 1...\(agentCount)")
        self.configuration = c
        self.agentCount = agentCount
        self.featureWidth = featureWidth
        autoencoder = GraphAutoencoder(kind: .vgae, inputSize: featureWidth, hiddenSize: c.hiddenSize,
                                       latentSize: c.latentSize, generator: &generator)
        sketchHidden = Linear(inputSize: 3 * c.latentSize, outputSize: c.sketchHiddenSize, generator: &generator)
        sketchOutput = Linear(inputSize: c.sketchHiddenSize, outputSize: 1, generator: &generator)
        refinement = .parameter(.identity(rank), name: "refinement")
    }

    /// One forward pass and its pieces.
    public struct Pass {
        /// The sketch `S` and the refined `S̃`.
        public let sketch: Tensor, refined: Tensor
        /// `P = δ + (1 − 2δ) σ(κ (S̃ − ½))`.
        public let probabilities: Tensor
        /// Anchor loss, nuclear norm of `W` and KL term (unweighted).
        public let anchorLoss: Tensor, sparsityLoss: Tensor, klLoss: Tensor

        /// `anchorWeight · anchor + ζ · sparsity + klWeight · KL`. - Complexity: O(1)
        public func regularizer(_ c: DesignerConfiguration) -> Tensor {
            c.anchorWeight * anchorLoss + c.sparsityWeight * sparsityLoss + c.klWeight * klLoss
        }
    }

    /// Designs edge probabilities for `query` (sampling the VGAE and the concrete noise when
    /// `training`). - Complexity: O(N² × (latent × sketch hidden) + N³ + GCN cost)
    public func callAsFunction(_ problem: DesignProblem, _ query: DesignQuery, training: Bool,
                               generator: inout SeededGenerator) -> Pass {
        let n = agentCount
        precondition(problem.agentCount == n && problem.featureWidth == featureWidth && query.task.columns == featureWidth,
                     "the designer was built for \(n) agents with \(featureWidth) features")
        let graph = MessageGraph(TopologyDesigner.encoderGraph(problem.anchor), threads: 1)
        let features = NodeFeatures.dense(TopologyDesigner.stack(problem.agentFeatures, query.task))
        let (h, mean, logStd) = autoencoder.encode(features, graph, training: training, generator: &generator)

        var sources: [Int32] = [], targets: [Int32] = []
        for i in 0 ..< n { for j in 0 ..< n { sources.append(Int32(i)); targets.append(Int32(j)) } }
        let pairs = Tensor.concatColumns([h.gatherRows(sources), h.gatherRows(targets),
                                          h.gatherRows([Int32](repeating: Int32(n), count: n * n))])
        let logits = sketchOutput(sketchHidden(pairs).relu()).reshaped(rows: n, columns: n)
        let noise = logits.value.map { _ in training ? TopologyDesigner.openUnit(&generator) : 0.5 }
        let offDiagonal = Matrix(rows: n, columns: n, repeating: 1) - .identity(n)
        let sketch = logits.binaryConcrete(noise: noise, temperature: configuration.temperature)
            * Tensor(offDiagonal, name: "offDiagonal")

        let z = sketch.leftSingularVectors(rank: refinement.rows)
        let refined = z.matmul(refinement).matmul(z, transposeOther: true)
        let floor = configuration.probabilityFloor
        let anchorLoss = 0.5 * (sketch - refined).squared().sum()
            + 0.5 * (Tensor(problem.anchor, name: "anchor") - refined).squared().sum()
        let probabilities = switch configuration.edgeHead {
        case .refined: floor + (1 - 2 * floor) * (configuration.probabilitySharpness * (refined - 0.5)).sigmoid()
        case .sketch: floor + (1 - 2 * floor) * sketch
        }
        return Pass(sketch: sketch, refined: refined, probabilities: probabilities,
                    anchorLoss: anchorLoss, sparsityLoss: refinement.nuclearNorm(),
                    klLoss: Losses.klDivergence(mu: mean, logstd: logStd!))  // variational by construction
    }

    /// `encoder.*`, `sketch.0.*`, `sketch.2.*`, `refinement`.
    public var namedParameters: [NamedParameter] {
        autoencoder.namedParameters + sketchHidden.namedParameters.prefixed("sketch.0")
            + sketchOutput.namedParameters.prefixed("sketch.2") + [NamedParameter("refinement", refinement)]
    }

    /// The anchor's agent pairs both ways, plus the task node `N` both ways to every agent.
    static func encoderGraph(_ anchor: Matrix) -> Graph {
        let n = anchor.rows
        var builder = GraphBuilder(nodeCount: n + 1)
        for i in 0 ..< n {
            for j in 0 ..< n where i != j && anchor[i, j] != 0 {
                builder.addEdge(i, j)
                builder.addEdge(j, i)
            }
            builder.addEdge(i, n)
            builder.addEdge(n, i)
        }
        return try! builder.build()  // node numbers are in range by construction
    }

    /// The agents' rows followed by the task row.
    static func stack(_ agents: Matrix, _ task: Matrix) -> Matrix {
        try! Matrix(rows: agents.rows + 1, columns: agents.columns, values: agents.values + task.values)
    }

    /// A uniform draw in the open interval (0, 1).
    static func openUnit(_ generator: inout SeededGenerator) -> Float {
        min(max(generator.nextUnitFloat(), 1e-6), 1 - 1e-6)
    }
}
