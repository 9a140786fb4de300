extension Metrics {
    /// Counts of (true class, predicted class) pairs: `counts[t][p]` is the number of samples of
    /// class `t` predicted as `p`, as sklearn's `confusion_matrix` with labels `0 ..< classes`.
    public struct ConfusionMatrix: Sendable, Equatable, Codable {
        /// `classes × classes`, rows the truth, columns the prediction.
        public let counts: [[Int]]

        /// The matrix of `predictions` against `labels`, each in `0 ..< classes`.
        /// - Complexity: O(n + classes²)
        public init(predictions: [Int], labels: [Int], classes: Int) {
            precondition(predictions.count == labels.count, "\(predictions.count) predictions for \(labels.count) labels")
            var counts = [[Int]](repeating: [Int](repeating: 0, count: classes), count: classes)
            for (p, t) in zip(predictions, labels) {
                precondition((0 ..< classes).contains(p) && (0 ..< classes).contains(t),
                             "class \(t) predicted as \(p) is outside 0..<\(classes)")
                counts[t][p] += 1
            }
            self.counts = counts
        }

        /// Number of classes. - Complexity: O(1)
        public var classes: Int { counts.count }

        /// F1 of each class, `2 TP / (2 TP + FP + FN)`, 0 for a class neither present nor
        /// predicted (sklearn's `zero_division=0`). - Complexity: O(classes²)
        public var perClassF1: [Double] {
            (0 ..< classes).map { c in
                let truePositives = counts[c][c]
                let predicted = (0 ..< classes).reduce(0) { $0 + counts[$1][c] }
                let actual = counts[c].reduce(0, +)
                let denominator = predicted + actual
                return denominator == 0 ? 0 : 2 * Double(truePositives) / Double(denominator)
            }
        }

        /// The unweighted mean of the per-class F1 scores (sklearn's `average="macro"`).
        /// - Returns: `nil` without classes. - Complexity: O(classes²)
        public var macroF1: Double? {
            classes == 0 ? nil : perClassF1.reduce(0, +) / Double(classes)
        }

        /// F1 over all decisions pooled (sklearn's `average="micro"`): for single-label
        /// classification it equals the accuracy. - Returns: `nil` without samples.
        /// - Complexity: O(classes²)
        public var microF1: Double? {
            let total = counts.reduce(0) { $0 + $1.reduce(0, +) }
            let correct = (0 ..< classes).reduce(0) { $0 + counts[$1][$1] }
            return total == 0 ? nil : Double(correct) / Double(total)
        }
    }
}
