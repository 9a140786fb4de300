import Foundation
import GraphCore

/// Where and how the embeddings of a circuit are written (what `graphtool embed` writes): at
/// gate level, one row per AIG variable to `FILE.embeddings.<format>` and the circuit's row
/// beside it to `FILE.graph-embedding.<format>` (JSON puts both in one document); at graph level,
/// only the circuit's row, to `FILE.graph-embedding.<format>`. Every file is replaced atomically.
public enum EmbeddingOutput {
    /// Which rows are written.
    public enum Level: String, Sendable, CaseIterable {
        /// A row per AIG variable plus the circuit's row.
        case gate
        /// Only the circuit's row.
        case graph
    }

    /// The versioned JSON document of ``EmbeddingFormat/json``.
    public struct Document: Codable, Sendable {
        /// The `format` value this version writes.
        public static let currentFormat = 1
        /// Bumped when fields change meaning.
        public var format = Document.currentFormat
        /// The circuit file.
        public var file: String
        /// The model file.
        public var model: String
        /// Embedding width.
        public var width: Int
        /// The circuit's embedding (mean of its gates' rows).
        public var graph: [Float]
        /// One row per AIG variable (absent at graph level).
        public var nodes: [[Float]]?
    }

    /// Where the main file goes for `circuit` when no output is given:
    /// `circuit.embeddings.<format>` at gate level, `circuit.graph-embedding.<format>` at graph level.
    /// - Complexity: O(path)
    public static func defaultPath(for circuit: String, level: Level, format: EmbeddingFormat) -> String {
        "\(circuit).\(level == .gate ? "embeddings" : "graph-embedding").\(format.rawValue)"
    }

    /// Where the graph embedding goes beside node embeddings at `path`:
    /// `x.embeddings.npy` → `x.graph-embedding.npy`, else `x.npy` → `x.graph.npy`. - Complexity: O(path)
    public static func graphPath(besides path: String) -> String {
        let ext = (path as NSString).pathExtension
        let stem = ext.isEmpty ? path : String(path.dropLast(ext.count + 1))
        let suffix = ext.isEmpty ? "" : ".\(ext)"
        if stem.hasSuffix(".embeddings") { return String(stem.dropLast(".embeddings".count)) + ".graph-embedding" + suffix }
        return stem + ".graph" + suffix
    }

    /// Writes the embeddings of the circuit file `circuit`, embedded with the model file
    /// `model`: `nodes` (one row per AIG variable) and `graph` (`1 × width`) as `level` and
    /// `format` say, to `output` (or ``defaultPath(for:level:format:)``) and, for gate-level NPY
    /// or CSV, the graph row to ``graphPath(besides:)``. Returns the paths written, in order.
    /// - Throws: `GraphIOError.unwritable`, encoding errors.
    /// - Complexity: O(nodes × width)
    @discardableResult
    public static func write(nodes: Matrix, graph: Matrix, circuit: String, model: String, level: Level,
                             format: EmbeddingFormat, to output: String? = nil) throws -> [String] {
        let path = output ?? defaultPath(for: circuit, level: level, format: format)
        switch (level, format) {
        case (.gate, .json):
            let document = Document(file: circuit, model: model, width: graph.columns, graph: graph.values,
                                    nodes: (0 ..< nodes.rows).map { Array(nodes.row($0)) })
            try writeJSON(document, to: path)
            return [path]
        case (.graph, .json):
            try writeJSON(Document(file: circuit, model: model, width: graph.columns, graph: graph.values), to: path)
            return [path]
        case (.gate, _):
            let graphOut = graphPath(besides: path)
            try write(nodes, to: path, format: format)
            try write(graph, to: graphOut, format: format)
            return [path, graphOut]
        case (.graph, _):
            try write(graph, to: path, format: format)
            return [path]
        }
    }

    /// Writes `matrix` as NPY or CSV to `path`.
    private static func write(_ matrix: Matrix, to path: String, format: EmbeddingFormat) throws {
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
            preconditionFailure("JSON is written as one Document")
        }
    }

    private static func writeJSON(_ document: Document, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        try FileIO.writeAtomically(try encoder.encode(document), to: path)
    }
}
