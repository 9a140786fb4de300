/// Joins bins along the assembly graph: bins linked by edges are merged, the pair with the
/// largest summed edge weight first, unless a must-differ pair would end up in one bin; repeated
/// until no pair of linked bins can merge. Contigs that the assembler connected usually come
/// from one genome, and the must-differ pairs stop the merges that would join two genomes (their
/// single-copy markers would then repeat).
public enum GraphMerge {
    /// The bins after merging, renumbered 0, 1, … in order of first appearance.
    /// - Complexity: O(rounds × (edges log edges + pairs))
    public static func merge(_ bins: [Int32], edges: ContigPairs, mustDiffer: ContigPairs) -> [Int32] {
        var bin = bins
        var partners = [Int32: Set<Int32>]()  // bin → bins it must differ from
        func rebuildPartners() {
            partners = [:]
            for k in 0 ..< mustDiffer.count {
                let (a, b) = (bin[Int(mustDiffer.first[k])], bin[Int(mustDiffer.second[k])])
                partners[a, default: []].insert(b)
                partners[b, default: []].insert(a)
            }
        }
        while true {
            rebuildPartners()
            var weight = [UInt64: Float]()
            for k in 0 ..< edges.count {
                let (a, b) = (bin[Int(edges.first[k])], bin[Int(edges.second[k])])
                guard a != b else { continue }
                weight[UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b))), default: 0] += edges.weights[k]
            }
            var target = [Int32: Int32]()  // merged bin → the bin it joined
            func root(_ b: Int32) -> Int32 {
                var r = b
                while let next = target[r] { r = next }
                return r
            }
            var merged = 0
            for (key, _) in weight.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) {
                let (a, b) = (root(Int32(key >> 32)), root(Int32(key & 0xFFFF_FFFF)))
                guard a != b, !(partners[a]?.contains(b) ?? false) else { continue }
                target[b] = a
                let moved = partners.removeValue(forKey: b) ?? []
                partners[a, default: []].formUnion(moved)
                for p in moved {
                    partners[p]?.remove(b)
                    partners[p]?.insert(a)
                }
                merged += 1
            }
            guard merged > 0 else { break }
            bin = bin.map { root($0) }
        }
        var renumber = [Int32: Int32]()
        return bin.map { b in
            if let r = renumber[b] { return r }
            renumber[b] = Int32(renumber.count)
            return Int32(renumber.count - 1)
        }
    }
}
