import GNN
import Testing

@Suite("Metrics against hand-computed values")
struct MetricTests {
    static func near(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test func rocAUCWithoutTies() {
        // Positives 0.35, 0.8 against negatives 0.1, 0.4: 3 of 4 pairs ordered.
        #expect(Self.near(Metrics.rocAUC(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true]), 0.75))
    }

    @Test func rocAUCTiesTakeTheAverageRank() {
        // Ranks 1, 2.5, 2.5, 4; positives 2.5 + 4 = 6.5; (6.5 − 3) / 4.
        #expect(Self.near(Metrics.rocAUC(scores: [0.5, 0.5, 0.2, 0.9], labels: [false, true, false, true]), 0.875))
        #expect(Self.near(Metrics.rocAUC(scores: [1, 1, 1, 1], labels: [false, true, false, true]), 0.5))
        #expect(Metrics.rocAUC(scores: [0.1, 0.2], labels: [true, true]) == nil)
    }

    @Test func averagePrecisionAsSklearn() {
        // Thresholds 0.8 (P 1, R ½), 0.4 (P ½, R ½), 0.35 (P ⅔, R 1), 0.1: ½·1 + ½·⅔.
        #expect(Self.near(Metrics.averagePrecision(scores: [0.1, 0.4, 0.35, 0.8], labels: [false, false, true, true]), 0.5 + 1.0 / 3))
        // Tied 0.5s enter together: 0.9 (P 1, R ½), 0.5 (P ⅔, R 1).
        #expect(Self.near(Metrics.averagePrecision(scores: [0.5, 0.5, 0.2, 0.9], labels: [false, true, false, true]), 0.5 + 1.0 / 3))
        #expect(Metrics.averagePrecision(scores: [0.3], labels: [false]) == nil)
    }

    @Test func accuracy() {
        #expect(Self.near(Metrics.accuracy(predictions: [0, 1, 2, 1], labels: [0, 2, 2, 1]), 0.75))
    }

    @Test func r2UsesTheMeanOfTheTruth() {
        // ȳ = 2.875, SS_tot = 29.1875, SS_res = 1.5.
        let r2 = Metrics.r2(predictions: [2.5, 0, 2, 8], truth: [3, -0.5, 2, 7])
        #expect(Self.near(r2, 1 - 1.5 / 29.1875))
        // Swapping the arguments changes SS_tot, so the truth must be the second one.
        #expect(!Self.near(Metrics.r2(predictions: [3, -0.5, 2, 7], truth: [2.5, 0, 2, 8]), 1 - 1.5 / 29.1875))
        #expect(Metrics.r2(predictions: [1, 2], truth: [3, 3]) == nil)
    }

    @Test func meanAbsoluteError() {
        #expect(Self.near(Metrics.meanAbsoluteError(predictions: [2.5, 0, 2, 8], truth: [3, -0.5, 2, 7]), 0.5))
    }

    /// Classes 0, 1, 2: F1 2/3, 2/4 and 0 (class 2 is never predicted), mean 0.3889; class 3
    /// occurs nowhere and is left out.
    @Test func macroF1() {
        #expect(Self.near(Metrics.macroF1(predictions: [0, 1, 1, 1], labels: [0, 0, 1, 2], classes: 4), (2.0 / 3 + 0.5 + 0) / 3))
        #expect(Metrics.macroF1(predictions: [], labels: [], classes: 2) == nil)
    }

    /// |1 − 2|/2 and |5 − 4|/4; the zero truth is skipped.
    @Test func meanAbsolutePercentageError() {
        #expect(Self.near(Metrics.meanAbsolutePercentageError(predictions: [1, 5, 3], truth: [2, 4, 0]), 0.375))
        #expect(Metrics.meanAbsolutePercentageError(predictions: [1], truth: [0]) == nil)
    }
}
