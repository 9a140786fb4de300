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
        let nodeCluster = LoadedGraph.nodeValues(aig, converted, variableCluster, missing: 0) { cluster, _ in cluster }
        input.style.coloring = .categories(nodeCluster, title: "embedding cluster")
        _ = try input.draw(to: path, maxNodes: 2000,
                           name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }
}
