import EDA
import Foundation
import GraphCore
import Render

/// `embed --render`: the circuit drawn with its gates coloured by k-means cluster of their
/// embeddings, so gates the encoder sees alike share a colour.
enum EmbeddingDrawing {
    /// Clusters the AIG variables' rows of `embeddings` (k-means, seed 0) and draws the circuit
    /// with those clusters; outputs take their driver's cluster.
    static func draw(_ aig: AIG, embeddings: Matrix, clusters: Int, to path: String) throws {
        var input = try LoadedGraph.circuit(aig)
        guard let (_, converted) = input.circuit else { return }
        var generator = SeededGenerator(seed: 0)
        let variableCluster = try KMeans.cluster(embeddings, k: clusters, using: &generator)
        var nodeCluster = [Int32](repeating: 0, count: input.graph.nodeCount)
        for (variable, node) in converted.nodeOfVariable.enumerated() where node >= 0 {
            nodeCluster[Int(node)] = variableCluster[variable]
        }
        for (k, node) in converted.outputNodes.enumerated() {
            nodeCluster[node] = variableCluster[Int(aig.outputs[k] >> 1)]
        }
        input.style.coloring = .categories(nodeCluster, title: "embedding cluster")
        let plan = try DrawingPlan(graph: input.graph, style: input.style, maxNodes: 2000)
        if let note = plan.note { FileHandle.standardError.write(Data("graphtool: \(note)\n".utf8)) }
        let dot = try GraphDrawing.dot(for: plan.graph, style: plan.style,
                                       name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
        try Graphviz.render(dot: dot, to: path)
    }
}
