import GraphCore

/// Per-sample read depths of contigs: row `i` of `depths` belongs to `names[i]`, one column per
/// sample.
public struct ContigDepths: Sendable {
    /// Contig names, in file order.
    public let names: [String]
    /// Contig lengths when the file gives them (jgi depth files, contig tables), else `nil`.
    public let lengths: [Int]?
    /// `contigs × samples` mean depths.
    public let depths: Matrix
    /// Sample names from the header (`sample1`, … when there is none).
    public let samples: [String]

    /// Depths as given. - Precondition: one row and (when given) one length per name.
    public init(names: [String], lengths: [Int]?, depths: Matrix, samples: [String]) {
        precondition(depths.rows == names.count && (lengths?.count ?? names.count) == names.count)
        self.names = names
        self.lengths = lengths
        self.depths = depths
        self.samples = samples
    }

    /// The rows of these depths in the order of `contigs`.
    /// - Throws: `BinningInputError.missingContigs` naming the contigs without a row (never
    ///   dropped silently).
    /// - Returns: the reordered depths and the number of rows of contigs not in `contigs`.
    /// - Complexity: O(rows × samples)
    public func aligned(to contigs: [String], path: String, contigsPath: String) throws -> (depths: Matrix, unused: Int) {
        var row: [String: Int] = [:]
        for (i, name) in names.enumerated() { row[name] = i }
        let missing = contigs.filter { row[$0] == nil }
        guard missing.isEmpty else {
            throw BinningInputError.missingContigs(path: path, contigsPath: contigsPath,
                                                   names: Array(missing.prefix(3)), count: missing.count)
        }
        var out = Matrix(rows: contigs.count, columns: depths.columns)
        for (i, name) in contigs.enumerated() {
            let r = row[name]!
            for j in 0 ..< depths.columns { out[i, j] = depths[r, j] }
        }
        return (out, names.count - contigs.count)
    }
}

/// Reads contig depths in the layouts mappers and binners write:
/// - `jgi`: `jgi_summarize_bam_contig_depths` output, a header `contigName contigLen
///   totalAvgDepth S1 S1-var S2 S2-var …`, then per contig its name, length, total depth and a
///   depth and a variance per sample (the depths are kept);
/// - `abundance`: a TSV of contig name then one depth per sample, with or without a header line;
/// - `contigTable`: contig name, length, then one depth per sample, with a header line (the
///   `--contig-table` of precomputed inputs).
///
/// Errors name the file, line and column (`GraphIOError.malformedText`) or the contig listed
/// twice (`BinningInputError.duplicateContig`).
public enum DepthReader {
    /// The column layout of a depth file.
    public enum Layout: Sendable {
        case jgi, abundance, contigTable
    }

    /// Reads the depth file at `path`; `layout` `nil` tells `jgi` from `abundance` by the header.
    /// - Complexity: O(file size)
    public static func read(path: String, layout: Layout? = nil) throws -> ContigDepths {
        try parse(TextLines(contentsOf: path), layout: layout)
    }

    /// Parses a depth file held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>", layout: Layout? = nil) throws -> ContigDepths {
        try parse(TextLines(bytes, path: path), layout: layout)
    }

    private static func parse(_ lines: TextLines, layout given: Layout?) throws -> ContigDepths {
        var iterator = lines.makeIterator()
        var first = iterator.next()
        while let line = first, line.isBlank { first = iterator.next() }
        guard let header = first else {
            throw BinningInputError.unusable(path: lines.path, reason: "the depth file is empty; expected a row per contig")
        }
        let isJGI = header.fields.count >= 3 && header.string(1) == "contigLen" && header.string(2) == "totalAvgDepth"
        let layout = given ?? (isJGI ? .jgi : .abundance)
        let hasHeader = layout != .abundance || header.fields.count < 2 || Float(header.string(1)) == nil
        // The first depth column and the step between depth columns.
        let (firstDepth, step) = layout == .jgi ? (3, 2) : layout == .contigTable ? (2, 1) : (1, 1)
        let width = header.fields.count
        guard width > firstDepth, layout != .jgi || (width - firstDepth) % 2 == 0 else {
            let expected = layout == .jgi ? "contigName, contigLen, totalAvgDepth, then a depth and a variance column per sample"
                : layout == .contigTable ? "contig, length, then at least one depth column" : "contig, then at least one depth column"
            throw header.error(at: header.fields.count, expected: expected, found: "\(header.fields.count) column\(header.fields.count == 1 ? "" : "s")")
        }
        let sampleCount = (width - firstDepth) / step
        let samples = (0 ..< sampleCount).map { s in hasHeader ? header.string(firstDepth + s * step) : "sample\(s + 1)" }
        var names: [String] = [], lengths: [Int] = [], values: [Float] = []
        var seen = Set<String>()
        func row(_ line: TextLine) throws {
            guard !line.isBlank else { return }
            guard line.fields.count == width else {
                throw line.error(at: min(line.fields.count, width), expected: "\(width) columns, as the first line",
                                 found: "\(line.fields.count)")
            }
            let name = line.string(0)
            guard seen.insert(name).inserted else {
                throw BinningInputError.duplicateContig(path: line.path, line: line.number, name: name)
            }
            names.append(name)
            if layout != .abundance {
                lengths.append(try line.integer(1, in: 1 ... Int(Int32.max), "a contig length in bases (a positive integer)"))
            }
            for s in 0 ..< sampleCount {
                values.append(try line.nonNegative(firstDepth + s * step, "a depth (a non-negative number)"))
            }
        }
        if !hasHeader { try row(header) }
        while let line = iterator.next() { try row(line) }
        return ContigDepths(names: names, lengths: layout == .abundance ? nil : lengths,
                            depths: try Matrix(rows: names.count, columns: sampleCount, values: values), samples: samples)
    }
}
