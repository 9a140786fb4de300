import Foundation
import GraphCore

/// A graph prepared for message passing, in the flat form of jraph's `GraphsTuple`: edge `e`
/// carries a message from `senders[e]` to `receivers[e]`, edges sorted by receiver, absolute
/// node indices. An edge `j → i` of the source `Graph` sends `j`'s features to `i` (PyG's
/// `source_to_target` flow); an undirected graph sends both ways.
///
/// The sparse operators the layers need (sum, mean, GCN normalisation, attention structure) are
/// built on first use and cached, so each costs O(V + E) once per graph, not once per epoch.
/// `MessageGraph` is a class so that the caches are shared by every layer and step; it is safe
/// to use from several threads.
public final class MessageGraph: @unchecked Sendable {
    /// The graph as given.
    public let graph: Graph
    /// Number of nodes. - Complexity: O(1)
    public var nodeCount: Int { graph.nodeCount }
    /// Threads used by the sparse products.
    public let threads: Int

    private let lock = NSRecursiveLock()
    private var cache: [String: Any] = [:]

    /// Prepares `graph` (edge weights, if any, weight the sum and mean aggregations).
    /// - Complexity: O(1); operators are built lazily.
    public init(_ graph: Graph, threads: Int = Parallel.coreCount) {
        self.graph = graph
        self.threads = threads
    }

    /// The edges by receiver: row `i` lists the senders of `i`'s incoming messages.
    /// - Complexity: O(V + E) on first use (O(1) for an undirected graph), then O(1).
    public var incoming: Graph { cached("incoming") { graph.transposed() } }

    /// The sender of every incoming edge, in ``incoming`` order. - Complexity: O(1) after first use.
    public var senders: [Int32] { incoming.targets }

    /// The receiver of every incoming edge, non-decreasing. - Complexity: O(V + E) on first use.
    public var receivers: [Int32] { cached("receivers") { incoming.edgeSources() } }

    /// For each incoming edge (in ``senders`` order), the index of the same edge in ``graph``'s
    /// CSR order: `sourceRows.gatherRows(incomingEdgeIndices)` puts per-edge data given in the
    /// source graph's order into message order. - Complexity: O(V + E) on first use.
    public var incomingEdgeIndices: [Int32] {
        cached("incomingEdgeIndices") {
            graph.isDirected ? graph.transposedWithPermutation().permutation.map { Int32($0) }
                : (0 ..< graph.edgeCount).map { Int32($0) }
        }
    }

    /// Sum aggregation `Σ_{j→i} w_ji x_j`. - Complexity: O(V + E) on first use.
    public var sumOperator: SparseOperator {
        cached("sum") { SparseOperator(incoming, threads: threads) }
    }

    /// Mean aggregation over incoming edges, `D⁻¹ A` (rows without incoming edges give 0).
    /// - Complexity: O(V + E) on first use.
    public var meanOperator: SparseOperator {
        cached("mean") { SparseOperator(incoming.rowNormalized(), threads: threads) }
    }

    /// The GCN operator `D^-1/2 (A + I) D^-1/2` (Kipf & Welling 2017) for incoming messages,
    /// degrees counted at the receiver with self-loops, as PyG's `gcn_norm`.
    /// - Complexity: O(V + E) on first use.
    public var gcnOperator: SparseOperator {
        cached("gcn") { SparseOperator(graph.gcnNormalized().transposed(), threads: threads) }
    }

    /// Incoming edges with a self-loop on every node (the structure GAT attends over), with the
    /// receiver of each of its edges. - Complexity: O(V + E) on first use.
    public var attentionStructure: (operator: SparseOperator, receivers: [Int32], senders: [Int32]) {
        cached("attention") {
            let looped = graph.withSelfLoops().transposed().replacingWeights(nil)
            return (SparseOperator(looped, threads: threads), looped.edgeSources(), looped.targets)
        }
    }

    /// The value cached under `key`, built by `build` on first use (thread-safe).
    func cached<T>(_ key: String, _ build: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        if let hit = cache[key] as? T { return hit }
        let made = build()
        cache[key] = made
        return made
    }
}
