import EDA

/// Equivalence retrieval (issue 5): given circuits that come in pairs of functionally
/// equivalent circuits, how often is a circuit's nearest neighbour among the other circuits its
/// own partner — by cosine similarity of graph embeddings, or by any other similarity (the
/// trivial baseline ranks by ``CircuitShape/distance(to:)``; ``RetrievalEvaluation`` measures both).
public enum EquivalenceRetrieval {
    /// One query's outcome.
    public struct Hit: Sendable, Equatable, Codable {
        /// The query's index.
        public var query: Int
        /// Index of the most similar candidate (`-1` without candidates); among candidates tied
        /// for the best, one that is not the partner (ties count against).
        public var nearest: Int
        /// The query's partner.
        public var partner: Int
        /// Rank of the partner among the candidates by similarity (1 = nearest; ties count against).
        public var partnerRank: Int
        /// Number of candidates ranked (the partner included).
        public var candidates: Int
        /// Whether the partner is strictly more similar than every other candidate.
        public var correct: Bool { partnerRank == 1 }
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

    /// For every circuit `i`, the nearest other circuit by cosine similarity of `embeddings`
    /// and the rank of `partner[i]`.
    /// - Precondition: `partner[i] != i`, every partner a valid index.
    /// - Complexity: O(N² × width)
    public static func hits(embeddings: [[Float]], partner: [Int]) -> [Hit] {
        precondition(partner.count == embeddings.count, "one partner per embedding")
        return hits(count: embeddings.count, partner: partner) { cosine(embeddings[$0], embeddings[$1]) }
    }

    /// For every query `i` in `0 ..< count` whose partner is a candidate, the most `similarity`-
    /// similar candidate and the partner's rank, where the candidates of `i` are the `j != i`
    /// with `isCandidate(i, j)`. Queries whose partner is not a candidate are left out.
    /// - Precondition: `partner[i] != i`, every partner a valid index.
    /// - Complexity: O(N²) calls of `isCandidate` and at most as many of `similarity`.
    public static func hits(count n: Int, partner: [Int], isCandidate: (Int, Int) -> Bool = { _, _ in true },
                            similarity: (Int, Int) -> Double) -> [Hit] {
        precondition(partner.count == n, "one partner per circuit")
        var result: [Hit] = []
        var score = [Double](repeating: 0, count: n)
        for i in 0 ..< n {
            let p = partner[i]
            precondition(p != i && p >= 0 && p < n, "circuit \(i): invalid partner \(p)")
            guard isCandidate(i, p) else { continue }
            let candidates = (0 ..< n).filter { $0 != i && isCandidate(i, $0) }
            var best = -1, bestScore = -Double.infinity
            for j in candidates {
                score[j] = similarity(i, j)
                if score[j] > bestScore || (score[j] == bestScore && best == p) { best = j; bestScore = score[j] }
            }
            let rank = 1 + candidates.filter { $0 != p && score[$0] >= score[p] }.count
            result.append(Hit(query: i, nearest: best, partner: p, partnerRank: rank, candidates: candidates.count))
        }
        return result
    }

    /// Share of `hits` whose partner is the nearest (0 for none). - Complexity: O(N)
    public static func top1(_ hits: [Hit]) -> Double {
        hits.isEmpty ? 0 : Double(hits.filter(\.correct).count) / Double(hits.count)
    }
}
