extension Metrics {
    /// The rank of each positive among its own candidates: `1 +` the number of its negatives
    /// scored higher `+ ½ ×` the number tied with it (ties share the mean rank, as OGB's
    /// link-prediction evaluator counts them optimistically and pessimistically in equal parts).
    ///
    /// **Shapes:** `positiveScores` `n`; `negativeScores` `n` lists (any lengths).
    /// - Complexity: O(total negatives)
    public static func ranks(positiveScores: [Float], negativeScores: [[Float]]) -> [Double] {
        precondition(positiveScores.count == negativeScores.count,
                     "\(positiveScores.count) positives for \(negativeScores.count) lists of negatives")
        return zip(positiveScores, negativeScores).map { positive, negatives in
            var higher = 0, tied = 0
            for s in negatives {
                if s > positive { higher += 1 } else if s == positive { tied += 1 }
            }
            return 1 + Double(higher) + Double(tied) / 2
        }
    }

    /// Mean reciprocal rank of the positives among their negatives (see ``ranks(positiveScores:negativeScores:)``).
    /// - Returns: `nil` without positives. - Complexity: O(total negatives)
    public static func meanReciprocalRank(positiveScores: [Float], negativeScores: [[Float]]) -> Double? {
        let r = ranks(positiveScores: positiveScores, negativeScores: negativeScores)
        return r.isEmpty ? nil : r.reduce(0) { $0 + 1 / $1 } / Double(r.count)
    }

    /// Hits@K: the fraction of positives ranked within the top `k` among their negatives.
    /// - Returns: `nil` without positives. - Complexity: O(total negatives)
    public static func hits(atK k: Int, positiveScores: [Float], negativeScores: [[Float]]) -> Double? {
        precondition(k >= 1, "k must be positive, got \(k)")
        let r = ranks(positiveScores: positiveScores, negativeScores: negativeScores)
        return r.isEmpty ? nil : Double(r.filter { $0 <= Double(k) }.count) / Double(r.count)
    }
}
