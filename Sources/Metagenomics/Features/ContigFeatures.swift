import Foundation
import GraphCore

/// The inputs of the binning model, normalised as VAMB (Nissen et al. 2021, VAMB 4's encoder)
/// does:
/// - depths: each sample scaled to the same total; a contig's depths (all zero → all one) split
///   into their sum and their distribution over samples (rows summing to 1, the target of the
///   cross-entropy); the sum enters as `log(total)` standardised over contigs;
/// - TNF: each column standardised over contigs (mean 0, variance 1; constant columns left 0);
/// - weights: `log(length)` per contig, scaled to mean 1, so long contigs count more.
public struct ContigFeatures: Sendable {
    /// `contigs × samples`, rows summing to 1.
    public let abundance: Matrix
    /// `contigs × 1`, standardised `log` of the total depth.
    public let totalAbundance: Matrix
    /// `contigs × tnfColumns`, standardised columns.
    public let tnf: Matrix
    /// `contigs × 1`, per-contig loss weights with mean 1.
    public let weights: Matrix

    /// Normalises raw `depths` (`contigs × samples`), `tnf` (frequencies, any width) and contig
    /// `lengths`. - Complexity: O(contigs × (samples + tnf columns))
    public init(depths: Matrix, tnf: Matrix, lengths: [Int]) {
        precondition(depths.rows == tnf.rows && lengths.count == tnf.rows)
        let (n, samples) = (depths.rows, depths.columns)
        var scaled = depths
        for j in 0 ..< samples {
            var sum: Double = 0
            for i in 0 ..< n { sum += Double(depths[i, j]) }
            guard sum > 0 else { continue }
            let factor = Float(Double(n) / sum)  // mean depth 1 per sample
            for i in 0 ..< n { scaled[i, j] *= factor }
        }
        var distribution = Matrix(rows: n, columns: samples)
        var logTotal = Matrix(rows: n, columns: 1)
        for i in 0 ..< n {
            var total: Float = 0
            for j in 0 ..< samples { total += scaled[i, j] }
            if total <= 0 {
                for j in 0 ..< samples { scaled[i, j] = 1 }
                total = Float(samples)
            }
            for j in 0 ..< samples { distribution[i, j] = scaled[i, j] / total }
            logTotal[i, 0] = Foundation.log(total)
        }
        abundance = distribution
        totalAbundance = ContigFeatures.standardisedColumns(logTotal)
        self.tnf = ContigFeatures.standardisedColumns(tnf)
        var w = Matrix(rows: n, columns: 1)
        var sum: Double = 0
        for i in 0 ..< n {
            w[i, 0] = Foundation.log(Float(max(lengths[i], 2)))
            sum += Double(w[i, 0])
        }
        for i in 0 ..< n { w[i, 0] *= Float(Double(n) / max(sum, 1e-9)) }
        weights = w
    }

    /// Number of contigs. - Complexity: O(1)
    public var count: Int { tnf.rows }

    /// Each column shifted to mean 0 and scaled to variance 1 (a constant column becomes 0).
    /// - Complexity: O(rows × columns)
    public static func standardisedColumns(_ m: Matrix) -> Matrix {
        var out = m
        for j in 0 ..< m.columns {
            var sum: Double = 0, squares: Double = 0
            for i in 0 ..< m.rows {
                sum += Double(m[i, j])
                squares += Double(m[i, j]) * Double(m[i, j])
            }
            let mean = sum / Double(max(m.rows, 1))
            let variance = max(squares / Double(max(m.rows, 1)) - mean * mean, 0)
            let scale = variance > 1e-12 ? 1 / variance.squareRoot() : 0
            for i in 0 ..< m.rows { out[i, j] = Float((Double(m[i, j]) - mean) * scale) }
        }
        return out
    }
}
