import Foundation

/// Reads edge lists: one edge `u v [weight]` per line, fields separated by tabs, spaces or a
/// comma (TSV, CSV and whitespace files alike). Blank lines and `#` comments are skipped; a
/// `\r` before the newline is ignored. The first edge decides whether the file is weighted, and
/// every later edge must have the same number of columns.
///
/// Parsing runs over the raw bytes, with no `String` per line; ids are non-negative integers
/// below `nodeCount` when given, else below the limit `ListSizeLimits` sets by the number of
/// edges (so one stray large id cannot allocate for billions of nodes); weights are finite
/// decimal numbers.
///
/// ```swift
/// let edges = try EdgeListReader.read(contentsOf: url)
/// let graph = try edges.graph(options: .init(directed: false))
/// ```
public enum EdgeListReader {
    /// Reads the edge list in the file at `url`.
    ///
    /// - Parameter nodeCount: when given, ids must be below it and the list has that many nodes;
    ///   otherwise the list has one more node than the largest id, which must be below
    ///   `ListSizeLimits.idLimit(records:)` for the number of edges.
    /// - Throws: `GraphIOError.unreadable`, or `.malformedText` naming the line and column.
    /// - Complexity: O(file size)
    public static func read(contentsOf url: URL, nodeCount: Int? = nil) throws -> EdgeList {
        let bytes = try FileIO.readAll(url.path)
        return try parse(bytes, path: url.path, nodeCount: nodeCount)
    }

    /// Reads the file at `url` and builds a graph from it with `GraphBuilder` and `options`.
    ///
    /// - Throws: as `read(contentsOf:nodeCount:)`.
    /// - Complexity: O(file size + V + E log d).
    public static func readGraph(contentsOf url: URL, nodeCount: Int? = nil,
                                 options: GraphBuilder.Options = .init()) throws -> Graph {
        try read(contentsOf: url, nodeCount: nodeCount).graph(options: options)
    }

    /// Parses an edge list held in memory (`Data`, `[UInt8]`, …); `path` names it in errors.
    ///
    /// - Throws: `GraphIOError.malformedText` naming `path`, the line and the column.
    /// - Complexity: O(bytes)
    public static func parse<Bytes: ContiguousBytes>(
        _ bytes: Bytes, path: String = "<memory>", nodeCount: Int? = nil
    ) throws -> EdgeList {
        try bytes.withUnsafeBytes { try parse(raw: $0, path: path, nodeCount: nodeCount) }
    }

    private static func parse(raw: UnsafeRawBufferPointer, path: String, nodeCount: Int?) throws -> EdgeList {
        if let nodeCount, nodeCount < 0 || nodeCount > Int(Int32.max) {
            throw GraphIOError.unsupported(path: path, reason: "node count \(nodeCount) is not in 0...\(Int32.max)")
        }
        let maxID = (nodeCount ?? Int(Int32.max)) - 1
        let idRange = nodeCount.map { "0..<\($0) (the node count given)" } ?? "0...\(maxID)"
        var scanner = _TextScanner(raw, path: path)
        var sources: [Int32] = [], targets: [Int32] = [], weights: [Float] = []
        let estimate = raw.count / 8
        sources.reserveCapacity(estimate)
        targets.reserveCapacity(estimate)
        var weighted: Bool?
        var firstLine = 0
        var largest = _LargestID()
        func nodeID(_ what: String) throws -> Int {
            let (line, column) = (scanner.line, scanner.column)
            let id = try scanner.integer(in: 0, maxID, "\(what), an integer in \(idRange)")
            largest.note(id, line: line, column: column)
            return id
        }
        while scanner.nextDataLine() {
            let u = try nodeID("a source node id")
            guard scanner.nextField() else {
                throw scanner.error(expected: "a target node id after the source (columns: u v [weight])")
            }
            let v = try nodeID("a target node id")
            let more = scanner.nextField()
            if weighted == nil {
                weighted = more
                firstLine = scanner.line
            }
            if weighted! {
                guard more else {
                    throw scanner.error(expected: "a weight in column 3, as on line \(firstLine)")
                }
                weights.append(try scanner.float("a weight, a finite decimal number"))
                try scanner.endLine(expected: "the end of the line after the weight (columns: u v weight)")
            } else {
                try scanner.endLine(expected: "the end of the line: line \(firstLine) has 2 columns (u v), so every edge must")
            }
            sources.append(Int32(truncatingIfNeeded: u))
            targets.append(Int32(truncatingIfNeeded: v))
        }
        try largest.check(below: nodeCount, records: sources.count, path: path, what: "a node id",
                          countName: "the node count", remedy: _LargestID.nodeRemedy)
        var list = EdgeList(sources: [], targets: [], nodeCount: nodeCount ?? largest.value + 1)
        list.sources = sources
        list.targets = targets
        list.weights = weighted == true ? weights : nil
        return list
    }
}
