import GraphCore

/// Synthetic anomalies planted into a graph, by the protocol of DOMINANT (Ding et al. 2019) as
/// PyGOD's generators implement it, so that a detector's ROC-AUC can be measured:
///
/// - **structural**: `cliqueCount` disjoint groups of `cliqueSize` random nodes, each group made a
///   clique (edges added between every pair not yet joined);
/// - **contextual**: `contextualCount` random nodes; for each, `candidates` random nodes are
///   drawn and the node takes the attributes of the candidate farthest from it in Euclidean
///   distance (the first such candidate on ties).
///
/// The two kinds are drawn independently, so a node may be both. Every draw comes from the
/// generator passed in: the same seed plants the same anomalies.
public enum AnomalyInjection {
    /// How many anomalies of each kind.
    public struct Options: Sendable, Equatable {
        public var cliqueCount: Int
        public var cliqueSize: Int
        public var contextualCount: Int
        /// Nodes drawn per contextual anomaly, among which the farthest lends its attributes.
        public var candidates: Int

        /// The counts; the defaults (5 cliques of 15, 75 contextual with 50 candidates) plant
        /// about 5 % anomalies into Cora's 2708 nodes, with the paper's clique size.
        /// - Complexity: O(1)
        public init(cliqueCount: Int = 5, cliqueSize: Int = 15, contextualCount: Int = 75, candidates: Int = 50) {
            self.cliqueCount = cliqueCount
            self.cliqueSize = cliqueSize
            self.contextualCount = contextualCount
            self.candidates = candidates
        }
    }

    /// A graph with planted anomalies.
    public struct Result: Sendable {
        /// The undirected graph with the clique edges added.
        public let graph: Graph
        /// The features with the contextual anomalies' rows replaced.
        public let features: Matrix
        /// Clique members: clique `k` is `structural[k·cliqueSize ..< (k+1)·cliqueSize]`.
        public let structural: [Int32]
        /// The nodes whose attributes were replaced, in the order drawn.
        public let contextual: [Int32]

        /// Whether each node is anomalous (of either kind). - Complexity: O(V)
        public var isAnomalous: [Bool] {
            var flags = [Bool](repeating: false, count: graph.nodeCount)
            for node in structural + contextual { flags[Int(node)] = true }
            return flags
        }
    }

    /// Plants anomalies into the undirected `graph` with `features` (`V × C`).
    /// - Precondition: `graph` is undirected, `features` has a row per node, and each kind's
    ///   draw fits: `cliqueCount × cliqueSize ≤ V`, `contextualCount ≤ V`, `1 ≤ candidates ≤ V`.
    /// - Complexity: O(V + E log d + cliqueCount × cliqueSize² + contextualCount × candidates × C)
    public static func inject(into graph: Graph, features: Matrix, options: Options,
                              using generator: inout SeededGenerator) -> Result {
        let n = graph.nodeCount
        precondition(!graph.isDirected, "anomalies are planted into undirected graphs")
        precondition(features.rows == n, "\(features.rows) feature rows for \(n) nodes")
        precondition(options.cliqueCount >= 0 && options.cliqueSize >= 0 && options.cliqueCount * options.cliqueSize <= n,
                     "\(options.cliqueCount) cliques of \(options.cliqueSize) do not fit in \(n) nodes")
        precondition(options.contextualCount >= 0 && options.contextualCount <= n, "\(options.contextualCount) contextual anomalies in \(n) nodes")
        precondition(options.contextualCount == 0 || (1 ... n).contains(options.candidates), "\(options.candidates) candidates in \(n) nodes")

        let structural = distinctNodes(options.cliqueCount * options.cliqueSize, of: n, using: &generator)
        var edges = EdgeList(graph)
        for clique in 0 ..< options.cliqueCount {
            let members = structural[clique * options.cliqueSize ..< (clique + 1) * options.cliqueSize]
            for (k, u) in members.enumerated() {
                for v in members.dropFirst(k + 1) {
                    edges.sources.append(min(u, v))
                    edges.targets.append(max(u, v))
                    edges.weights?.append(1)
                }
            }
        }
        // Ids are below n and the options drop the duplicates: building cannot fail.
        let planted = try! edges.graph(options: .init(directed: false, dropDuplicates: true))

        var swapped = features
        let contextual = distinctNodes(options.contextualCount, of: n, using: &generator)
        for node in contextual {
            let candidates = distinctNodes(options.candidates, of: n, using: &generator)
            var farthest = candidates[0], largest = -Float.infinity
            for candidate in candidates {
                let distance = squaredDistance(swapped, Int(node), Int(candidate))
                if distance > largest { (farthest, largest) = (candidate, distance) }
            }
            let source = Int(farthest)
            for c in 0 ..< swapped.columns { swapped[Int(node), c] = swapped[source, c] }
        }
        return Result(graph: planted, features: swapped, structural: structural, contextual: contextual)
    }

    /// `count` distinct nodes of `0 ..< n` in random order (the first `count` of a uniform random
    /// permutation, by a partial Fisher–Yates shuffle over a sparse map of the moved entries).
    /// - Complexity: O(count) expected.
    static func distinctNodes(_ count: Int, of n: Int, using generator: inout SeededGenerator) -> [Int32] {
        var moved: [Int: Int] = [:]
        return (0 ..< count).map { i in
            let j = i + generator.nextIndex(below: n - i)
            let picked = moved[j] ?? j
            moved[j] = moved[i] ?? i
            return Int32(picked)
        }
    }

    /// `‖x_a − x_b‖²` between two rows. - Complexity: O(columns)
    private static func squaredDistance(_ x: Matrix, _ a: Int, _ b: Int) -> Float {
        (0 ..< x.columns).reduce(0) { total, c in
            let d = x[a, c] - x[b, c]
            return total + d * d
        }
    }
}
