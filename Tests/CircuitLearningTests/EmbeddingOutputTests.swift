import CircuitLearning
import Foundation
import GraphCore
import Testing

@Suite("Where and how embeddings are written")
struct EmbeddingOutputTests {
    @Test("Default paths and the graph row's path beside the node rows")
    func paths() {
        #expect(EmbeddingOutput.defaultPath(for: "d/x.aig", level: .gate, format: .npy) == "d/x.aig.embeddings.npy")
        #expect(EmbeddingOutput.defaultPath(for: "x.aig", level: .graph, format: .json) == "x.aig.graph-embedding.json")
        #expect(EmbeddingOutput.graphPath(besides: "d/x.aig.embeddings.csv") == "d/x.aig.graph-embedding.csv")
        #expect(EmbeddingOutput.graphPath(besides: "out.npy") == "out.graph.npy")
        #expect(EmbeddingOutput.graphPath(besides: "out") == "out.graph")
    }

    @Test("Gate level writes nodes and the graph row; graph level and JSON write one file")
    func writes() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("embedding-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let circuit = directory.appendingPathComponent("c.aig").path
        let nodes = Matrix([[1, 2], [3, 4], [5, 6]]), graph = Matrix([[3, 4]])
        let gate = try EmbeddingOutput.write(nodes: nodes, graph: graph, circuit: circuit, model: "m", level: .gate, format: .npy)
        #expect(gate == [circuit + ".embeddings.npy", circuit + ".graph-embedding.npy"])
        #expect(try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: gate[0])) == nodes)
        #expect(try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: gate[1])) == graph)
        let only = try EmbeddingOutput.write(nodes: nodes, graph: graph, circuit: circuit, model: "m", level: .graph, format: .csv)
        #expect(only == [circuit + ".graph-embedding.csv"])
        #expect(try String(contentsOfFile: only[0], encoding: .utf8) == "e0,e1\n3.0,4.0\n")
        let json = directory.appendingPathComponent("all.json").path
        #expect(try EmbeddingOutput.write(nodes: nodes, graph: graph, circuit: circuit, model: "m", level: .gate, format: .json, to: json) == [json])
        let document = try JSONDecoder().decode(EmbeddingOutput.Document.self, from: Data(contentsOf: URL(fileURLWithPath: json)))
        #expect(document.format == 1 && document.width == 2 && document.graph == [3, 4] && document.nodes == [[1, 2], [3, 4], [5, 6]])
    }
}
