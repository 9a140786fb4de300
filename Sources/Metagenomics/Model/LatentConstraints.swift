import Foundation
import GNN
import GraphCore

/// Pair constraints added to the VAE's loss, in the spirit of SemiBin's semi-supervised
/// embedding (Pan et al., Nature Communications 2022): contigs that must differ (they share a
/// single-copy marker gene) are pushed apart in cosine terms, contigs that the assembly graph
/// joins with agreeing depths are pulled together. For the pairs with both contigs in a batch,
///
///     w_cl · mean_{cannot-link} max(0, cos(μ_i, μ_j) − m_cl) + w_ml · mean_{must-link} max(0, m_ml − cos(μ_i, μ_j))
///
/// is added to the batch loss; only pairs on the wrong side of their margin pay, so the rest of
/// the latent is left to the reconstruction.
public struct LatentConstraints: Sendable {
    /// Weights and margins.
    public struct Options: Sendable {
        /// Weight of the cannot-link term (0 turns it off).
        public var cannotLinkWeight: Float = 0
        /// Cosine similarity above which a cannot-link pair pays.
        public var cannotLinkMargin: Float = 0.8
        /// Weight of the must-link term (0 turns it off).
        public var mustLinkWeight: Float = 0
        /// Cosine similarity below which a must-link pair pays.
        public var mustLinkMargin: Float = 0.95
        /// Largest depth ratio (in every sample) at which a graph edge becomes a must-link.
        public var mustLinkDepthRatio: Float = 1.1

        /// Both terms off. - Complexity: O(1)
        public init() {}
    }

    public let options: Options
    /// Contig pairs pushed apart.
    public let cannotLink: ContigPairs
    /// Contig pairs pulled together.
    public let mustLink: ContigPairs

    /// Constraints from the must-differ pairs and from the `edges` whose two contigs' depths
    /// differ by at most `options.mustLinkDepthRatio` in every sample (`depths`: contigs × samples).
    /// A term whose weight is 0 gets no pairs. - Complexity: O(pairs × samples)
    public init(mustDiffer: ContigPairs, edges: ContigPairs, depths: Matrix, options: Options) {
        self.options = options
        cannotLink = options.cannotLinkWeight > 0 ? mustDiffer : ContigPairs()
        var linked = ContigPairs()
        if options.mustLinkWeight > 0 {
            let limit = Foundation.log(max(options.mustLinkDepthRatio, 1))
            for (a, b) in zip(edges.first, edges.second) {
                let agree = (0 ..< depths.columns).allSatisfy { s in
                    abs(Foundation.log((depths[Int(a), s] + 1e-3) / (depths[Int(b), s] + 1e-3))) <= limit
                }
                if agree { linked.append(a, b) }
            }
        }
        mustLink = linked
    }

    /// Whether any term is on. - Complexity: O(1)
    public var isActive: Bool { cannotLink.count + mustLink.count > 0 }

    /// The penalty of the latent means `mean` of the batch `rows` (contig indices, in row
    /// order), `nil` when no pair lies within the batch. `slot` is scratch of one entry per
    /// contig, all −1, and is left that way. - Complexity: O(pairs + rows + in-batch pairs × latent)
    func penalty(_ mean: Tensor, rows: [Int32], slot: inout [Int32]) -> Tensor? {
        for (k, contig) in rows.enumerated() { slot[Int(contig)] = Int32(k) }
        defer { for contig in rows { slot[Int(contig)] = -1 } }
        var total: Tensor?
        func add(_ term: Tensor) { total = total.map { $0 + term } ?? term }
        if let (first, second) = LatentConstraints.within(cannotLink, slot) {
            add((mean.pairCosines(first, second) - options.cannotLinkMargin).relu().mean() * options.cannotLinkWeight)
        }
        if let (first, second) = LatentConstraints.within(mustLink, slot) {
            add((options.mustLinkMargin - mean.pairCosines(first, second)).relu().mean() * options.mustLinkWeight)
        }
        return total
    }

    /// The batch positions of the pairs with both contigs in the batch, `nil` for none.
    private static func within(_ pairs: ContigPairs, _ slot: [Int32]) -> ([Int32], [Int32])? {
        var first: [Int32] = [], second: [Int32] = []
        for (a, b) in zip(pairs.first, pairs.second) where slot[Int(a)] >= 0 && slot[Int(b)] >= 0 {
            first.append(slot[Int(a)])
            second.append(slot[Int(b)])
        }
        return first.isEmpty ? nil : (first, second)
    }
}
