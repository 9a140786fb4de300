import GraphCore

/// Reads GFA 1 (plain or gzip) as metaSPAdes, metaFlye and others write it: `S` (segment:
/// name, sequence or `*`, optional `LN:i:` tag), `L` (link: from, orientation, to,
/// orientation, overlap as a CIGAR or `*`, optional `RC:i:` read count) and `P` (path: name,
/// comma-separated oriented segments, overlaps). Other record types (`H`, `C`, `W`, …) and
/// comment lines (`#`) are skipped, as the specification allows.
///
/// Links and paths may name segments defined later; a name no `S` line defines is an error
/// naming the line, as is a segment defined twice or a malformed orientation.
public enum GFAReader {
    /// Reads the GFA file at `path`. - Complexity: O(file size)
    public static func read(path: String) throws -> AssemblyGraph {
        try parse(TextLines(contentsOf: path))
    }

    /// Parses GFA held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws -> AssemblyGraph {
        try parse(TextLines(bytes, path: path))
    }

    private static func parse(_ lines: TextLines) throws -> AssemblyGraph {
        var graph = AssemblyGraph()
        var index: [String: Int32] = [:]
        // Links and paths by segment name, resolved once every S line is known.
        var links: [(from: (String, Bool), to: (String, Bool), readCount: Float?, line: TextLine)] = []
        var paths: [(name: String, steps: [(String, Bool)], line: TextLine)] = []
        for line in lines {
            guard let kind = line.firstByte, kind != UInt8(ascii: "#") else { continue }
            guard line.fields[0].count == 1 else { continue }
            switch kind {
            case UInt8(ascii: "S"):
                try line.require(3, "S, a segment name and a sequence (or '*')")
                let name = line.string(1)
                guard index[name] == nil else {
                    throw BinningInputError.duplicateContig(path: line.path, line: line.number, name: name)
                }
                index[name] = Int32(graph.segmentNames.count)
                graph.segmentNames.append(name)
                let sequence = line.fields[2]
                var length = line.bytes[sequence] == [UInt8(ascii: "*")] ? 0 : sequence.count
                if let tag = try tagValue(line, "LN", from: 3), length == 0 { length = Int(tag) }
                graph.segmentLengths.append(length)
            case UInt8(ascii: "L"):
                try line.require(6, "L, a segment, + or -, a segment, + or -, and an overlap")
                links.append((try oriented(line, 1), try oriented(line, 3), try tagValue(line, "RC", from: 5), line))
            case UInt8(ascii: "P"):
                try line.require(3, "P, a path name and its segments (e.g. 1+,2-)")
                let steps = try line.string(2).split(separator: ",", omittingEmptySubsequences: false).map { step -> (String, Bool) in
                    guard let sign = step.last, sign == "+" || sign == "-", step.count > 1 else {
                        throw line.error(at: 2, expected: "oriented segments such as 1+,2- separated by commas",
                                         found: "\"\(step.prefix(40))\"")
                    }
                    return (String(step.dropLast()), sign == "-")
                }
                paths.append((line.string(1), steps, line))
            default:
                continue
            }
        }
        func resolve(_ name: String, _ reverse: Bool, _ line: TextLine, _ field: Int) throws -> AssemblyGraph.OrientedSegment {
            guard let s = index[name] else {
                throw line.error(at: field, expected: "a segment defined by an S line", found: "'\(name.prefix(40))'")
            }
            return s << 1 | (reverse ? 1 : 0)
        }
        for link in links {
            graph.links.append(.init(from: try resolve(link.from.0, link.from.1, link.line, 1),
                                     to: try resolve(link.to.0, link.to.1, link.line, 3), readCount: link.readCount))
        }
        for path in paths {
            graph.paths.append(.init(name: path.name, segments: try path.steps.map { try resolve($0.0, $0.1, path.line, 2) }))
        }
        return graph
    }

    /// The orientation pair at fields `i` (name) and `i + 1` (`+`/`-`).
    private static func oriented(_ line: TextLine, _ i: Int) throws -> (String, Bool) {
        let sign = line.string(i + 1)
        guard sign == "+" || sign == "-" else {
            throw line.error(at: i + 1, expected: "an orientation, + or -", found: "\"\(sign.prefix(40))\"")
        }
        return (line.string(i), sign == "-")
    }

    /// The value of an integer tag `TAG:i:value` among the fields from `start`, or `nil`.
    private static func tagValue(_ line: TextLine, _ tag: String, from start: Int) throws -> Float? {
        for i in start ..< line.fields.count {
            let field = line.string(i)
            guard field.hasPrefix(tag + ":") else { continue }
            guard field.hasPrefix(tag + ":i:") || field.hasPrefix(tag + ":f:"),
                  let value = Float(field.dropFirst(tag.count + 3)), value.isFinite, value >= 0 else {
                throw line.error(at: i, expected: "\(tag):i: and a non-negative integer", found: "\"\(field.prefix(40))\"")
            }
            return value
        }
        return nil
    }
}
