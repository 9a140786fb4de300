import ArgumentParser
import CircuitRender
import EDA
import Foundation
import GraphCore
import Quantum
import Render

/// A graph read from a file the CLI was given, with the style its kind suggests: a circuit
/// drawn as `CircuitDrawing` draws it, an edge list or dataset plain.
struct LoadedGraph {
    var graph: Graph
    var style: DrawingStyle
    /// The circuit, when the file was one.
    var circuit: CircuitDrawing?

    /// Reads `path` by its extension: circuits (AIGER, BLIF, bench, Verilog; OpenQASM 2 as its gate DAG), edge lists (`.tsv`, `.csv`, `.txt`, `.edges`, `.el`) or a
    /// directory in the dataset layout (`edges.tsv`, optional `features.tsv`, `labels.tsv`).
    static func load(_ path: String, undirected: Bool) throws -> LoadedGraph {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw CLIError.missingFile(path)
        }
        if isDirectory.boolValue {
            return LoadedGraph(graph: try LinkDataset.load(directory: url).graph, style: DrawingStyle())
        }
        if path.hasSuffix(".qasm") {
            let drawing = try QuantumDrawing(QASMReader.read(path))
            return LoadedGraph(graph: drawing.graph, style: drawing.style)
        }
        if CircuitFile.Format(path: path) != nil {
            let drawing = try CircuitDrawing(CircuitFile.read(path))
            return LoadedGraph(graph: drawing.graph, style: drawing.style, circuit: drawing)
        }
        // The file layer decompresses gzip, so `edges.tsv.gz` is an edge list too.
        let plain = CircuitFile.isGzipName(path) ? url.deletingPathExtension() : url
        switch plain.pathExtension.lowercased() {
        case "tsv", "csv", "txt", "edges", "el":
            let graph = try EdgeListReader.readGraph(contentsOf: url, options: .init(directed: !undirected))
            return LoadedGraph(graph: graph, style: DrawingStyle())
        default:
            throw CLIError.unknownFormat(path: path, known: "circuits (.aig .aag .blif .bench .v, .qasm), edge lists (.tsv .csv .txt .edges .el), either gzipped (.gz) or not, or a dataset directory")
        }
    }

    /// A node given by name (a circuit output) or by number.
    func node(named name: String, in path: String) throws -> Int32 {
        if let node = circuit?.namedNodes[name] { return node }
        if let number = Int32(name), number >= 0, Int(number) < graph.nodeCount { return number }
        throw CLIError.unknownNode(name: name, path: path)
    }

    /// The drawing of at most `maxNodes` nodes (of the fan-in cone of `cone` when given).
    func plan(maxNodes: Int, cone: [Int32] = []) throws -> DrawingPlan {
        try DrawingPlan(graph: graph, style: style, maxNodes: maxNodes, cone: cone.isEmpty ? nil : cone)
    }
}
