import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

/// One op under gradient check: its inputs and how to apply it.
struct OpCase: CustomTestStringConvertible, Sendable {
    let name: String
    let inputs: @Sendable () -> [Matrix]
    let apply: @Sendable ([Tensor]) -> Tensor
    var testDescription: String { name }
}

private let graph = Inputs.graph(nodes: 5, degree: 2, seed: 11)
private let sparse = SparseOperator(graph, threads: 2)
/// 4 nodes × 6 features, most entries zero, one empty row.
private let sparseFeatures = SparseFeatures(SparseMatrix(dense: Matrix([[1, 0, 2, 0, 0, -1], [0, 0, 0, 3, 0, 0], [0.5, 0, 0, 0, 1, 0], [0, 0, 0, 0, 0, 0]])))
private let segments: [Int32] = [2, 0, 2, 1, 0, 2, 3]  // segment 3 of 5 has one row, 4 is empty

private func n(_ r: Int, _ c: Int, _ seed: UInt64) -> Matrix { Inputs.normal(r, c, seed: seed) }
private func away(_ r: Int, _ c: Int, _ seed: UInt64) -> Matrix { Inputs.awayFromZero(r, c, seed: seed) }
private func pos(_ r: Int, _ c: Int, _ seed: UInt64) -> Matrix { Inputs.positive(r, c, seed: seed) }

/// Every primitive, and the broadcasting shapes of the arithmetic ones.
let primitiveCases: [OpCase] = [
    OpCase(name: "matmul A·B", inputs: { [n(3, 4, 1), n(4, 2, 2)] }) { $0[0].matmul($0[1]) },
    OpCase(name: "matmul A·Bᵀ", inputs: { [n(3, 4, 3), n(2, 4, 4)] }) { $0[0].matmul($0[1], transposeOther: true) },
    OpCase(name: "matmul Aᵀ·B", inputs: { [n(4, 3, 5), n(4, 2, 6)] }) { $0[0].matmul($0[1], transposeSelf: true) },
    OpCase(name: "matmul Aᵀ·Bᵀ", inputs: { [n(4, 3, 7), n(2, 4, 8)] }) {
        $0[0].matmul($0[1], transposeSelf: true, transposeOther: true)
    },
    OpCase(name: "add", inputs: { [n(3, 4, 9), n(3, 4, 10)] }) { $0[0] + $0[1] },
    OpCase(name: "add row 1×C", inputs: { [n(3, 4, 11), n(1, 4, 12)] }) { $0[0] + $0[1] },
    OpCase(name: "add column N×1 on the left", inputs: { [n(3, 1, 13), n(3, 4, 14)] }) { $0[0] + $0[1] },
    OpCase(name: "sub scalar 1×1", inputs: { [n(3, 4, 15), n(1, 1, 16)] }) { $0[0] - $0[1] },
    OpCase(name: "sub row", inputs: { [n(1, 4, 17), n(3, 4, 18)] }) { $0[0] - $0[1] },
    OpCase(name: "mul", inputs: { [n(3, 4, 19), n(3, 4, 20)] }) { $0[0] * $0[1] },
    OpCase(name: "mul row", inputs: { [n(3, 4, 21), n(1, 4, 22)] }) { $0[0] * $0[1] },
    OpCase(name: "mul column", inputs: { [n(3, 4, 23), n(3, 1, 24)] }) { $0[0] * $0[1] },
    OpCase(name: "div", inputs: { [n(3, 4, 25), pos(3, 4, 26)] }) { $0[0] / $0[1] },
    OpCase(name: "div row", inputs: { [n(3, 4, 27), pos(1, 4, 28)] }) { $0[0] / $0[1] },
    OpCase(name: "div scalar", inputs: { [n(3, 4, 29), pos(1, 1, 30)] }) { $0[0] / $0[1] },
    OpCase(name: "relu", inputs: { [away(4, 3, 31)] }) { $0[0].relu() },
    OpCase(name: "leakyRelu", inputs: { [away(4, 3, 32)] }) { $0[0].leakyRelu(negativeSlope: 0.2) },
    OpCase(name: "elu", inputs: { [away(4, 3, 33)] }) { $0[0].elu(alpha: 1.5) },
    OpCase(name: "sigmoid", inputs: { [n(4, 3, 34).map { 3 * $0 }] }) { $0[0].sigmoid() },
    OpCase(name: "tanh", inputs: { [n(4, 3, 35)] }) { $0[0].tanh() },
    OpCase(name: "softplus", inputs: { [n(4, 3, 36).map { 4 * $0 }] }) { $0[0].softplus() },
    OpCase(name: "exp", inputs: { [n(4, 3, 37)] }) { $0[0].exp() },
    OpCase(name: "log", inputs: { [pos(4, 3, 38)] }) { $0[0].log() },
    OpCase(name: "squared", inputs: { [n(4, 3, 39)] }) { $0[0].squared() },
    OpCase(name: "squareRoot", inputs: { [pos(4, 3, 68)] }) { $0[0].squareRoot() },
    OpCase(name: "clamped", inputs: { [Matrix([[-2, -0.5, 0.3], [0.9, 1.7, -0.05]])] }) {
        $0[0].clamped(min: -1, max: 1)
    },
    OpCase(name: "dropout", inputs: { [n(5, 4, 40)] }) {
        var rng = SeededGenerator(seed: 41)
        return $0[0].dropout(0.4, using: &rng)
    },
    OpCase(name: "gatherRows", inputs: { [n(4, 3, 42)] }) { $0[0].gatherRows([3, 0, 3, 1, 3]) },
    OpCase(name: "edgeInnerProducts", inputs: { [n(4, 3, 59)] }) {
        $0[0].edgeInnerProducts(sources: [0, 2, 3, 1, 2], targets: [1, 2, 0, 3, 0])  // a self pair too
    },
    OpCase(name: "rowDistances to a sparse target", inputs: { [n(4, 6, 94)] }) {
        $0[0].rowDistances(to: sparseFeatures.matrix, threads: 2)
    },
    OpCase(name: "rowDistances through the sigmoid", inputs: { [n(4, 6, 95).map { 2 * $0 }] }) {
        $0[0].rowDistances(to: sparseFeatures.matrix, sigmoid: true, threads: 2)
    },
    OpCase(name: "gatherRows from blocks", inputs: { [n(4, 3, 90), n(2, 3, 91), n(3, 3, 92)] }) {
        Tensor.gatherRows(from: $0, block: [0, 2, 0, 1, 2, 0], rows: [3, 1, 3, 0, 2, 0])
    },
    OpCase(name: "segmentSum", inputs: { [n(7, 3, 43)] }) { $0[0].segmentSum(segments, count: 5) },
    OpCase(name: "segmentMax", inputs: { [n(7, 3, 44)] }) { $0[0].segmentMax(segments, count: 5) },
    OpCase(name: "segmentSoftmax", inputs: { [n(7, 2, 45)] }) { $0[0].segmentSoftmax(segments, count: 5) },
    OpCase(name: "logSoftmax", inputs: { [n(4, 5, 46)] }) { $0[0].logSoftmax() },
    OpCase(name: "concatColumns", inputs: { [n(3, 2, 47), n(3, 1, 48), n(3, 3, 49)] }) {
        Tensor.concatColumns($0)
    },
    OpCase(name: "sliceColumns", inputs: { [n(3, 5, 50)] }) { $0[0].sliceColumns(1 ..< 4) },
    OpCase(name: "reshaped", inputs: { [n(3, 4, 93)] }) { $0[0].reshaped(rows: 2, columns: 6) },
    OpCase(name: "sumRows", inputs: { [n(3, 4, 51)] }) { $0[0].sumRows() },
    OpCase(name: "sumColumns", inputs: { [n(3, 4, 52)] }) { $0[0].sumColumns() },
    OpCase(name: "spmm fixed operator", inputs: { [n(5, 3, 53)] }) { $0[0].spmm(sparse) },
    OpCase(name: "sparse features times weight", inputs: { [n(6, 3, 58)] }) { sparseFeatures.matmul($0[0]) },
    OpCase(name: "spmm edge values, 1 head", inputs: { [n(5, 3, 54), n(graph.edgeCount, 1, 55)] }) {
        $0[0].spmm(sparse, edgeValues: $0[1])
    },
    OpCase(name: "spmm edge values, 2 heads", inputs: { [n(5, 4, 56), n(graph.edgeCount, 2, 57)] }) {
        $0[0].spmm(sparse, edgeValues: $0[1], heads: 2)
    },
]

/// Composed ops: they have no backward code, so these check the composition.
let compositeCases: [OpCase] = [
    OpCase(name: "negate and scalar arithmetic", inputs: { [n(3, 3, 60)] }) { (2 - (-$0[0]) * 3 + 1) / 4 },
    OpCase(name: "mean", inputs: { [n(3, 3, 61)] }) { $0[0].mean() },
    OpCase(name: "meanRows and meanColumns", inputs: { [n(3, 4, 62)] }) {
        $0[0].meanRows().matmul($0[0].meanColumns())
    },
    OpCase(name: "segmentMean", inputs: { [n(7, 3, 63)] }) { $0[0].segmentMean(segments, count: 5) },
    OpCase(name: "linear", inputs: { [n(4, 3, 64), n(3, 2, 65), n(1, 2, 66)] }) { $0[0].linear($0[1], bias: $0[2]) },
    OpCase(name: "input used twice", inputs: { [n(3, 3, 67)] }) { $0[0] * $0[0].tanh() + $0[0] },
    OpCase(name: "rowNormalized", inputs: { [n(4, 3, 69)] }) { $0[0].rowNormalized() },
    OpCase(name: "layerNormalized", inputs: { [n(4, 3, 70)] }) { $0[0].layerNormalized() },
    OpCase(name: "pairCosines", inputs: { [n(4, 3, 70)] }) {
        $0[0].pairCosines([0, 2, 3, 1, 2], [1, 2, 0, 3, 0])  // a self pair too
    },
    OpCase(name: "meanAbsoluteError", inputs: { [away(3, 4, 71)] }) {
        Losses.meanAbsoluteError($0[0], targets: Matrix(rows: 3, columns: 4))
    },
    OpCase(name: "infoNCE, two pairs and a memory bank", inputs: { [n(2, 3, 72), n(2, 3, 73)] }) {
        Losses.infoNCE(queries: $0[0], keys: $0[1], negatives: n(3, 3, 74), temperature: 0.5)
    },
    OpCase(name: "balancedMSE (predictions; the noise held)", inputs: { [n(4, 1, 75)] }) {
        Losses.balancedMSE($0[0], targets: [0.3, -1, 0.8, 0.1], logNoise: Tensor(Matrix(rows: 1, columns: 1, repeating: -0.3)))
    },
    OpCase(name: "balancedMSE (the noise)", inputs: { [Matrix(rows: 1, columns: 1, repeating: -0.3)] }) {
        // The 2σ² factor is detached: divide it out to check the softmax part's gradient in σ.
        let loss = Losses.balancedMSE(Tensor(n(4, 1, 76)), targets: [0.3, -1, 0.8, 0.1], logNoise: $0[0])
        return loss * (1 / (2 * Foundation.exp(2 * $0[0].value[0, 0])))
    },
    OpCase(name: "balancedSoftmaxCrossEntropy", inputs: { [n(3, 4, 77)] }) {
        Losses.balancedSoftmaxCrossEntropy($0[0], labels: [3, 0, 1], classPrior: [10, 5, 2, 1])
    },
]

@Suite("Gradients of every op against central finite differences")
struct OpGradientTests {
    @Test(arguments: primitiveCases + compositeCases)
    func gradientMatchesFiniteDifferences(_ op: OpCase) {
        let mismatches = GradientCheck().mismatches(op.inputs(), seed: 99, op.apply)
        #expect(mismatches.isEmpty, "\(op.name) (seed 99): \(mismatches.prefix(4))")
    }
}
