import EDA
import GNN
import GraphCore

/// Masked gate modeling in latent space (MGVGA, Wu et al., ICLR 2025): the embeddings of a
/// share of gates are replaced by one learned mask token, and a light decoder — one
/// mean-aggregation hop over the fanin graph and three linear heads — reconstructs each masked
/// gate's ``GateAttributes`` from its neighbours' embeddings.
///
/// Unlike MGVGA, the encoder does not see the masked gates' attributes
/// (``Visibility/hidden``, ``PreparedCircuit/hiding(_:)``): run on the unchanged circuit, a
/// neighbour's embedding is computed from the masked gate's kind and fanin inversions, which
/// would hand the decoder the answer. ``CircuitModel/maskedGateLogits(_:masked:visibility:)``
/// runs both steps.
///
/// **Shapes:** embeddings `M × W`; `token` `1 × W`; `hop` `2W → H`; heads `H → classes`.
public struct MaskedGateModel: Layer {
    /// `1 × W`, the mask token.
    public let token: Tensor
    /// `[z, mean of neighbours' z]` → `H`.
    public let hop: Linear
    /// `H → 3` kind logits.
    public let kindHead: Linear
    /// `H → 4` inversion logits.
    public let inversionHead: Linear
    /// `H → 5` fanout-bucket logits.
    public let fanoutHead: Linear

    /// A model over existing layers. - Complexity: O(1)
    public init(token: Tensor, hop: Linear, kindHead: Linear, inversionHead: Linear, fanoutHead: Linear) {
        self.token = token
        self.hop = hop
        self.kindHead = kindHead
        self.inversionHead = inversionHead
        self.fanoutHead = fanoutHead
    }

    /// The logits of the three heads for the rows `masked` of embeddings `z` of a circuit
    /// whose fanin graph is `graph`, after those rows were replaced by the token.
    /// - Complexity: O(E × W + M × W × H)
    public func callAsFunction(_ input: (z: Tensor, masked: [Int32], graph: MessageGraph)) -> (kind: Tensor, inversions: Tensor, fanout: Tensor) {
        let z = MaskedGateModel.replacing(input.masked, of: input.z, with: token)
        let hidden = hop(Tensor.concatColumns([z, z.spmm(input.graph.meanOperator)])).relu().gatherRows(input.masked)
        return (kindHead(hidden), inversionHead(hidden), fanoutHead(hidden))
    }

    /// `z` with the rows `masked` replaced by `token` (and no gradient reaching `z` through
    /// them), as `z ⊙ (1 − m) + m ⊙ token` for the 0/1 mask column `m`.
    /// - Complexity: O(M × W)
    public static func replacing(_ masked: [Int32], of z: Tensor, with token: Tensor) -> Tensor {
        var column = Matrix(rows: z.rows, columns: 1)
        for v in masked { column[Int(v), 0] = 1 }
        let m = Tensor(column, name: "mask")
        return z * (1 - m) + m * token
    }

    /// What the encoder sees of the masked gates.
    public enum Visibility: String, Sendable, Codable, CaseIterable {
        /// Their attributes are hidden from the encoder (``PreparedCircuit/hiding(_:)``): the
        /// objective as trained and reported.
        case hidden
        /// The encoder sees the unchanged circuit and only the latent rows are masked (MGVGA's
        /// protocol): the masked gates' attributes reach their neighbours' embeddings, so this
        /// measures the leak, as a control.
        case visible
    }

    /// A seeded choice of `ratio` of the candidates (at least one when any exist), increasing.
    /// - Complexity: O(candidates)
    public static func choose(ratio: Double, of candidates: [Int32], using generator: inout SeededGenerator) -> [Int32] {
        guard !candidates.isEmpty else { return [] }
        let count = max(1, min(candidates.count, Int((ratio * Double(candidates.count)).rounded())))
        var pool = candidates
        for i in 0 ..< count {  // partial Fisher–Yates
            let j = i + generator.nextIndex(below: pool.count - i)
            pool.swapAt(i, j)
        }
        return pool.prefix(count).sorted()
    }

    /// The summed cross-entropy of the three heads on the masked rows.
    /// - Complexity: O(masked × classes)
    public func loss(_ logits: (kind: Tensor, inversions: Tensor, fanout: Tensor), masked: [Int32],
                     attributes: GateAttributes) -> Tensor {
        let pick = { (labels: [Int]) in masked.map { labels[Int($0)] } }
        return Losses.crossEntropy(logProbabilities: logits.kind.logSoftmax(), labels: pick(attributes.kind))
            + Losses.crossEntropy(logProbabilities: logits.inversions.logSoftmax(), labels: pick(attributes.inversions))
            + Losses.crossEntropy(logProbabilities: logits.fanout.logSoftmax(), labels: pick(attributes.fanout))
    }

    /// `token`, `hop.*` and the heads.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("token", token)] + hop.namedParameters.prefixed("hop")
            + kindHead.namedParameters.prefixed("kindHead") + inversionHead.namedParameters.prefixed("inversionHead")
            + fanoutHead.namedParameters.prefixed("fanoutHead")
    }
}

extension MaskedGateModel {
    /// A fresh decoder for `width`-wide embeddings with a `hidden`-wide hop.
    /// - Complexity: O(width × hidden)
    public init(width: Int, hidden: Int, generator: inout SeededGenerator) {
        self.init(token: .parameter(Initializers.glorotUniform(1, width, using: &generator), name: "token"),
                  hop: Linear(inputSize: 2 * width, outputSize: hidden, generator: &generator),
                  kindHead: Linear(inputSize: hidden, outputSize: GateAttributes.kindNames.count, generator: &generator),
                  inversionHead: Linear(inputSize: hidden, outputSize: GateAttributes.inversionNames.count, generator: &generator),
                  fanoutHead: Linear(inputSize: hidden, outputSize: GateAttributes.fanoutNames.count, generator: &generator))
    }
}
