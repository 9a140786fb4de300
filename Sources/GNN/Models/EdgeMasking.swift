import GraphCore

/// How a masked graph autoencoder picks, at each step, the training edges it hides from the
/// encoder and asks the decoder to recover (MaskGAE, Li et al. 2023, arXiv:2205.10053, §4.2).
public enum EdgeMasking: Sendable, Equatable {
    /// A uniformly random share `ratio` of the edges (MaskGAE's edge-wise mask).
    case edges(ratio: Double)
    /// MaskGAE's path-wise mask: one random walk of `length` steps from each of
    /// `round(startRatio × V)` distinct start nodes (uniform next neighbour, no return bias);
    /// every edge a walk crosses is hidden. Paths hide whole local structures, so the encoder
    /// cannot recover a hidden edge from a short detour around it.
    case paths(startRatio: Double, length: Int)

    /// Which of `edges[candidates]` to hide: the distinct indices (into `edges`) of the hidden
    /// edges, in the order drawn. Edges are undirected pairs.
    /// - Complexity: O(|candidates|) for `.edges`; O(V + |candidates| + walks × length) for `.paths`.
    public func hidden(_ edges: EdgeList, candidates: Range<Int>, using generator: inout SeededGenerator) -> [Int] {
        switch self {
        case .edges(let ratio):
            var order = Array(candidates)
            order.shuffle(using: &generator)
            return Array(order.prefix(Int(Double(order.count) * ratio)))
        case .paths(let startRatio, let length):
            var isHidden = [Bool](repeating: false, count: candidates.count), hidden: [Int] = []
            let (offsets, incident) = Self.incidence(edges, candidates)
            let nodeCount = edges.nodeCount
            var starts = Array(0 ..< nodeCount)
            starts.shuffle(using: &generator)
            for start in starts.prefix(Int((Double(nodeCount) * startRatio).rounded())) {
                var node = start
                for _ in 0 ..< length {
                    let degree = offsets[node + 1] - offsets[node]
                    guard degree > 0 else { break }
                    let edge = incident[offsets[node] + generator.nextIndex(below: degree)]
                    if !isHidden[edge] {
                        isHidden[edge] = true
                        hidden.append(candidates.lowerBound + edge)
                    }
                    let (u, v) = (Int(edges.sources[candidates.lowerBound + edge]), Int(edges.targets[candidates.lowerBound + edge]))
                    node = u == node ? v : u
                }
            }
            return hidden
        }
    }

    /// For each node, the candidate edges (as offsets) touching it, in CSR form.
    /// - Complexity: O(V + |candidates|)
    private static func incidence(_ edges: EdgeList, _ candidates: Range<Int>) -> (offsets: [Int], incident: [Int]) {
        var offsets = [Int](repeating: 0, count: edges.nodeCount + 1)
        for e in candidates {
            offsets[Int(edges.sources[e]) + 1] += 1
            if edges.targets[e] != edges.sources[e] { offsets[Int(edges.targets[e]) + 1] += 1 }
        }
        for i in 0 ..< edges.nodeCount { offsets[i + 1] += offsets[i] }
        var next = offsets, incident = [Int](repeating: 0, count: offsets[edges.nodeCount])
        for e in candidates {
            let (u, v) = (Int(edges.sources[e]), Int(edges.targets[e]))
            incident[next[u]] = e - candidates.lowerBound
            next[u] += 1
            if v != u {
                incident[next[v]] = e - candidates.lowerBound
                next[v] += 1
            }
        }
        return (offsets, incident)
    }
}
