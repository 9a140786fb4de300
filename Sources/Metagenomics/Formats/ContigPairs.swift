import GraphCore

/// Pairs of contigs, by index into the contig list: assembly-graph adjacencies (with weights)
/// or must-differ pairs. Pairs naming contigs outside the list (shorter than the minimum length,
/// or absent from the FASTA) are not kept, but counted, so a caller can report them.
public struct ContigPairs: Sendable {
    /// First contig of each pair.
    public internal(set) var first: [Int32] = []
    /// Second contig of each pair.
    public internal(set) var second: [Int32] = []
    /// Weight of each pair (1 where none was given).
    public internal(set) var weights: [Float] = []
    /// Distinct names the pairs used that are not among the contigs.
    public internal(set) var unknownNames = Set<String>()
    /// Pairs left out because a side is not among the contigs, or both sides are one contig.
    public internal(set) var droppedPairs = 0

    /// No pairs. - Complexity: O(1)
    public init() {}

    /// Number of pairs kept. - Complexity: O(1)
    public var count: Int { first.count }

    /// Adds a pair of contig indices. - Complexity: O(1) amortised.
    public mutating func append(_ a: Int32, _ b: Int32, weight: Float = 1) {
        guard a != b else {
            droppedPairs += 1
            return
        }
        first.append(a)
        second.append(b)
        weights.append(weight)
    }

    /// The pairs as an undirected graph over `nodeCount` contigs, weights summed over repeated
    /// pairs. - Complexity: O(nodeCount + pairs log pairs)
    public func graph(nodeCount: Int) throws -> Graph {
        var total: [UInt64: Float] = [:]
        for k in 0 ..< count {
            let (a, b) = (min(first[k], second[k]), max(first[k], second[k]))
            total[UInt64(UInt32(a)) << 32 | UInt64(UInt32(b)), default: 0] += weights[k]
        }
        var builder = GraphBuilder(nodeCount: nodeCount, options: .init(directed: false))
        for (key, weight) in total.sorted(by: { $0.key < $1.key }) {
            builder.addEdge(Int(key >> 32), Int(key & 0xFFFF_FFFF), weight: weight)
        }
        return try builder.build()
    }
}

/// Reads pairs of contig names, one pair a line: `contig_a contig_b [weight]` (the
/// `--edges` and `--must-differ` files). The first line is a header when its first field is
/// not a contig and names a column (it contains `contig`, `name` or `seq`); `#` lines are
/// comments. Names outside `contigs` are counted in the result, never silently dropped.
public enum ContigPairReader {
    /// Reads the pair file at `path`. - Complexity: O(file size)
    public static func read(path: String, contigs: [String: Int32], weighted: Bool) throws -> ContigPairs {
        try parse(TextLines(contentsOf: path), contigs: contigs, weighted: weighted)
    }

    /// Parses a pair file held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>", contigs: [String: Int32], weighted: Bool) throws -> ContigPairs {
        try parse(TextLines(bytes, path: path), contigs: contigs, weighted: weighted)
    }

    private static func parse(_ lines: TextLines, contigs: [String: Int32], weighted: Bool) throws -> ContigPairs {
        var pairs = ContigPairs()
        var first = true
        for line in lines where !line.isBlank && line.firstByte != UInt8(ascii: "#") {
            defer { first = false }
            if first && isHeader(line, contigs) { continue }
            try line.require(2, weighted ? "two contig names and an optional weight" : "two contig names")
            let extra = weighted ? 3 : 2
            guard line.fields.count <= extra else {
                throw line.error(at: extra, expected: "the end of the line", found: "\"\(line.string(extra).prefix(40))\"")
            }
            let weight = line.fields.count == 3 ? try line.nonNegative(2, "a weight (a non-negative number)") : 1
            let a = line.string(0), b = line.string(1)
            guard let i = contigs[a], let j = contigs[b] else {
                if contigs[a] == nil { pairs.unknownNames.insert(a) }
                if contigs[b] == nil { pairs.unknownNames.insert(b) }
                pairs.droppedPairs += 1
                continue
            }
            pairs.append(i, j, weight: weight)
        }
        return pairs
    }

    /// Whether a first line names columns rather than contigs.
    static func isHeader(_ line: TextLine, _ contigs: [String: Int32]) -> Bool {
        let word = line.string(0).lowercased()
        return contigs[line.string(0)] == nil && (word.contains("contig") || word.contains("name") || word.contains("seq"))
    }
}
