import CMetis
import GraphCore
import Synchronization

/// Graph partitioning with METIS (Karypis & Kumar, "A Fast and High Quality Multilevel Scheme for
/// Partitioning Irregular Graphs", SIAM J. Sci. Comput. 20(1), 1998), the partitioner DistDGL and
/// PyG's `ClusterData` use: k-way multilevel partitioning minimising the edge cut, with balanced
/// part sizes (METIS's default 3% imbalance).
public enum METIS {
    /// METIS draws from the C library's one global random stream (`srand`/`rand`), so two calls
    /// at once would disturb each other's seeded choices: calls take turns.
    private static let turn = Mutex(())

    /// A k-way partition: the part of every node and the edge cut METIS reports.
    public struct Result: Equatable, Sendable {
        /// The part, `0 ..< parts`, of every node.
        public let membership: [Int32]
        /// Edges of the symmetrised graph (each undirected edge once, no self-loops) whose ends
        /// lie in different parts: METIS's objective value.
        public let edgeCut: Int
    }

    /// Partitions `graph` into `parts` parts. Edges are taken in both directions (METIS needs a
    /// symmetric graph), self-loops and duplicates dropped, weights ignored; `seed` fixes METIS's
    /// random choices, so a partition is reproducible (calls from several threads are serialised).
    ///
    /// - Throws: ``PartitionError/invalid(reason:)`` for `parts` outside `1 ... nodeCount`;
    ///   ``PartitionError/metis(call:status:)`` when METIS fails.
    /// - Complexity: O(V + E) to symmetrise, then METIS's O((V + E) log parts).
    public static func partition(_ graph: Graph, parts: Int, seed: Int32 = 0) throws -> Result {
        guard parts >= 1, parts <= max(graph.nodeCount, 1) else {
            throw PartitionError.invalid(reason: "cannot split \(graph.nodeCount) nodes into \(parts) parts; pass --parts between 1 and the node count")
        }
        guard parts > 1 else { return Result(membership: [Int32](repeating: 0, count: graph.nodeCount), edgeCut: 0) }
        let symmetric = try GraphBuilder.build(
            nodeCount: graph.nodeCount, sources: graph.edgeSources(), targets: graph.targets,
            options: .init(directed: false, dropDuplicates: true, dropSelfLoops: true))
        var vertices = idx_t(graph.nodeCount), constraints: idx_t = 1, partCount = idx_t(parts), cut: idx_t = 0
        var offsets = (0 ... graph.nodeCount).map { idx_t(symmetric.offsets[$0]) }
        var adjacency = symmetric.targets.map { idx_t($0) }
        var options = [idx_t](repeating: 0, count: Int(METIS_NOPTIONS))
        METIS_SetDefaultOptions(&options)
        options[Int(METIS_OPTION_SEED.rawValue)] = idx_t(seed)
        var membership = [idx_t](repeating: 0, count: graph.nodeCount)
        let status = turn.withLock { _ in
            METIS_PartGraphKway(&vertices, &constraints, &offsets, &adjacency, nil, nil, nil,
                                &partCount, nil, nil, &options, &cut, &membership)
        }
        guard status == METIS_OK.rawValue else { throw PartitionError.metis(call: "METIS_PartGraphKway", status: status) }
        return Result(membership: membership.map { Int32($0) }, edgeCut: Int(cut))
    }
}
