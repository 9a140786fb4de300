import ArgumentParser
import Foundation
import GraphCore

/// The file formats of `graphtool embed`.
enum EmbeddingFormat: String, ExpressibleByArgument, CaseIterable {
    case npy, csv, json
}

/// Writes embeddings in one of ``EmbeddingFormat``, atomically.
enum EmbeddingOutput {
    /// The versioned JSON document of `graphtool embed --format json`.
    struct Document: Codable {
        static let currentFormat = 1
        var format = Document.currentFormat
        var file: String
        var model: String
        var width: Int
        /// The circuit's embedding (mean of its gates' rows).
        var graph: [Float]
        /// One row per AIG variable (absent with `--level graph`).
        var nodes: [[Float]]?
    }

    /// Writes `matrix` (one row per node, or the single graph row) to `path`.
    /// - Throws: `GraphIOError.unwritable`, encoding errors.
    /// - Complexity: O(rows × columns)
    static func write(_ matrix: Matrix, to path: String, format: EmbeddingFormat, document: Document? = nil) throws {
        let url = URL(fileURLWithPath: path)
        switch format {
        case .npy:
            try NPYWriter.write(matrix, to: url)
        case .csv:
            var text = (0 ..< matrix.columns).map { "e\($0)" }.joined(separator: ",") + "\n"
            text.reserveCapacity(matrix.values.count * 12)
            for r in 0 ..< matrix.rows {
                text += matrix.row(r).map { "\($0)" }.joined(separator: ",") + "\n"
            }
            try FileIO.writeAtomically(Array(text.utf8), to: url.path)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            try FileIO.writeAtomically(try encoder.encode(document!), to: url.path)
        }
    }

    /// Where the graph embedding goes beside node embeddings at `path`:
    /// `x.embeddings.npy` → `x.graph-embedding.npy`, else `x.npy` → `x.graph.npy`. - Complexity: O(path)
    static func graphPath(besides path: String) -> String {
        let ext = (path as NSString).pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        let suffix = ext.isEmpty ? "" : ".\(ext)"
        if stem.hasSuffix(".embeddings") { return String(stem.dropLast(".embeddings".count)) + ".graph-embedding" + suffix }
        return stem + ".graph" + suffix
    }
}
