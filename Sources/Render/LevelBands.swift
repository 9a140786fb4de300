/// Topological levels grouped into at most `maxBands` bands of consecutive levels, as evenly
/// as integers allow: level `l` of `L` goes to band `l · B / L` (rounded down), so with
/// `B = min(L, maxBands)` every band holds `⌊L/B⌋` or `⌈L/B⌉` levels and none is empty.
struct LevelBands {
    /// The band of each node.
    let band: [Int32]
    /// Number of levels `L` and of bands `B`.
    let levelCount: Int
    let count: Int

    /// - Precondition: `maxBands >= 1`; levels are non-negative. - Complexity: O(V)
    init(_ levels: [Int32], maxBands: Int) {
        levelCount = Int(levels.max() ?? -1) + 1
        count = min(levelCount, maxBands)
        let (l, b) = (levelCount, count)
        band = levels.map { Int32(Int($0) * b / l) }
    }

    /// The most levels one band holds. - Complexity: O(1)
    var levelsPerBand: Int { count == 0 ? 0 : (levelCount + count - 1) / count }

    /// "level 3" or "levels 3–5": the levels `l` with `l · B / L` rounded down equal to the band.
    var label: @Sendable (Int) -> String {
        let (l, b) = (levelCount, count)
        return { band in
            let first = (band * l + b - 1) / b, last = ((band + 1) * l + b - 1) / b - 1
            return first == last ? "level \(first)" : "levels \(first)–\(last)"
        }
    }
}
