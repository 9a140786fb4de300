import GNN
import GraphCore

/// Several training samples as one graph (block-diagonal), the model's inputs of their nodes
/// (`TimingPredictor.inputs`), and the scaled targets of the
/// rows each head reads: cell outputs for the cell-delay head, every other node for the
/// net-delay head; rows with an unknown target are left out.
struct TimingBatch {
    let features: Matrix
    let graphs: TimingPredictor.Graphs
    let cellRows: [Int32], netRows: [Int32]
    let cellTargets: Matrix, netTargets: Matrix

    init(_ samples: [TimingSample], model: TimingPredictor, threads: Int) {
        let configuration = model.configuration
        let total = samples.reduce(0) { $0 + $1.nodeCount }
        var features = Matrix(rows: total, columns: configuration.inputWidth)
        var offsets = [0], targets: [Int32] = [], types: [Int32] = []
        var cellRows: [Int32] = [], netRows: [Int32] = [], cellTargets: [Float] = [], netTargets: [Float] = []
        var base = 0
        for sample in samples {
            let graph = sample.relationGraph, inputs = model.inputs(sample, threads: threads)
            for v in 0 ..< sample.nodeCount {
                for c in 0 ..< inputs.columns { features[base + v, c] = inputs[v, c] }
                for e in graph.edgeRange(of: v) {
                    targets.append(graph.targets[e] + Int32(base))
                    types.append(Int32(graph.edgeTypes![e]))
                }
                offsets.append(targets.count)
            }
            let values = sample.targets(configuration.kind), driven = sample.isCellDriven
            for v in 0 ..< sample.nodeCount {
                let row = (0 ..< 4).map { values[4 * v + $0] / configuration.targetScale[$0] }
                guard row.allSatisfy(\.isFinite) else { continue }
                if driven[v] {
                    cellRows.append(Int32(base + v))
                    cellTargets += row
                } else {
                    netRows.append(Int32(base + v))
                    netTargets += row
                }
            }
            base += sample.nodeCount
        }
        self.features = features
        let graph = try! Graph(nodeCount: total, offsets: offsets, targets: targets, isDirected: true, edgeTypes: types)
        graphs = TimingPredictor.Graphs(graph, kind: configuration.kind, threads: threads)
        (self.cellRows, self.netRows) = (cellRows, netRows)
        self.cellTargets = try! Matrix(rows: cellRows.count, columns: 4, values: cellTargets)
        self.netTargets = try! Matrix(rows: netRows.count, columns: 4, values: netTargets)
    }
}
