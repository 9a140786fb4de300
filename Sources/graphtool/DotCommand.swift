import ArgumentParser
import GraphCore
import Render

/// `graphtool dot`: print a graph's DOT text.
struct DotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dot",
        abstract: "Print a graph or circuit as Graphviz DOT text on stdout."
    )

    @Argument(help: "The graph file: an edge list or a dataset directory.") var file: String
    @Flag(help: "Read an edge list as undirected.") var undirected = false

    func run() throws {
        let input = try LoadedGraph.load(file, undirected: undirected)
        print(try GraphDrawing.dot(for: input.graph, style: input.style), terminator: "")
    }
}
