import ArgumentParser
import Foundation
import GraphCore
import Render

/// The `--color-by` choices of `graphtool render`.
enum Coloring {
    /// A colouring and, when it needs saying, how it was read from the user's choice.
    struct Choice {
        var coloring: DrawingStyle.Coloring
        var note: String?
    }

    static func parse(_ choice: String, for input: LoadedGraph, path: String) throws -> Choice {
        let graph = input.graph
        switch choice {
        case "probability":
            guard let circuit = input.circuit else {
                throw ValidationError("--color-by probability needs a circuit file (.aig .aag .blif .bench .v), not \(path)")
            }
            return Choice(coloring: .values(try circuit.signalProbabilities(), title: "signal probability"))
        case "level":
            return Choice(coloring: .values(try graph.topologicalLevels().map(Double.init), title: "level"))
        case "cluster":
            return Choice(coloring: .categories(graph.connectedComponents().component, title: "component"))
        case "degree":
            return Choice(coloring: .values(graph.outDegrees().map(Double.init), title: "out-degree"))
        default:
            guard choice.hasSuffix(".npy") else {
                throw ValidationError("--color-by takes level, probability, cluster, degree or a .npy file, not '\(choice)'")
            }
            return try values(in: choice, for: input)
        }
    }

    /// A `.npy` file's values (float32: first column) or categories (integers, 1-D), one per
    /// node or, for a circuit, one per AIG variable.
    private static func values(in path: String, for input: LoadedGraph) throws -> Choice {
        let array = try NPYReader.read(contentsOf: URL(fileURLWithPath: path))
        let title = URL(fileURLWithPath: path).lastPathComponent
        let rows = array.shape[0], columns = array.shape.count == 2 ? array.shape[1] : 1
        func spread<T>(_ values: [T], missing: T) throws -> [T] {
            if let circuit = input.circuit, let spread = circuit.nodeValues(values, missing: missing) { return spread }
            if values.count == input.graph.nodeCount { return values }
            let circuit = input.circuit.map { " or one per AIG variable (\($0.aig.variableCount), as graphtool embed writes)" } ?? ""
            throw CLIError.invalidValues(path: path, reason: "has \(rows) rows; expected one per node (\(input.graph.nodeCount))\(circuit)")
        }
        func categories(_ ids: [Int32]) throws -> Choice {
            guard array.shape.count == 1 else {
                throw CLIError.invalidValues(path: path, reason: "holds a \(rows)×\(columns) integer array; categories need a 1-D array (save labels.ravel())")
            }
            return Choice(coloring: .categories(try spread(ids, missing: -1), title: title))
        }
        switch array.values {
        case .float32(let values):
            guard columns >= 1 else { throw CLIError.invalidValues(path: path, reason: "has no columns") }
            let column = stride(from: 0, to: values.count, by: columns).map { Double(values[$0]) }
            let note = columns > 1 ? "\(path) has \(columns) columns; colouring by the first" : nil
            return Choice(coloring: .values(try spread(column, missing: .nan), title: title), note: note)
        case .int32(let ids):
            return try categories(ids)
        case .complex128:
            throw CLIError.invalidValues(path: path, reason: "holds complex numbers; colours need float32 values or integer categories")
        case .int64(let ids):
            return try categories(ids.map { id in
                guard let narrow = Int32(exactly: id) else {
                    throw CLIError.invalidValues(path: path, reason: "category \(id) does not fit in 32 bits")
                }
                return narrow
            })
        }
    }
}
