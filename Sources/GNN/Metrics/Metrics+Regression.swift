extension Metrics {
    /// Coefficient of determination `R² = 1 − SS_res / SS_tot`, with
    /// `SS_res = Σ (yᵢ − ŷᵢ)²` and `SS_tot = Σ (yᵢ − ȳ)²` around the mean of the **truth**.
    /// - Returns: `nil` when the truth is constant (`SS_tot = 0`) or empty.
    /// - Complexity: O(n)
    public static func r2(predictions: [Float], truth: [Float]) -> Double? {
        precondition(predictions.count == truth.count, "\(predictions.count) predictions for \(truth.count) values")
        guard !truth.isEmpty else { return nil }
        let mean = truth.reduce(0.0) { $0 + Double($1) } / Double(truth.count)
        var residual = 0.0, spread = 0.0
        for (p, t) in zip(predictions, truth) {
            residual += (Double(t) - Double(p)) * (Double(t) - Double(p))
            spread += (Double(t) - mean) * (Double(t) - mean)
        }
        return spread > 0 ? 1 - residual / spread : nil
    }

    /// Mean absolute error `Σ |yᵢ − ŷᵢ| / n`. - Returns: `nil` for empty input.
    /// - Complexity: O(n)
    public static func meanAbsoluteError(predictions: [Float], truth: [Float]) -> Double? {
        precondition(predictions.count == truth.count, "\(predictions.count) predictions for \(truth.count) values")
        guard !truth.isEmpty else { return nil }
        return zip(predictions, truth).reduce(0.0) { $0 + abs(Double($1.0) - Double($1.1)) } / Double(truth.count)
    }
}

extension Metrics {
    /// Mean absolute percentage error `Σ |yᵢ − ŷᵢ| / |yᵢ| / n` (as a fraction, not ×100), over
    /// the values whose truth is not 0. - Returns: `nil` when every truth is 0 or the input is empty.
    /// - Complexity: O(n)
    public static func meanAbsolutePercentageError(predictions: [Float], truth: [Float]) -> Double? {
        precondition(predictions.count == truth.count, "\(predictions.count) predictions for \(truth.count) values")
        var total = 0.0, count = 0
        for (p, t) in zip(predictions, truth) where t != 0 {
            total += abs(Double(t) - Double(p)) / abs(Double(t))
            count += 1
        }
        return count > 0 ? total / Double(count) : nil
    }
}
