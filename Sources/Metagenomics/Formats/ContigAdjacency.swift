/// The contig–contig graph of an assembly, built from contig paths through the segment graph as
/// GraphBin (Mallawaarachchi et al. 2020) and GraphMB (Lamurias et al. 2022) do: contigs A ≠ B
/// are adjacent when a link joins an end segment (first or last) of A's path to a segment of
/// B's path, or the other way round. The weight of an adjacency is the sum of the read counts
/// of the links behind it (Flye's `RC`), 1 per link where the assembler gave none.
///
/// Without paths, every segment is a contig and every link an edge.
public enum ContigAdjacency {
    /// The adjacencies among `contigs` (index by name), from `paths` through `graph` (its own
    /// `P` lines when `paths` is `nil`, or its segments when it has none). Paths of contigs not
    /// in `contigs` and the adjacencies through them are counted in the result.
    /// - Complexity: O(path steps + links × contigs per segment)
    public static func build(_ graph: AssemblyGraph, paths given: [AssemblyGraph.Path]?, contigs: [String: Int32]) -> ContigPairs {
        let paths = given ?? (graph.paths.isEmpty
            ? graph.segmentNames.enumerated().map { .init(name: $1, segments: [Int32($0) << 1]) }
            : graph.paths)
        var result = ContigPairs()
        // Per segment: the kept contigs whose path contains it, and those whose path ends there.
        var containing = [[Int32]](repeating: [], count: graph.segmentNames.count)
        var endingAt = [[Int32]](repeating: [], count: graph.segmentNames.count)
        for path in paths {
            guard let contig = contigs[path.name] else {
                result.unknownNames.insert(path.name)
                continue
            }
            for step in Set(path.segments.map { Int($0 >> 1) }) { containing[step].append(contig) }
            if let head = path.segments.first, let tail = path.segments.last {
                endingAt[Int(head >> 1)].append(contig)
                if tail >> 1 != head >> 1 { endingAt[Int(tail >> 1)].append(contig) }
            }
        }
        var weight: [UInt64: Float] = [:]
        for link in graph.links {
            let (s, t) = (Int(link.from >> 1), Int(link.to >> 1))
            let w = link.readCount ?? 1
            var joined = Set<UInt64>()
            for (ends, contains) in [(endingAt[s], containing[t]), (endingAt[t], containing[s])] {
                for a in ends {
                    for b in contains where a != b {
                        joined.insert(UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b))))
                    }
                }
            }
            for key in joined { weight[key, default: 0] += w }
        }
        for (key, w) in weight.sorted(by: { $0.key < $1.key }) {
            result.append(Int32(key >> 32), Int32(key & 0xFFFF_FFFF), weight: w)
        }
        return result
    }
}
