/// CheckM-style completeness and contamination of a bin from single-copy marker genes (Parks et
/// al., "CheckM", Genome Research 2015): for each collocated marker set, completeness is the
/// share of its markers present, contamination the extra copies per marker (`Σ max(copies − 1,
/// 0)` over the set's size); both are averaged over the sets.
public struct MarkerQuality: Sendable {
    /// The marker sets, as marker ids of `ContigMarkers.markerNames` (unknown names dropped).
    let sets: [[Int32]]

    /// Sets by marker name, resolved against `markers`. - Complexity: O(markers)
    public init(sets: [[String]], markers: ContigMarkers) {
        var index: [String: Int32] = [:]
        for (i, name) in markers.markerNames.enumerated() { index[name] = Int32(i) }
        // A marker no contig carries still counts in its set (as absent): give it an id of its own.
        var next = Int32(markers.markerNames.count)
        self.sets = sets.map { set in
            set.map { name in
                if let id = index[name] { return id }
                index[name] = next
                next += 1
                return next - 1
            }
        }
    }

    /// Completeness and contamination (fractions) of the bin made of `contigs`.
    /// - Complexity: O(markers on the contigs + set sizes)
    public func estimate(_ contigs: [Int], markers: ContigMarkers) -> (completeness: Double, contamination: Double) {
        var copies: [Int32: Int] = [:]
        for c in contigs {
            for m in markers.markersOfContig[c] { copies[m, default: 0] += 1 }
        }
        guard !sets.isEmpty else { return (0, 0) }
        var completeness = 0.0, contamination = 0.0
        for set in sets where !set.isEmpty {
            let present = set.filter { copies[$0, default: 0] > 0 }.count
            let extra = set.reduce(0) { $0 + max(copies[$1, default: 0] - 1, 0) }
            completeness += Double(present) / Double(set.count)
            contamination += Double(extra) / Double(set.count)
        }
        return (completeness / Double(sets.count), contamination / Double(sets.count))
    }
}
