import CircuitRender
import EDA
import Foundation
import GraphCore

/// `embed --render`: the circuit drawn with its gates coloured by k-means cluster of their
/// embeddings, so gates the encoder sees alike share a colour.
enum EmbeddingDrawing {
    /// Clusters the AIG variables' rows of `embeddings` (k-means, seed 0) and draws the circuit
    /// with those clusters (outputs take their driver's cluster); a summary is explained on stderr.
    static func draw(_ aig: AIG, embeddings: Matrix, clusters: Int, to path: String) throws {
        var drawing = try CircuitDrawing(aig)
        drawing.style.coloring = .categories(try drawing.embeddingClusters(embeddings, k: clusters), title: "embedding cluster")
        let plan = try drawing.plan(maxNodes: RenderCommand.defaultMaxNodes)
        if let note = plan.note { StandardError.line("graphtool embed: \(note)") }
        try plan.render(to: path, name: URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent)
    }
}
