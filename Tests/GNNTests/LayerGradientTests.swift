import GNN
import GraphCore
import TestSupport
import Testing

/// Gradient checks of every layer, with respect to its input and all its parameters, on a
/// random directed weighted graph with repeated edges.
@Suite("Layer gradients against central finite differences")
struct LayerGradientTests {
    static let graph = MessageGraph(Inputs.graph(nodes: 6, degree: 2, seed: 21), threads: 2)

    static let cases: [OpCase] = [
        OpCase(name: "Linear", inputs: { [Inputs.normal(6, 3, seed: 1), Inputs.normal(3, 2, seed: 2), Inputs.normal(1, 2, seed: 3)] }) {
            Linear(weight: $0[1], bias: $0[2])($0[0])
        },
        OpCase(name: "GCNConv", inputs: { [Inputs.normal(6, 3, seed: 4), Inputs.normal(3, 2, seed: 5), Inputs.normal(1, 2, seed: 6)] }) {
            GCNConv(weight: $0[1], bias: $0[2])($0[0], graph)
        },
        OpCase(name: "SAGEConv widening", inputs: {
            [Inputs.normal(6, 2, seed: 7), Inputs.normal(2, 3, seed: 8), Inputs.normal(2, 3, seed: 9), Inputs.normal(1, 3, seed: 10)]
        }) { SAGEConv(rootWeight: $0[1], neighborWeight: $0[2], bias: $0[3])($0[0], graph) },
        OpCase(name: "SAGEConv narrowing", inputs: {
            [Inputs.normal(6, 3, seed: 11), Inputs.normal(3, 2, seed: 12), Inputs.normal(3, 2, seed: 13), Inputs.normal(1, 2, seed: 14)]
        }) { SAGEConv(rootWeight: $0[1], neighborWeight: $0[2], bias: $0[3])($0[0], graph) },
        OpCase(name: "GINConv trained ε", inputs: {
            [Inputs.normal(6, 3, seed: 15), Inputs.normal(3, 4, seed: 16), Inputs.normal(4, 2, seed: 17), Inputs.normal(1, 1, seed: 18)]
        }) {
            let mlp = Sequential(Linear(weight: $0[1], bias: nil), Activation.tanh, Linear(weight: $0[2], bias: nil))
            return GINConv(mlp: mlp, epsilon: $0[3])($0[0], graph)
        },
        OpCase(name: "GATConv 2 heads concat", inputs: {
            [Inputs.normal(6, 3, seed: 19), Inputs.normal(3, 4, seed: 20), Inputs.normal(1, 4, seed: 21),
             Inputs.normal(1, 4, seed: 22), Inputs.normal(1, 4, seed: 23)]
        }) {
            GATConv(weight: $0[1], attentionSource: $0[2], attentionTarget: $0[3], bias: $0[4], heads: 2)($0[0], graph)
        },
        OpCase(name: "GATConv 3 heads mean", inputs: {
            [Inputs.normal(6, 2, seed: 24), Inputs.normal(2, 6, seed: 25), Inputs.normal(1, 6, seed: 26),
             Inputs.normal(1, 6, seed: 27), Inputs.normal(1, 2, seed: 28)]
        }) {
            GATConv(weight: $0[1], attentionSource: $0[2], attentionTarget: $0[3], bias: $0[4], heads: 3,
                    concatenate: false)($0[0], graph)
        },
        OpCase(name: "GATConv 2 heads with edge features", inputs: {
            [Inputs.normal(6, 3, seed: 40), Inputs.normal(3, 4, seed: 41), Inputs.normal(1, 4, seed: 42),
             Inputs.normal(1, 4, seed: 43), Inputs.normal(2, 4, seed: 44), Inputs.normal(1, 4, seed: 45),
             Inputs.normal(graph.senders.count, 2, seed: 46)]
        }) {
            GATConv(weight: $0[1], attentionSource: $0[2], attentionTarget: $0[3], bias: nil, heads: 2,
                    edgeWeight: $0[4], attentionEdge: $0[5])(GraphInput($0[0], graph), edgeFeatures: $0[6])
        },
        OpCase(name: "GINEConv with edge projection and trained ε", inputs: {
            [Inputs.normal(6, 3, seed: 32), Inputs.normal(3, 2, seed: 33), Inputs.normal(2, 3, seed: 34),
             Inputs.normal(1, 3, seed: 35), Inputs.normal(1, 1, seed: 36)]
        }) {
            let edges = Tensor(Inputs.normal(graph.senders.count, 2, seed: 37), name: "edgeFeatures")
            let mlp = Sequential(Linear(weight: $0[1], bias: nil), Activation.tanh)
            return GINEConv(mlp: mlp, epsilon: $0[4], edgeLinear: Linear(weight: $0[2], bias: $0[3]))(
                $0[0], graph, edgeFeatures: edges)
        },
        OpCase(name: "BatchNorm training", inputs: {
            [Inputs.normal(6, 3, seed: 29), Inputs.normal(1, 3, seed: 30), Inputs.normal(1, 3, seed: 31)]
        }) { BatchNorm(scale: $0[1], shift: $0[2])($0[0], training: true) },
    ]

    @Test(arguments: cases)
    func gradientMatchesFiniteDifferences(_ layer: OpCase) {
        let mismatches = GradientCheck().mismatches(layer.inputs(), seed: 7, layer.apply)
        #expect(mismatches.isEmpty, "\(layer.name) (seed 7): \(mismatches.prefix(4))")
    }
}
