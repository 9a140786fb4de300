extension Metrics {
    /// Fraction of predictions equal to their label. - Returns: `nil` for empty input.
    /// - Complexity: O(n)
    public static func accuracy(predictions: [Int], labels: [Int]) -> Double? {
        precondition(predictions.count == labels.count, "\(predictions.count) predictions for \(labels.count) labels")
        guard !labels.isEmpty else { return nil }
        return Double(zip(predictions, labels).filter { $0 == $1 }.count) / Double(labels.count)
    }
}

extension Metrics {
    /// Macro-averaged F1: the unweighted mean over the classes `0 ..< classes` that occur in
    /// the labels or the predictions of `2·precision·recall / (precision + recall)` (0 when a
    /// class has no true positive), so rare classes weigh as much as common ones.
    /// - Returns: `nil` for empty input.
    /// - Complexity: O(n + classes)
    public static func macroF1(predictions: [Int], labels: [Int], classes: Int) -> Double? {
        precondition(predictions.count == labels.count, "\(predictions.count) predictions for \(labels.count) labels")
        guard !labels.isEmpty else { return nil }
        var truePositive = [Int](repeating: 0, count: classes), predicted = truePositive, actual = truePositive
        for (p, l) in zip(predictions, labels) {
            predicted[p] += 1
            actual[l] += 1
            if p == l { truePositive[p] += 1 }
        }
        let present = (0 ..< classes).filter { predicted[$0] + actual[$0] > 0 }
        let f1 = present.map { c in Double(2 * truePositive[c]) / Double(predicted[c] + actual[c]) }
        return f1.reduce(0, +) / Double(present.count)
    }
}
