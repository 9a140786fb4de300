/// Groups of functionally equivalent circuits in a pretraining corpus, found by simulation and
/// never by file name: circuits with the same numbers of inputs, latches and outputs are compared
/// with `AIG.checkEquivalence(with:patternCount:seed:threads:)`, inputs and outputs matched by
/// position; circuits without outputs or latches have nothing to compare and are left out. A pair counts when exhaustive simulation proves it (at most 16 sources) or when
/// `patternCount` seeded random patterns show no difference (above 16: evidence, not a proof).
public enum EquivalentCircuits {
    /// The classes of at least two circuits, each increasing, ordered by their first member.
    /// Each circuit is compared with the first member of every class found so far in its
    /// interface group, so equivalence is taken as transitive.
    /// - Throws: `AIGError` from simulation.
    /// - Complexity: O(N × classes per interface × (M + M') × patterns / 64) at worst; a
    ///   non-equivalent pair usually fails within its first 512 patterns.
    public static func classes(_ circuits: [AIG], patternCount: Int = 1 << 16, seed: UInt64 = 1) throws -> [[Int]] {
        struct Interface: Hashable { var inputs: Int, latches: Int, outputs: Int }
        var groups: [Interface: [[Int]]] = [:]
        for (i, aig) in circuits.enumerated() {
            guard aig.outputs.count + aig.latches.count > 0 else { continue }  // nothing to compare
            let key = Interface(inputs: aig.inputs.count, latches: aig.latches.count, outputs: aig.outputs.count)
            let match = try groups[key, default: []].firstIndex { members in
                switch try aig.checkEquivalence(with: circuits[members[0]], patternCount: patternCount, seed: seed, threads: 1) {
                case .equivalent, .notProven: return true
                case .notEquivalent: return false
                }
            }
            if let match { groups[key]![match].append(i) } else { groups[key, default: []].append([i]) }
        }
        return groups.values.joined().filter { $0.count >= 2 }.sorted { $0[0] < $1[0] }
    }
}
