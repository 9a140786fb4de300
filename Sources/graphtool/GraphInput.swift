import Foundation
import GraphCore
import Render

/// A graph read from a file the CLI was given, with what the file says about drawing it.
struct GraphInput {
    var graph: Graph
    /// The style the file's kind suggests (shapes by node type, inverted edges, level ranks).
    var style: DrawingStyle
    /// Node names a user can refer to (e.g. circuit outputs for `--cone`).
    var namedNodes: [String: Int32] = [:]

    /// Reads `path` by its extension: edge lists (`.tsv`, `.csv`, `.txt`, `.edges`, `.el`) or a
    /// directory in the dataset layout (`edges.tsv`, optional `features.tsv`, `labels.tsv`).
    static func load(_ path: String, undirected: Bool) throws -> GraphInput {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.missingFile(path)
        }
        if isDirectory.boolValue {
            let dataset = try LinkDataset.load(directory: url)
            var graph = dataset.graph
            if let labels = dataset.labels { graph.nodeTypes = labels }
            return GraphInput(graph: graph, style: DrawingStyle())
        }
        switch url.pathExtension.lowercased() {
        case "tsv", "csv", "txt", "edges", "el":
            let graph = try EdgeListReader.readGraph(contentsOf: url, options: .init(directed: !undirected))
            return GraphInput(graph: graph, style: DrawingStyle(ranksByLevel: false))
        default:
            throw CLIError.unknownFormat(path: path, known: ".tsv .csv .txt .edges .el, or a dataset directory")
        }
    }
}
