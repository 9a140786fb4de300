extension Metrics {
    /// Area under the ROC curve through the Mann–Whitney statistic (Hanley & McNeil 1982):
    /// `(Σ ranks of positives − P(P+1)/2) / (P·N)`, tied scores sharing their average rank,
    /// which equals sklearn's `roc_auc_score` (ties count ½).
    ///
    /// - Returns: `nil` when all labels are equal (the AUC is undefined).
    /// - Complexity: O(n log n)
    public static func rocAUC(scores: [Float], labels: [Bool]) -> Double? {
        precondition(scores.count == labels.count, "\(scores.count) scores for \(labels.count) labels")
        let positives = labels.filter { $0 }.count, negatives = labels.count - positives
        guard positives > 0, negatives > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] < scores[$1] }
        var rankSum = 0.0, start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
            let averageRank = Double(start + end) / 2 + 1
            for k in start ... end where labels[order[k]] { rankSum += averageRank }
            start = end + 1
        }
        let p = Double(positives)
        return (rankSum - p * (p + 1) / 2) / (p * Double(negatives))
    }
}
