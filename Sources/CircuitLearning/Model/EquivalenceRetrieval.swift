import EDA

/// Equivalence retrieval (issue 5): given graph embeddings of circuits that come in pairs of
/// functionally equivalent circuits, how often is a circuit's nearest neighbour by cosine
/// similarity, among all the other circuits, its own partner.
public enum EquivalenceRetrieval {
    /// One query's outcome.
    public struct Hit: Sendable, Equatable, Codable {
        /// The query's index.
        public var query: Int
        /// Index of the most cosine-similar other circuit (`-1` with fewer than two circuits).
        public var nearest: Int
        /// The query's partner.
        public var partner: Int
        /// Rank of the partner among the others by similarity (1 = nearest; ties count against).
        public var partnerRank: Int
        /// Whether ``nearest`` is ``partner``.
        public var correct: Bool { nearest == partner }
    }

    /// Cosine similarity; 0 when either vector is zero. - Complexity: O(width)
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        precondition(a.count == b.count, "vectors of different widths (\(a.count), \(b.count))")
        var dot = 0.0, na = 0.0, nb = 0.0
        for (x, y) in zip(a, b) {
            dot += Double(x) * Double(y)
            na += Double(x) * Double(x)
            nb += Double(y) * Double(y)
        }
        return na == 0 || nb == 0 ? 0 : dot / (na.squareRoot() * nb.squareRoot())
    }

    /// For every circuit `i`, the nearest other circuit and the rank of `partner[i]`.
    /// - Precondition: `partner[i] != i`, every partner a valid index.
    /// - Complexity: O(N² × width)
    public static func hits(embeddings: [[Float]], partner: [Int]) -> [Hit] {
        let n = embeddings.count
        precondition(partner.count == n, "one partner per embedding")
        return (0 ..< n).map { i in
            let p = partner[i]
            precondition(p != i && p >= 0 && p < n, "circuit \(i): invalid partner \(p)")
            var best = -1, bestSimilarity = -Double.infinity
            var similarity = [Double](repeating: 0, count: n)
            for j in 0 ..< n where j != i {
                similarity[j] = cosine(embeddings[i], embeddings[j])
                if similarity[j] > bestSimilarity { best = j; bestSimilarity = similarity[j] }
            }
            let rank = 1 + (0 ..< n).filter { $0 != i && $0 != p && similarity[$0] >= similarity[p] }.count
            return Hit(query: i, nearest: best, partner: p, partnerRank: rank)
        }
    }

    /// Share of `hits` whose nearest neighbour is the partner (0 for none). - Complexity: O(N)
    public static func top1(_ hits: [Hit]) -> Double {
        hits.isEmpty ? 0 : Double(hits.filter(\.correct).count) / Double(hits.count)
    }
}
