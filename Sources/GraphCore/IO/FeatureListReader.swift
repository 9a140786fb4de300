import Foundation

/// Reads sparse binary node features, one `node<TAB>feature-index` line per feature that is 1
/// (the layout of `shared/data/cora/features.tsv`), into a dense 0/1 `Matrix`. Blank lines and
/// `#` comments are skipped; spaces or a comma may separate the columns too.
///
/// The matrix has `nodeCount` rows and `featureCount` columns when they are given (ids must then
/// be below them), else one more than the largest node id and feature index, within the limits
/// of `ListSizeLimits`; a pair listed twice is simply 1.
public enum FeatureListReader {
    /// The largest dense matrix the reader will allocate (2³² entries, 16 GiB of `Float`).
    public static let maxEntries = 1 << 32

    /// Reads the feature list in the file at `url`.
    /// - Throws: `GraphIOError.unreadable`, `.malformedText` naming the line and column (also
    ///   for ids beyond the counts given or the limits), or `GraphError.invalidArgument` when
    ///   the counts given make a matrix of more than `maxEntries`.
    /// - Complexity: O(file size + rows × columns)
    public static func read(contentsOf url: URL, nodeCount: Int? = nil, featureCount: Int? = nil) throws -> Matrix {
        let bytes = try FileIO.readAll(url.path)
        return try parse(bytes, path: url.path, nodeCount: nodeCount, featureCount: featureCount)
    }

    /// Parses a feature list held in memory; `path` names it in errors.
    /// - Throws: as `read(contentsOf:nodeCount:featureCount:)`.
    /// - Complexity: O(bytes + rows × columns)
    public static func parse<Bytes: ContiguousBytes>(
        _ bytes: Bytes, path: String = "<memory>", nodeCount: Int? = nil, featureCount: Int? = nil
    ) throws -> Matrix {
        try ListSizeLimits._checkGiven(nodeCount, "node count", path: path)
        let pairs = try bytes.withUnsafeBytes { try _pairs(raw: $0, path: path) }
        try pairs.checkNodes(below: nodeCount)
        return try _matrix(pairs, rows: nodeCount ?? pairs.largestNode.value + 1, rowsGiven: nodeCount != nil,
                           featureCount: featureCount, records: pairs.records)
    }

    static func _pairs(raw: UnsafeRawBufferPointer, path: String) throws -> _PairList {
        try _PairList(raw: raw, path: path, valueName: "a feature index",
                      valueRange: 0 ... Int(Int32.max) - 1)
    }

    /// The dense 0/1 matrix with a 1 at every pair: `rows` rows, `featureCount` columns when
    /// given, else one more than the largest index (within `ListSizeLimits`). Unless the row
    /// count was given, the matrix may hold `ListSizeLimits.entryLimit(records:)` entries for
    /// the `records` read; never more than `maxEntries`.
    /// - Throws: `GraphIOError.malformedText` at the largest index (or node id) that makes the
    ///   matrix too large, or `GraphError.invalidArgument` when the given counts alone do.
    /// - Complexity: O(rows × columns + pairs)
    static func _matrix(_ pairs: _PairList, rows: Int, rowsGiven: Bool, featureCount: Int?,
                        records: Int) throws -> Matrix {
        try ListSizeLimits._checkGiven(featureCount, "feature count", path: pairs.path)
        try pairs.largestValue.check(below: featureCount, records: pairs.records, path: pairs.path,
                                     what: "a feature index", countName: "the feature count",
                                     remedy: "number the features from 0, or give the feature count (featureCount:)")
        let columns = featureCount ?? pairs.largestValue.value + 1
        let limit = rowsGiven ? maxEntries : min(maxEntries, ListSizeLimits.entryLimit(records: records))
        let (entries, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, entries <= limit else {
            let size = "\(rows)×\(columns)"
            let blamed = featureCount == nil ? pairs.largestValue : rowsGiven ? nil : pairs.largestNode
            guard let blamed, blamed.value >= 0 else {
                throw GraphError.invalidArgument(
                    "\(pairs.path): the counts given make a dense \(size) feature matrix, over the limit of \(limit) entries")
            }
            let expected = rowsGiven
                ? "ids that fit a dense feature matrix of at most \(limit) entries (this one makes it \(size))"
                : "ids that fit a dense feature matrix of at most \(limit) entries, the limit for \(records) data lines without a node count (this one makes it \(size)); give the node count (nodeCount:, or --nodes on the command line) for a larger matrix"
            throw GraphIOError.malformedText(path: pairs.path, line: blamed.line, column: blamed.column,
                                             expected: expected, found: "\"\(blamed.value)\"")
        }
        var matrix = Matrix(rows: rows, columns: columns)
        matrix.withUnsafeMutableValues { values in
            for k in 0 ..< pairs.nodes.count {
                values[Int(pairs.nodes[k]) * columns + Int(pairs.values[k])] = 1
            }
        }
        return matrix
    }
}
