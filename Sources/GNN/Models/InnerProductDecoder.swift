import GraphCore

/// The inner-product decoder of GAE/VGAE: the logit of edge `(u, v)` is `⟨z_u, z_v⟩`, its
/// probability `σ(⟨z_u, z_v⟩)`.
public enum InnerProductDecoder {
    /// The logit of each edge, `E × 1`. - Complexity: O(E × latent), O(E) extra memory.
    public static func logits(_ z: Tensor, _ edges: EdgeList) -> Tensor {
        z.edgeInnerProducts(sources: edges.sources, targets: edges.targets)
    }

    /// The logit of each edge, without a tape (for evaluation). - Complexity: O(E × latent)
    public static func scores(_ z: Matrix, _ edges: EdgeList) -> [Float] {
        zip(edges.sources, edges.targets).map { u, v in
            zip(z.row(Int(u)), z.row(Int(v))).reduce(0) { $0 + $1.0 * $1.1 }
        }
    }
}
