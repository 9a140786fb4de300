import EDA
import GNN
import GraphCore

/// Truth-table similarity of gate pairs, the functional objective of DeepGate2 (Shi et al.,
/// "DeepGate2: Functionality-Aware Circuit Representation Learning", ICCAD 2023): two gates whose
/// truth tables are close should have close functional embeddings. A pair's target is the
/// normalised Hamming distance of the gates' ``SimulationSignatures`` rows, in [0, 1]; the
/// prediction is `(1 − cos(f_i, f_j)) / 2` of their functional embeddings
/// (``CircuitModel/functionalColumns``), also in [0, 1], so a gate and its complement
/// (distance 1) should point in opposite directions.
///
/// Pairs are drawn among AND gates of close signal probability, as DeepGate2 prefers: gates far
/// apart in probability are trivially far apart in truth table too (the distance is at least
/// the probability difference), so random pairs would teach little. The encoder starts every
/// input from one learned state, so gates whose fanin cones have the same shape over different
/// inputs get the same forward state and cannot be told apart; that bounds how well the
/// prediction can follow the truth tables.
public enum TruthTableSimilarity {
    /// Gate pairs `(first[p], second[p])` of AIG variables.
    public struct Pairs: Sendable, Equatable {
        public let first: [Int32]
        public let second: [Int32]
        /// Pairs `(first[p], second[p])`. - Complexity: O(1)
        public init(first: [Int32], second: [Int32]) {
            precondition(first.count == second.count, "\(first.count) first gates for \(second.count) second ones")
            self.first = first
            self.second = second
        }

        /// Number of pairs. - Complexity: O(1)
        public var count: Int { first.count }
    }

    /// How well predicted distances follow the truth-table distances.
    public struct Agreement: Sendable, Codable, Equatable {
        /// Pairs measured.
        public var pairs: Int
        /// Pearson correlation (0 when either side is constant).
        public var correlation: Double
        /// Mean absolute difference.
        public var meanAbsoluteError: Double
    }

    /// The partner of a gate is drawn among this many neighbours on either side in order of
    /// signal probability.
    public static let window = 8

    /// The ANDs of `aig` sorted by `probabilities` (ties by variable), the order pairs are
    /// drawn in. Inputs and latches are left out: they all start from one learned state, so the
    /// encoder cannot tell two of them apart. - Complexity: O(A log A)
    public static func gateOrder(_ aig: AIG, probabilities: [Float]) -> [Int32] {
        (0 ..< Int32(aig.variableCount)).filter { aig.kinds[Int($0)] == .and }
            .sorted { (probabilities[Int($0)], $0) < (probabilities[Int($1)], $1) }
    }

    /// `count` pairs (seeded by `generator`): a uniformly drawn gate of `order` (a
    /// ``gateOrder(_:probabilities:)``) and one of the ``window`` gates before or after it.
    /// Empty when there are fewer than two gates. - Complexity: O(count)
    public static func samplePairs(_ order: [Int32], count: Int, using generator: inout SeededGenerator) -> Pairs {
        guard order.count >= 2 else { return Pairs(first: [], second: []) }
        var first: [Int32] = [], second: [Int32] = []
        first.reserveCapacity(count)
        second.reserveCapacity(count)
        for _ in 0 ..< count {
            let k = generator.nextIndex(below: order.count)
            let low = max(0, k - window), high = min(order.count - 1, k + window)
            var j = low + generator.nextIndex(below: high - low)  // one of the high − low others
            if j >= k { j += 1 }
            first.append(order[k])
            second.append(order[j])
        }
        return Pairs(first: first, second: second)
    }

    /// The truth-table distance of each pair, `P × 1`. - Complexity: O(P × signature words)
    public static func targets(_ pairs: Pairs, _ signatures: SimulationSignatures) -> Matrix {
        try! Matrix(rows: pairs.count, columns: 1,
                    values: zip(pairs.first, pairs.second).map { Float(signatures.distance(Int($0), Int($1))) })
    }

    /// `(1 − cos) / 2` of each pair's rows of `functional`, `P × 1`. - Complexity: O(M × W + P × W)
    public static func predicted(_ functional: Tensor, _ pairs: Pairs) -> Tensor {
        (1 - functional.pairCosines(pairs.first, pairs.second)) * 0.5
    }

    /// The L1 loss of ``predicted(_:_:)`` against ``targets(_:_:)``, `1 × 1`.
    /// - Complexity: O(M × W + P × (W + signature words))
    public static func loss(_ functional: Tensor, _ pairs: Pairs, _ signatures: SimulationSignatures) -> Tensor {
        Losses.meanAbsoluteError(predicted(functional, pairs), targets: targets(pairs, signatures))
    }

    /// Pearson correlation and mean absolute error of `predicted` against `truth`.
    /// - Complexity: O(n)
    public static func agreement(predicted: [Float], truth: [Float]) -> Agreement {
        precondition(predicted.count == truth.count, "\(predicted.count) predictions for \(truth.count) targets")
        let n = Double(max(truth.count, 1))
        let mx = predicted.reduce(0.0) { $0 + Double($1) } / n, my = truth.reduce(0.0) { $0 + Double($1) } / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0, absolute = 0.0
        for (x, y) in zip(predicted, truth) {
            let dx = Double(x) - mx, dy = Double(y) - my
            sxy += dx * dy
            sxx += dx * dx
            syy += dy * dy
            absolute += abs(Double(x) - Double(y))
        }
        let correlation = sxx > 0 && syy > 0 ? sxy / (sxx * syy).squareRoot() : 0
        return Agreement(pairs: truth.count, correlation: correlation, meanAbsoluteError: absolute / n)
    }
}
