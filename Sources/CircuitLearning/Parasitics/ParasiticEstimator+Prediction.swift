import GNN
import GraphCore

/// What the estimator predicts for one design.
public struct ParasiticPrediction: Sendable {
    /// Per net node: capacitance (fF) of each kind.
    public var net: [NetCapacitance: [Float]]
    /// Per net node: the most likely total-capacitance class.
    public var netClass: [Int]
    /// Node embeddings (`nodeCount × hidden`), for pair scores.
    public var embeddings: Matrix
}

extension ParasiticEstimator.Configuration {
    /// The rows of the cell table for `graph`'s nodes: a device's cell type, the unknown row
    /// (`cellTypes`) for pins, nets and devices of no known type (−1, or a type of another library).
    /// - Complexity: O(nodes)
    func cellRows(of graph: ParasiticGraph) -> [Int32] {
        graph.cellType.map { $0 >= 0 && $0 < cellTypes ? $0 : Int32(cellTypes) }
            + [Int32](repeating: Int32(cellTypes), count: graph.pinCount + graph.netCount)
    }
}

extension ParasiticEstimator {

    /// Net capacitances and classes of `graph`, from the netlist alone.
    /// - Complexity: O(layers × (V × hidden² + E × hidden))
    public func predict(_ graph: ParasiticGraph, threads: Int = Parallel.coreCount) -> ParasiticPrediction {
        Tensor.withoutTape {
            let h = encode(features: Tensor(graph.features), cells: configuration.cellRows(of: graph), graph: MessageGraph(graph.graph, threads: threads))
            let nets = h.gatherRows((0 ..< graph.netCount).map { Int32(graph.node(ofNet: $0)) })
            let standardised = netCapacitance(nets).value, logits = netClassLogits(nets).value
            var net: [NetCapacitance: [Float]] = [:]
            for (c, kind) in NetCapacitance.allCases.enumerated() {
                net[kind] = (0 ..< graph.netCount).map {
                    CapacitanceScale.femtofarads(standardised[$0, c] * configuration.targetScale[c] + configuration.targetMean[c])
                }
            }
            let classes = (0 ..< graph.netCount).map { k in (0 ..< logits.columns).max { logits[k, $0] < logits[k, $1] }! }
            return ParasiticPrediction(net: net, netClass: classes, embeddings: h.value)
        }
    }

    /// Link logits and coupling capacitance (fF) of node pairs, from a prediction's embeddings.
    /// - Complexity: O(P × hidden²)
    public func scorePairs(_ prediction: ParasiticPrediction, first: [Int32], second: [Int32]) -> (logits: [Float], femtofarads: [Float]) {
        Tensor.withoutTape {
            let h = Tensor(prediction.embeddings)
            let scores = pairScores(h.gatherRows(first), h.gatherRows(second)).value
            return ((0 ..< first.count).map { scores[$0, 0] }, (0 ..< first.count).map { CapacitanceScale.femtofarads(scores[$0, 1]) })
        }
    }
}
