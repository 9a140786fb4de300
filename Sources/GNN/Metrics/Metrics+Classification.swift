extension Metrics {
    /// Fraction of predictions equal to their label. - Returns: `nil` for empty input.
    /// - Complexity: O(n)
    public static func accuracy(predictions: [Int], labels: [Int]) -> Double? {
        precondition(predictions.count == labels.count, "\(predictions.count) predictions for \(labels.count) labels")
        guard !labels.isEmpty else { return nil }
        return Double(zip(predictions, labels).filter { $0 == $1 }.count) / Double(labels.count)
    }
}
