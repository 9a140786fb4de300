/// Reads the paths of contigs through an assembly graph's segments, in the two forms assemblers
/// write beside their GFA:
/// - metaSPAdes `contigs.paths` (or `scaffolds.paths`): a contig name line, then its segments
///   (`12+,13-`), a line ending in `;` continuing after a gap on the next line; the reverse
///   complement's record (name ending in `'`) is skipped;
/// - metaFlye `assembly_info.txt`: a `#seq_name …` header, then per contig its name and, in the
///   last column, its graph path (`1,-2,*,3`: edge ids, `-` for reverse, `*` for a gap), the
///   segments being named `edge_ID` in the GFA.
///
/// Segment names are resolved against `segments` (the GFA's); an unknown one is an error naming
/// the line.
public enum ContigPathsReader {
    /// The layouts read.
    public enum Layout: Sendable { case spades, flyeAssemblyInfo }

    /// Reads the paths file at `path`, telling the layouts apart by Flye's `#seq_name` header
    /// when `layout` is `nil`. - Complexity: O(file size)
    public static func read(path: String, segments: [String: Int32], layout: Layout? = nil) throws -> [AssemblyGraph.Path] {
        try parse(TextLines(contentsOf: path), segments: segments, layout: layout)
    }

    /// Parses a paths file held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>", segments: [String: Int32],
                             layout: Layout? = nil) throws -> [AssemblyGraph.Path] {
        try parse(TextLines(bytes, path: path), segments: segments, layout: layout)
    }

    private static func parse(_ lines: TextLines, segments: [String: Int32], layout: Layout?) throws -> [AssemblyGraph.Path] {
        let isFlye = layout.map { $0 == .flyeAssemblyInfo }
            ?? lines.first(where: { !$0.isBlank }).map { $0.string(0) == "#seq_name" } ?? false
        func segment(_ name: Substring, reverse: Bool, _ line: TextLine, _ field: Int) throws -> AssemblyGraph.OrientedSegment {
            guard let s = segments[String(name)] else {
                throw line.error(at: field, expected: "a segment of the GFA", found: "'\(name.prefix(40))'")
            }
            return s << 1 | (reverse ? 1 : 0)
        }
        var paths: [AssemblyGraph.Path] = []
        if isFlye {
            for line in lines where !line.isBlank && line.firstByte != UInt8(ascii: "#") {
                try line.require(2, "a contig name and its graph path")
                let last = line.fields.count - 1
                var steps: [AssemblyGraph.OrientedSegment] = []
                for token in line.string(last).split(separator: ",") where token != "*" && token != "??" {
                    let reverse = token.hasPrefix("-")
                    let id = reverse ? token.dropFirst() : token
                    guard !id.isEmpty, id.allSatisfy(\.isNumber) else {
                        throw line.error(at: last, expected: "a graph path of edge ids such as 1,-2,*,3", found: "'\(token.prefix(40))'")
                    }
                    steps.append(try segment("edge_" + id, reverse: reverse, line, last))
                }
                paths.append(.init(name: line.string(0), segments: steps))
            }
            return paths
        }
        var current: AssemblyGraph.Path?
        var skipping = false, expectingName = true
        var lastLine: TextLine?
        for line in lines where !line.isBlank {
            lastLine = line
            if expectingName {
                let name = line.string(0)
                skipping = name.hasSuffix("'")
                current = .init(name: name, segments: [])
                expectingName = false
                continue
            }
            var text = Substring(line.string(0))
            let gap = text.hasSuffix(";")
            if gap { text = text.dropLast() }
            for token in text.split(separator: ",") where !skipping {
                guard let sign = token.last, sign == "+" || sign == "-", token.count > 1 else {
                    throw line.error(at: 0, expected: "oriented segments such as 12+,13- separated by commas",
                                     found: "'\(token.prefix(40))'")
                }
                current!.segments.append(try segment(token.dropLast(), reverse: sign == "-", line, 0))
            }
            if !gap {
                if !skipping { paths.append(current!) }
                expectingName = true
            }
        }
        if !expectingName, let line = lastLine {
            throw line.error(at: line.fields.count, expected: "the segments of '\(current!.name)' on the next line",
                             found: "the end of the file")
        }
        return paths
    }
}
