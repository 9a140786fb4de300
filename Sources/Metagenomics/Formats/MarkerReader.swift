import GraphCore

/// Single-copy marker genes found on contigs, and the CheckM marker sets that turn them into
/// completeness and contamination estimates.
public struct ContigMarkers: Sendable {
    /// Marker names, indexed by marker id.
    public internal(set) var markerNames: [String] = []
    /// The marker ids on each contig (a marker may repeat).
    public internal(set) var markersOfContig: [[Int32]]
    /// Distinct contig names the file used that are not among the contigs (counted, not kept).
    public internal(set) var unknownNames = Set<String>()

    /// No markers on `contigCount` contigs. - Complexity: O(contigCount)
    public init(contigCount: Int) {
        markersOfContig = Array(repeating: [], count: contigCount)
    }

    /// The id of `name`, added when new. - Complexity: O(1) expected with `index`.
    mutating func id(of name: String, _ index: inout [String: Int32]) -> Int32 {
        if let id = index[name] { return id }
        let id = Int32(markerNames.count)
        markerNames.append(name)
        index[name] = id
        return id
    }
}

/// Reads `contig marker` lines (a header line naming the columns is skipped, `#` lines are
/// comments), the `--markers` file. Contig names outside `contigs` are counted in
/// `unknownNames`.
public enum MarkerReader {
    /// Reads the marker file at `path`. - Complexity: O(file size)
    public static func read(path: String, contigs: [String: Int32]) throws -> ContigMarkers {
        try parse(TextLines(contentsOf: path), contigs: contigs)
    }

    /// Parses a marker file held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>", contigs: [String: Int32]) throws -> ContigMarkers {
        try parse(TextLines(bytes, path: path), contigs: contigs)
    }

    private static func parse(_ lines: TextLines, contigs: [String: Int32]) throws -> ContigMarkers {
        var markers = ContigMarkers(contigCount: contigs.count)
        var index: [String: Int32] = [:]
        var first = true
        for line in lines where !line.isBlank && line.firstByte != UInt8(ascii: "#") {
            defer { first = false }
            if first && ContigPairReader.isHeader(line, contigs) { continue }
            guard line.fields.count == 2 else {
                throw line.error(at: min(line.fields.count, 2), expected: "a contig name and a marker id",
                                 found: "\(line.fields.count) field\(line.fields.count == 1 ? "" : "s")")
            }
            guard let contig = contigs[line.string(0)] else {
                markers.unknownNames.insert(line.string(0))
                continue
            }
            guard Int(contig) < markers.markersOfContig.count else {
                throw line.error(at: 0, expected: "a contig index below \(markers.markersOfContig.count)", found: "\(contig)")
            }
            markers.markersOfContig[Int(contig)].append(markers.id(of: line.string(1), &index))
        }
        return markers
    }
}

/// Reads CheckM marker-set files (`.ms`, as `checkm taxon_set` writes): `#` comment lines,
/// then one tab-separated line per lineage whose last field is a Python list of sets of quoted
/// marker ids, `[{'PF00410.14', 'TIGR00967'}, {…}]`. The sets of the first lineage line are
/// returned.
public enum MarkerSetReader {
    /// Reads the marker-set file at `path`. - Complexity: O(file size)
    public static func read(path: String) throws -> [[String]] {
        try parse(TextLines(contentsOf: path))
    }

    /// Parses a marker-set file held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws -> [[String]] {
        try parse(TextLines(bytes, path: path))
    }

    private static func parse(_ lines: TextLines) throws -> [[String]] {
        for line in lines where !line.isBlank && line.firstByte != UInt8(ascii: "#") {
            let text = line.bytes[line.start ..< line.end]
            guard let open = text.firstIndex(of: UInt8(ascii: "[")) else {
                throw line.error(at: 0, expected: "a list of marker sets, [{'PF00410.14', …}, …]", found: "no '['")
            }
            var sets: [[String]] = [], current: [String]? = nil
            var k = open + 1
            func fail(_ expected: String) -> GraphIOError {
                let found = k < line.end ? "\"\(Character(Unicode.Scalar(line.bytes[k])))\"" : "the end of the line"
                return .malformedText(path: line.path, line: line.number, column: k - line.start + 1,
                                      expected: expected, found: found)
            }
            while k < line.end {
                let c = line.bytes[k]
                switch c {
                case UInt8(ascii: "{"):
                    guard current == nil else { throw fail("'}' before a new set") }
                    current = []
                case UInt8(ascii: "}"):
                    guard let set = current else { throw fail("'{' before '}'") }
                    sets.append(set)
                    current = nil
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    guard current != nil else { throw fail("a quoted marker id inside a set") }
                    guard let close = line.bytes[(k + 1) ..< line.end].firstIndex(of: c) else { throw fail("a closing quote") }
                    current!.append(String(decoding: line.bytes[(k + 1) ..< close], as: UTF8.self))
                    k = close
                case UInt8(ascii: "]"):
                    guard current == nil else { throw fail("'}' before ']'") }
                    guard !sets.isEmpty else { throw fail("at least one marker set") }
                    return sets
                case UInt8(ascii: ","), UInt8(ascii: " "), UInt8(ascii: "\t"):
                    break
                default:
                    throw fail("a set of quoted marker ids")
                }
                k += 1
            }
            throw fail("']' closing the list")
        }
        throw BinningInputError.unusable(path: lines.path, reason: "no marker-set line; expected a CheckM .ms file (checkm taxon_set)")
    }
}
