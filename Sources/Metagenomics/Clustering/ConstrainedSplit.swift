import GraphCore

/// Splits every bin that holds a must-differ pair (two contigs sharing a single-copy marker,
/// so probably two genomes): the bin's contigs, longest first, each join the most similar
/// (cosine to the group's mean row) of the bin's groups holding none of its must-differ
/// partners, or start a group of their own. Bins without such a pair are kept whole.
public enum ConstrainedSplit {
    /// The bins after splitting, renumbered 0, 1, … in order of first appearance.
    /// - Complexity: O(contigs × groups per bin × columns + pairs)
    public static func split(_ bins: [Int32], embedding: Matrix, lengths: [Int], mustDiffer: ContigPairs) -> [Int32] {
        let n = bins.count
        var partners = [Set<Int32>](repeating: [], count: n)
        for k in 0 ..< mustDiffer.count {
            partners[Int(mustDiffer.first[k])].insert(mustDiffer.second[k])
            partners[Int(mustDiffer.second[k])].insert(mustDiffer.first[k])
        }
        let x = MedoidClustering.unitRows(embedding)
        var members = [Int32: [Int]]()
        for (i, b) in bins.enumerated() { members[b, default: []].append(i) }
        var out = [Int64](repeating: 0, count: n)
        for (bin, contigs) in members {
            let conflicted = contigs.contains { c in !partners[c].isEmpty && contigs.contains { partners[c].contains(Int32($0)) } }
            guard conflicted else {
                for c in contigs { out[c] = Int64(bin) << 32 }
                continue
            }
            var groups: [(members: Set<Int32>, sum: [Float])] = []
            for c in contigs.sorted(by: { (lengths[$0], $1) > (lengths[$1], $0) }) {
                let row = Array(x.row(c))
                var best = -1, bestSimilarity = -Float.infinity
                for (g, group) in groups.enumerated() where group.members.isDisjoint(with: partners[c]) {
                    var dot: Float = 0, norm: Float = 0
                    for j in row.indices {
                        dot += row[j] * group.sum[j]
                        norm += group.sum[j] * group.sum[j]
                    }
                    let similarity = dot / max(norm.squareRoot(), 1e-12)
                    if similarity > bestSimilarity { best = g; bestSimilarity = similarity }
                }
                if best < 0 {
                    groups.append(([Int32(c)], row))
                    best = groups.count - 1
                } else {
                    groups[best].members.insert(Int32(c))
                    for j in row.indices { groups[best].sum[j] += row[j] }
                }
                out[c] = Int64(bin) << 32 | Int64(best)
            }
        }
        var renumber = [Int64: Int32]()
        return out.map { key in
            if let b = renumber[key] { return b }
            renumber[key] = Int32(renumber.count)
            return Int32(renumber.count - 1)
        }
    }
}
