import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

/// The fused sparse paths against dense or unfused oracles (a dense matrix, gathers and segment sums).
@Suite("Sparse operators against dense oracles")
struct SparseOracleTests {
    static let graph = Inputs.graph(nodes: 7, degree: 3, seed: 31)

    /// The dense `V × V` matrix of incoming messages, `D[i, j] = Σ w(j → i)`.
    static func denseIncoming(_ g: Graph, weights: [Float]) -> Matrix {
        var d = Matrix(rows: g.nodeCount, columns: g.nodeCount)
        for j in 0 ..< g.nodeCount {
            for e in g.edgeRange(of: j) { d[Int(g.targets[e]), j] += weights[e] }
        }
        return d
    }

    @Test func gcnOperatorMatchesTheDenseFormula() {
        // Â = D^-1/2 (A + I) D^-1/2 with A from incoming edges and D its row sums (receiver degrees).
        var a = Self.denseIncoming(Self.graph, weights: Self.graph.edgeWeights!)
        for i in 0 ..< a.rows where a[i, i] == 0 { a[i, i] = 1 }
        let degree = (0 ..< a.rows).map { i in (0 ..< a.columns).reduce(Float(0)) { $0 + a[i, $1] } }
        for i in 0 ..< a.rows { for j in 0 ..< a.columns { a[i, j] /= (degree[i] * degree[j]).squareRoot() } }
        let x = Inputs.normal(7, 3, seed: 1)
        let fused = Tensor(x).spmm(MessageGraph(Self.graph).gcnOperator).value
        #expect(fused.maxAbsDifference(Matrix.product(a, transposed: false, x, transposed: false)) < 1e-5)
    }

    @Test func sumAndMeanOperatorsMatchSegmentOps() {
        let mg = MessageGraph(Self.graph.replacingWeights(nil))
        let x = Tensor(Inputs.normal(7, 4, seed: 2))
        let messages = x.gatherRows(mg.senders)
        #expect(x.spmm(mg.sumOperator).value.maxAbsDifference(messages.segmentSum(mg.receivers, count: 7).value) < 1e-5)
        #expect(x.spmm(mg.meanOperator).value.maxAbsDifference(messages.segmentMean(mg.receivers, count: 7).value) < 1e-5)
    }

    @Test func multiHeadSpMMMatchesGatherScaleSegmentSum() throws {
        let op = SparseOperator(Self.graph)
        let x = Tensor.parameter(Inputs.normal(7, 6, seed: 3))
        let w = Tensor.parameter(Inputs.normal(Self.graph.edgeCount, 2, seed: 4))
        let fused = x.spmm(op, edgeValues: w, heads: 2)
        let senders = Self.graph.targets, receivers = Self.graph.edgeSources()
        let gathered = x.gatherRows(senders)
        let perHead = (0 ..< 2).map { h in gathered.sliceColumns(h * 3 ..< h * 3 + 3) * w.sliceColumns(h ..< h + 1) }
        let unfused = Tensor.concatColumns(perHead).segmentSum(receivers, count: 7)
        #expect(fused.value.maxAbsDifference(unfused.value) < 1e-5)
    }
}
