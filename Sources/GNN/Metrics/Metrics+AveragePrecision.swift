extension Metrics {
    /// Average precision as sklearn's `average_precision_score`: `Σₙ (Rₙ − Rₙ₋₁) Pₙ` over the
    /// distinct score thresholds from high to low, all samples tied at a threshold entering
    /// together (no interpolation).
    ///
    /// - Returns: `nil` when there is no positive label.
    /// - Complexity: O(n log n)
    public static func averagePrecision(scores: [Float], labels: [Bool]) -> Double? {
        precondition(scores.count == labels.count, "\(scores.count) scores for \(labels.count) labels")
        let positives = Double(labels.filter { $0 }.count)
        guard positives > 0 else { return nil }
        let order = scores.indices.sorted { scores[$0] > scores[$1] }
        var truePositives = 0.0, seen = 0.0, previousRecall = 0.0, total = 0.0, start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count && scores[order[end + 1]] == scores[order[start]] { end += 1 }
            for k in start ... end {
                seen += 1
                if labels[order[k]] { truePositives += 1 }
            }
            let recall = truePositives / positives
            total += (recall - previousRecall) * (truePositives / seen)
            previousRecall = recall
            start = end + 1
        }
        return total
    }
}
