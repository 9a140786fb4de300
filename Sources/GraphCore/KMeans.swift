/// k-means clustering of matrix rows (Lloyd 1982) with k-means++ seeding (Arthur &
/// Vassilvitskii 2007), seeded so the same seed gives the same clusters.
public enum KMeans {
    /// The cluster of each row of `points` after at most `iterations` Lloyd steps (stopping
    /// early when no row moves). Clusters are numbered by their first row, so ids are stable.
    /// With fewer distinct rows than `k`, some clusters stay empty.
    ///
    /// - Throws: `GraphError.invalidArgument` when `k` is not positive.
    /// - Complexity: O(iterations × rows × k × columns)
    public static func cluster(_ points: Matrix, k: Int, iterations: Int = 50,
                               using generator: inout SeededGenerator) throws -> [Int32] {
        guard k > 0 else { throw GraphError.invalidArgument("k-means needs k ≥ 1, got \(k)") }
        let n = points.rows, width = points.columns
        guard n > 0 else { return [] }
        func distance(_ row: Int, _ centers: Matrix, _ c: Int) -> Float {
            var sum: Float = 0
            for j in 0 ..< width {
                let d = points[row, j] - centers[c, j]
                sum += d * d
            }
            return sum
        }
        // k-means++: each next center drawn with probability proportional to the squared
        // distance to the nearest center chosen so far.
        let count = min(k, n)
        var centers = Matrix(rows: count, columns: width)
        var first = generator.nextIndex(below: n)
        var nearest = [Float](repeating: .infinity, count: n)
        for c in 0 ..< count {
            for j in 0 ..< width { centers[c, j] = points[first, j] }
            var total: Double = 0
            for i in 0 ..< n {
                nearest[i] = min(nearest[i], distance(i, centers, c))
                total += Double(nearest[i])
            }
            guard total > 0 else { break }
            var target = Double(generator.nextUnitFloat()) * total
            first = n - 1
            for i in 0 ..< n {
                target -= Double(nearest[i])
                if target <= 0 { first = i; break }
            }
        }
        var assignment = [Int32](repeating: -1, count: n)
        for _ in 0 ..< max(iterations, 1) {
            var moved = false
            for i in 0 ..< n {
                var best = 0, bestDistance = Float.infinity
                for c in 0 ..< count {
                    let d = distance(i, centers, c)
                    if d < bestDistance { best = c; bestDistance = d }
                }
                if assignment[i] != Int32(best) { assignment[i] = Int32(best); moved = true }
            }
            if !moved { break }
            var sums = Matrix(rows: count, columns: width), sizes = [Int](repeating: 0, count: count)
            for i in 0 ..< n {
                let c = Int(assignment[i])
                sizes[c] += 1
                for j in 0 ..< width { sums[c, j] += points[i, j] }
            }
            for c in 0 ..< count where sizes[c] > 0 {
                for j in 0 ..< width { centers[c, j] = sums[c, j] / Float(sizes[c]) }
            }
        }
        // Renumber clusters in order of first appearance.
        var renumber = [Int32](repeating: -1, count: count)
        var next: Int32 = 0
        return assignment.map { c in
            if renumber[Int(c)] < 0 { renumber[Int(c)] = next; next += 1 }
            return renumber[Int(c)]
        }
    }
}
