import Foundation
import GraphCore

/// Iterative medoid clustering with cosine distance, the clustering of VAMB (Nissen et al.
/// 2021), derived from its description:
/// 1. rows are scaled to unit length; distances are `1 − cos`;
/// 2. from a seed (the unclustered contigs in a seeded random order), the medoid walks to the
///    member of its neighbourhood (distance ≤ `radius`) with the smallest summed distance to that
///    neighbourhood, until it stays put (at most `maximumSteps` moves);
/// 3. the cluster's threshold is the first valley of the histogram of distances from the
///    medoid after its first peak (bins of `binWidth`, smoothed over ±2 bins), when that valley
///    lies within `maximumThreshold` and holds at most `valleyRatio` of the peak; otherwise the
///    contigs within `radius` form the cluster;
/// 4. the cluster (with its seed) is removed and the next seed taken, until every contig is
///    clustered.
public struct MedoidClustering: Sendable {
    public var radius: Float = 0.05
    public var maximumSteps = 25
    public var binWidth: Float = 0.005
    public var maximumThreshold: Float = 0.2
    public var valleyRatio: Float = 0.1

    public init() {}

    /// The cluster of each row, numbered 0, 1, … in order of creation.
    /// - Complexity: O(clusters × rows × columns + moves × neighbourhood² × columns)
    public func cluster(_ points: Matrix, generator: inout SeededGenerator) -> [Int32] {
        let x = MedoidClustering.unitRows(points)
        let n = x.rows
        var assignment = [Int32](repeating: -1, count: n)
        var remaining = Array(0 ..< n)
        var order = Array(0 ..< n)
        order.shuffle(using: &generator)
        var next: Int32 = 0
        var distances = [Float](repeating: 0, count: n)
        for seed in order where assignment[seed] < 0 {
            var medoid = seed
            fill(&distances, from: medoid, x, remaining)
            for _ in 0 ..< maximumSteps {
                let neighbourhood = remaining.filter { distances[$0] <= radius }
                var best = medoid, bestSum = neighbourhood.reduce(Float(0)) { $0 + distances[$1] }
                for candidate in neighbourhood where candidate != medoid {
                    var sum: Float = 0
                    for k in neighbourhood { sum += distance(candidate, k, x) }
                    if sum < bestSum { best = candidate; bestSum = sum }
                }
                if best == medoid { break }
                medoid = best
                fill(&distances, from: medoid, x, remaining)
            }
            let threshold = valley(remaining.map { distances[$0] }) ?? radius
            for i in remaining where distances[i] <= threshold { assignment[i] = next }
            assignment[medoid] = next
            assignment[seed] = next  // the seed belongs to the cluster it started, whatever the walk
            next += 1
            remaining.removeAll { assignment[$0] >= 0 }
        }
        return assignment
    }

    /// The first valley after the first peak of the smoothed histogram of `d`, or `nil`.
    func valley(_ d: [Float]) -> Float? {
        let bins = Int(maximumThreshold / binWidth) + 1
        var counts = [Float](repeating: 0, count: bins + 3)
        for value in d where value < Float(bins) * binWidth { counts[Int(value / binWidth)] += 1 }
        let smooth = (0 ..< bins).map { b in (max(b - 2, 0) ... b + 2).reduce(Float(0)) { $0 + counts[$1] } }
        var peak = 0
        while peak + 1 < bins && smooth[peak + 1] >= smooth[peak] { peak += 1 }
        guard smooth[peak] > 0 else { return nil }
        for b in peak + 1 ..< bins where smooth[b] <= valleyRatio * smooth[peak] {
            return Float(b) * binWidth
        }
        return nil
    }

    private func fill(_ distances: inout [Float], from m: Int, _ x: Matrix, _ rows: [Int]) {
        for i in rows { distances[i] = distance(m, i, x) }
    }

    @inline(__always) private func distance(_ a: Int, _ b: Int, _ x: Matrix) -> Float {
        var dot: Float = 0
        x.values.withUnsafeBufferPointer { v in
            let (pa, pb) = (a * x.columns, b * x.columns)
            for j in 0 ..< x.columns { dot += v[pa + j] * v[pb + j] }
        }
        return max(0, 1 - dot)
    }

    /// `points` with each row scaled to unit length (zero rows stay zero). - Complexity: O(size)
    public static func unitRows(_ points: Matrix) -> Matrix {
        var x = points
        for i in 0 ..< x.rows {
            var norm: Float = 0
            for j in 0 ..< x.columns { norm += x[i, j] * x[i, j] }
            guard norm > 0 else { continue }
            let scale = 1 / norm.squareRoot()
            for j in 0 ..< x.columns { x[i, j] *= scale }
        }
        return x
    }
}
