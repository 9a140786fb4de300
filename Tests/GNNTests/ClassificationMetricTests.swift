import GNN
import Testing

@Suite("Classification and ranking metrics against hand-computed values")
struct ClassificationMetricTests {
    static func near(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) < 1e-9 } ?? false }

    @Test func confusionMatrixAndF1() {
        // Truth 0 0 1 1 2 2, predictions 0 1 1 1 2 0.
        let m = Metrics.ConfusionMatrix(predictions: [0, 1, 1, 1, 2, 0], labels: [0, 0, 1, 1, 2, 2], classes: 3)
        #expect(m.counts == [[1, 1, 0], [0, 2, 0], [1, 0, 1]])
        // F1 = 2TP / (predicted + actual): class 0 2/4, class 1 4/5, class 2 2/3 (sklearn's f1_score).
        #expect(zip(m.perClassF1, [0.5, 0.8, 2.0 / 3]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(Self.near(m.macroF1, (0.5 + 0.8 + 2.0 / 3) / 3))
        #expect(Self.near(m.microF1, 4.0 / 6))
    }

    @Test func absentClassesScoreZeroAndEmptyInputHasNoF1() {
        // Class 2 is neither present nor predicted: F1 0 (zero_division=0), macro over 3 classes.
        let m = Metrics.ConfusionMatrix(predictions: [0, 1], labels: [0, 1], classes: 3)
        #expect(m.perClassF1 == [1, 1, 0])
        #expect(Self.near(m.macroF1, 2.0 / 3))
        #expect(Metrics.ConfusionMatrix(predictions: [], labels: [], classes: 2).microF1 == nil)
    }

    @Test func reciprocalRankAndHitsCountTiesAsHalf() {
        // Ranks: 0.9 behind 0.95 → 2; 0.5 behind 0.6, tied with 0.5 → 2.5; 0.2 behind 0.3, 0.4 → 3.
        let positives: [Float] = [0.9, 0.5, 0.2]
        let negatives: [[Float]] = [[0.1, 0.95], [0.5, 0.6, 0.4], [0.3, 0.4]]
        #expect(Metrics.ranks(positiveScores: positives, negativeScores: negatives) == [2, 2.5, 3])
        #expect(Self.near(Metrics.meanReciprocalRank(positiveScores: positives, negativeScores: negatives), (0.5 + 0.4 + 1.0 / 3) / 3))
        #expect(Self.near(Metrics.hits(atK: 2, positiveScores: positives, negativeScores: negatives), 1.0 / 3))
        #expect(Self.near(Metrics.hits(atK: 3, positiveScores: positives, negativeScores: negatives), 1))
        #expect(Metrics.meanReciprocalRank(positiveScores: [], negativeScores: []) == nil)
    }

    @Test func earlyStoppingCountsEpochsWithoutImprovement() {
        var stop = EarlyStopping(patience: 2, goal: .maximize)
        let improved = [0.5, 0.6, 0.6, 0.55].enumerated().map { stop.observe($1, epoch: $0 + 1) }
        #expect(improved == [true, true, false, false], "equal is not better")
        #expect(stop.shouldStop && stop.best == 0.6 && stop.bestEpoch == 2)

        var loss = EarlyStopping(patience: 1, goal: .minimize, minimumDelta: 0.1)
        let lossImproved = [1.0, 0.95].enumerated().map { loss.observe($1, epoch: $0 + 1) }
        #expect(lossImproved == [true, false] && loss.shouldStop, "within minimumDelta")
        let recovered = loss.observe(0.85, epoch: 3)
        #expect(recovered && !loss.shouldStop)
        var nan = EarlyStopping(patience: 1, goal: .minimize)
        let nanImproved = nan.observe(.nan, epoch: 1)
        #expect(!nanImproved && nan.best == nil)
    }
}
