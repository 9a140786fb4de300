import Foundation

/// Reads sparse binary node features, one `node<TAB>feature-index` line per feature that is 1
/// (the layout of `shared/data/cora/features.tsv`), into a dense 0/1 `Matrix`. Blank lines and
/// `#` comments are skipped; spaces or a comma may separate the columns too.
///
/// The matrix has `max(nodeCount, largest node + 1)` rows and
/// `max(featureCount, largest index + 1)` columns; a pair listed twice is simply 1.
public enum FeatureListReader {
    /// The largest dense matrix the reader will allocate (2³² entries, 16 GiB of `Float`).
    public static let maxEntries = 1 << 32

    /// Reads the feature list in the file at `url`.
    /// - Throws: `GraphIOError.unreadable`, `.malformedText` naming the line and column, or
    ///   `.unsupported` when the dense matrix would exceed `maxEntries`.
    /// - Complexity: O(file size + rows × columns)
    public static func read(contentsOf url: URL, nodeCount: Int = 0, featureCount: Int = 0) throws -> Matrix {
        let bytes = try _readFile(url)
        return try parse(bytes, path: url.path, nodeCount: nodeCount, featureCount: featureCount)
    }

    /// Parses a feature list held in memory; `path` names it in errors.
    /// - Throws: as `read(contentsOf:nodeCount:featureCount:)`.
    /// - Complexity: O(bytes + rows × columns)
    public static func parse<Bytes: ContiguousBytes>(
        _ bytes: Bytes, path: String = "<memory>", nodeCount: Int = 0, featureCount: Int = 0
    ) throws -> Matrix {
        let pairs = try bytes.withUnsafeBytes { try _pairs(raw: $0, path: path) }
        return try _matrix(pairs, rows: max(nodeCount, pairs.largestNode + 1),
                           columns: max(featureCount, pairs.largestValue + 1))
    }

    static func _pairs(raw: UnsafeRawBufferPointer, path: String) throws -> _PairList {
        try _PairList(raw: raw, path: path, valueName: "a feature index",
                      valueRange: 0 ... Int(Int32.max) - 1)
    }

    /// The dense `rows × columns` 0/1 matrix with a 1 at every pair.
    static func _matrix(_ pairs: _PairList, rows: Int, columns: Int) throws -> Matrix {
        let (entries, overflow) = rows.multipliedReportingOverflow(by: columns)
        guard !overflow, entries <= maxEntries else {
            throw GraphIOError.unsupported(
                path: pairs.path,
                reason: "a dense \(rows)×\(columns) feature matrix would exceed \(maxEntries) entries; check the node ids and feature indices")
        }
        var matrix = Matrix(rows: rows, columns: columns)
        matrix.values.withUnsafeMutableBufferPointer { values in
            for k in 0 ..< pairs.nodes.count {
                values[Int(pairs.nodes[k]) * columns + Int(pairs.values[k])] = 1
            }
        }
        return matrix
    }
}
