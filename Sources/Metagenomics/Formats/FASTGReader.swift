import GraphCore

/// Reads FASTG (plain or gzip) as SPAdes writes `assembly_graph.fastg` and MEGAHIT's
/// `megahit_core contig2fastg` writes its graph: FASTA records whose header is
/// `>EDGE[:NEXT,NEXT',…];`, an edge name (`'` marking its reverse complement) followed by the
/// edges that continue it, then the edge's sequence on the following lines. Every edge appears
/// twice, once per strand; each record becomes a segment (named by its edge) and each
/// continuation a link, the two strands' copies of a link counted once.
///
/// Segments are named by their number when the name reads `EDGE_N_…` (SPAdes) or `NODE_N_…`
/// (MEGAHIT), as `contigs.paths` and MEGAHIT's contig names `kK_N` refer to them; otherwise by
/// the whole name. A header that is not of this form, a continuation naming an edge no header
/// defines, or an edge given twice on one strand is an error naming the line.
public enum FASTGReader {
    /// Reads the FASTG file at `path`. - Complexity: O(file size)
    public static func read(path: String) throws -> AssemblyGraph {
        try parse(FileIO.readAll(path), path: path)
    }

    /// Parses FASTG held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws -> AssemblyGraph {
        var graph = AssemblyGraph()
        var index: [String: Int32] = [:]
        var strandsSeen = Set<Int32>()  // oriented segments that had their own header
        var continuations: [(from: (String, Bool), to: [(String, Bool)], line: Int, column: Int)] = []
        var current: (segment: Int32, forward: Bool)? = nil  // the record whose sequence lines are being read
        var lineNumber = 0, position = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        func fail(_ line: Int, _ column: Int, _ expected: String, _ found: String) -> GraphIOError {
            .malformedText(path: path, line: line, column: column, expected: expected, found: found)
        }
        while position < bytes.count {
            lineNumber += 1
            var end = position
            while end < bytes.count && bytes[end] != UInt8(ascii: "\n") { end += 1 }
            var stop = end
            if stop > position && bytes[stop - 1] == UInt8(ascii: "\r") { stop -= 1 }
            defer { position = end + 1 }
            guard stop > position else { continue }
            guard bytes[position] == UInt8(ascii: ">") else {
                guard let record = current else {
                    throw fail(lineNumber, 1, "a header line starting with '>' before any sequence", quoted(bytes[position ..< stop]))
                }
                if record.forward {  // the forward strand's record gives the length
                    graph.segmentLengths[Int(record.segment)] += bases(bytes[position ..< stop])
                }
                continue
            }
            var header = String(decoding: bytes[position + 1 ..< stop], as: UTF8.self)
            if let space = header.firstIndex(where: { $0 == " " || $0 == "\t" }) { header = String(header[..<space]) }
            guard header.hasSuffix(";") else {
                throw fail(lineNumber, 2, "a FASTG header ending in ';' (>EDGE:NEXT,NEXT';)", quoted(Array(header.utf8)))
            }
            header.removeLast()
            let parts = header.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let edge = try oriented(parts[0], line: lineNumber, column: 2, fail)
            let name = segmentName(edge.0)
            let segment = index[name] ?? {
                index[name] = Int32(graph.segmentNames.count)
                graph.segmentNames.append(name)
                graph.segmentLengths.append(0)
                return Int32(graph.segmentNames.count - 1)
            }()
            let strand = segment << 1 | (edge.1 ? 1 : 0)
            guard strandsSeen.insert(strand).inserted else {
                throw fail(lineNumber, 2, "each edge once per strand", "'\(parts[0].prefix(60))' again")
            }
            current = (segment, !edge.1)
            if parts.count == 2, !parts[1].isEmpty {  // `>EDGE:;` continues nowhere, as `>EDGE;`
                let column = parts[0].utf8.count + 3
                let next = try parts[1].split(separator: ",", omittingEmptySubsequences: false).map {
                    try oriented($0, line: lineNumber, column: column, fail)
                }
                continuations.append(((name, edge.1), next.map { (segmentName($0.0), $0.1) }, lineNumber, column))
            }
        }
        var seen = Set<UInt64>()
        for continuation in continuations {
            let from = index[continuation.from.0]! << 1 | (continuation.from.1 ? 1 : 0)
            for (name, reverse) in continuation.to {
                guard let target = index[name] else {
                    throw fail(continuation.line, continuation.column, "edges that have a header of their own", "'\(name.prefix(60))'")
                }
                let to = target << 1 | (reverse ? 1 : 0)
                // A → B on one strand is B' → A' on the other: keep one of the two.
                let key = min(UInt64(UInt32(from)) << 32 | UInt64(UInt32(to)), UInt64(UInt32(to ^ 1)) << 32 | UInt64(UInt32(from ^ 1)))
                guard seen.insert(key).inserted else { continue }
                graph.links.append(.init(from: from, to: to, readCount: nil))
            }
        }
        return graph
    }

    /// A one-segment path per segment, named by the contig it is: the contig of the same name, or
    /// MEGAHIT's `kK_N` for segment `N`; segments matching no contig keep their own name (so
    /// they are reported as not binned). - Complexity: O(contigs + segments)
    public static func megahitPaths(_ graph: AssemblyGraph, contigs: [String]) -> [AssemblyGraph.Path] {
        var contigOf: [String: String] = [:]
        for name in contigs {
            let parts = name.split(separator: "_", omittingEmptySubsequences: false)
            if parts.count == 2, parts[0].first == "k", Int(parts[0].dropFirst()) != nil, Int(parts[1]) != nil {
                contigOf[String(parts[1])] = name
            }
        }
        for name in contigs { contigOf[name] = name }  // a contig named as the segment comes first
        return graph.segmentNames.enumerated().map { segment, name in
            .init(name: contigOf[name] ?? name, segments: [Int32(segment) << 1])
        }
    }

    /// The number `N` of `EDGE_N_…` or `NODE_N_…`, else `name`.
    static func segmentName(_ name: String) -> String {
        for prefix in ["EDGE_", "NODE_"] where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty { return String(digits) }
        }
        return name
    }

    /// An edge name with its strand (`true` for a trailing `'`).
    private static func oriented(_ text: Substring, line: Int, column: Int,
                                 _ fail: (Int, Int, String, String) -> GraphIOError) throws -> (String, Bool) {
        let reverse = text.hasSuffix("'")
        let name = reverse ? text.dropLast() : text
        guard !name.isEmpty, !name.contains(where: { $0 == "'" || $0 == ";" || $0 == ":" }) else {
            throw fail(line, column, "an edge name, with ' for its reverse strand", "'\(text.prefix(60))'")
        }
        return (String(name), reverse)
    }

    /// The bases on a sequence line (letters only; FASTG allows nothing else outside headers).
    private static func bases(_ line: ArraySlice<UInt8>) -> Int {
        line.reduce(0) { $0 + ((($1 | 0x20) >= UInt8(ascii: "a") && ($1 | 0x20) <= UInt8(ascii: "z")) ? 1 : 0) }
    }

    private static func quoted(_ bytes: some Collection<UInt8>) -> String {
        "\"\(String(decoding: bytes.prefix(40), as: UTF8.self))\""
    }
}
