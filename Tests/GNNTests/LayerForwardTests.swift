import Foundation
import GNN
import GraphCore
import Testing

/// Hand-computed forward passes on 3–4 node graphs.
@Suite("Layer forward passes against hand-computed values")
struct LayerForwardTests {
    /// The undirected path 0 – 1 – 2.
    static let path = MessageGraph(try! GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 2],
                                                           options: .init(directed: false)))
    /// Directed edges 0 → 2, 1 → 2, 2 → 3.
    static let fan = MessageGraph(try! GraphBuilder.build(nodeCount: 4, sources: [0, 1, 2], targets: [2, 2, 3]))

    static func column(_ values: [Float]) -> Matrix { try! Matrix(rows: values.count, columns: 1, values: values) }

    @Test func linear() {
        let layer = Linear(weight: .parameter(Matrix([[1, 2], [3, 4]])), bias: .parameter(Matrix([[0.5, -1]])))
        let out = layer(Tensor(Matrix([[1, 1], [2, 0]]))).value
        #expect(out == Matrix([[4.5, 5], [2.5, 3]]))
    }

    @Test func gcnConvOnPath() {
        // Degrees with self-loops: 2, 3, 2. Â = [[1/2, 1/√6, 0], [1/√6, 1/3, 1/√6], [0, 1/√6, 1/2]].
        let conv = GCNConv(weight: .parameter(Matrix([[1]])), bias: .parameter(Matrix([[0.5]])))
        let out = conv(Tensor(Self.column([1, 2, 3])), Self.path).value
        let r6 = Float(6).squareRoot()
        let expected = Self.column([0.5 + 2 / r6 + 0.5, 1 / r6 + 2.0 / 3 + 3 / r6 + 0.5, 2 / r6 + 1.5 + 0.5])
        #expect(out.maxAbsDifference(expected) < 1e-5, "\(out)")
    }

    @Test func gcnConvDirectedUsesReceiverDegrees() {
        // With self-loops, in-degrees are 1, 1, 3, 2; node 3 receives from 2 and itself:
        // x'₃ = x₂ / √(2·3) + x₃ / 2, and node 2: x₀/√3 + x₁/√3 + x₂/3.
        let conv = GCNConv(weight: .parameter(Matrix([[1]])), bias: nil)
        let out = conv(Tensor(Self.column([1, 2, 3, 4])), Self.fan).value
        let expected = Self.column([1, 2, (1 + 2) / Float(3).squareRoot() + 1, 3 / Float(6).squareRoot() + 2])
        #expect(out.maxAbsDifference(expected) < 1e-5, "\(out)")
    }

    @Test func sageConvMeanOfIncoming() {
        // out = x[:,0] + mean over incoming neighbours of x[:,1].
        let conv = SAGEConv(rootWeight: .parameter(Matrix([[1], [0]])), neighborWeight: .parameter(Matrix([[0], [1]])),
                            bias: .parameter(Matrix([[0.25]])))
        let x = Matrix([[1, 0], [3, 2], [5, -1], [0, 4]])
        let out = conv(Tensor(x), Self.fan).value
        #expect(out.maxAbsDifference(Self.column([1.25, 3.25, 6.25, -0.75])) < 1e-6, "\(out)")
    }

    @Test func sageConvNarrowingOrderGivesSameResult() {
        // in (3) > out (1) takes the matmul-then-mean path; compare with the explicit formula.
        let conv = SAGEConv(rootWeight: .parameter(Matrix([[1], [0], [0]])), neighborWeight: .parameter(Matrix([[0], [1], [1]])),
                            bias: nil)
        let x = Matrix([[1, 0, 1], [3, 2, 0], [5, -1, 1], [0, 4, 2]])
        let out = conv(Tensor(x), Self.fan).value
        #expect(out.maxAbsDifference(Self.column([1, 3, 5 + (1 + 2) / 2, 0 + 0])) < 1e-6, "\(out)")
    }

    @Test func ginConvSumsWithEpsilon() {
        // h = 1.5 x + Σ incoming x, then the MLP sums the two features.
        let mlp = Sequential(Linear(weight: .parameter(Matrix([[1], [1]])), bias: nil))
        let conv = GINConv(mlp: mlp, epsilon: 0.5)
        let out = conv(Tensor(Matrix([[1, 0], [3, 2], [5, -1], [0, 4]])), Self.fan).value
        #expect(out.maxAbsDifference(Self.column([1.5, 7.5, 12, 10])) < 1e-6, "\(out)")
        #expect(conv.namedParameters.map(\.name) == ["mlp.0.weight"])
    }

    @Test(arguments: [true, false])
    func gatConvTwoHeads(concatenate: Bool) {
        // Edges 0 → 2, 1 → 2 plus self-loops; x̃ = (x, 2x); head 0 scores LeakyReLU(x̃ⱼ⁰), head 1 is uniform.
        let graph = MessageGraph(try! GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [2, 2]))
        let conv = GATConv(weight: .parameter(Matrix([[1, 2]])), attentionSource: .parameter(Matrix([[1, 0]])),
                           attentionTarget: .parameter(Matrix([[0, 0]])), bias: nil, heads: 2, concatenate: concatenate)
        let out = conv(Tensor(Self.column([1, 2, -1])), graph).value
        let w = [exp(1.0), exp(2.0), exp(-0.2)]
        let head0 = Float((w[0] * 1 + w[1] * 2 + w[2] * -1) / w.reduce(0, +))
        let head1 = Float(2 + 4 - 2) / 3
        let expected = concatenate ? Matrix([[1, 2], [2, 4], [head0, head1]])
                                   : Matrix([[1.5], [3], [(head0 + head1) / 2]])
        #expect(out.maxAbsDifference(expected) < 1e-5, "\(out)")
    }

    /// Edges 1 → 0 and 2 → 0 with features 1 and 0 (plus 0 → 0 with feature 2 when
    /// `existingLoop`); x = (0, 1, 2), x̃ = x, only a_edge = ln 3 scores. Added loops take the
    /// mean of the node's incoming edge features: node 0's is ½, weight 3^½, nodes 1 and 2 have
    /// no incoming edges and keep x. An existing loop keeps its feature 2: weight 9.
    @Test(arguments: [false, true])
    func gatConvEdgeFeaturesByHand(existingLoop: Bool) throws {
        let graph = MessageGraph(try GraphBuilder.build(nodeCount: 3, sources: existingLoop ? [1, 2, 0] : [1, 2],
                                                        targets: existingLoop ? [0, 0, 0] : [0, 0]))
        let featureOf: [Int32: Float] = [1: 1, 2: 0, 0: 2]
        let edges = Tensor(try Matrix(rows: graph.senders.count, columns: 1, values: graph.senders.map { featureOf[$0]! }))
        let conv = GATConv(weight: .parameter(Matrix([[1]])), attentionSource: .parameter(Matrix([[0]])),
                           attentionTarget: .parameter(Matrix([[0]])), bias: nil, heads: 1,
                           edgeWeight: .parameter(Matrix([[1]])), attentionEdge: .parameter(Matrix([[Float(log(3.0))]])))
        let out = conv(GraphInput(Tensor(Self.column([0, 1, 2])), graph), edgeFeatures: edges).value
        let loopWeight = existingLoop ? 9 : 3.0.squareRoot()
        let node0 = Float((3 * 1 + 1 * 2 + loopWeight * 0) / (3 + 1 + loopWeight))
        #expect(out.maxAbsDifference(Self.column([node0, 1, 2])) < 1e-5, "\(out)")
        #expect(conv.namedParameters.map(\.name) == ["weight", "attentionSource", "attentionTarget", "edgeWeight", "attentionEdge"])
    }

    @Test func sequentialNamesParametersByPosition() {
        var rng = SeededGenerator(seed: 5)
        let mlp = Sequential(Linear(inputSize: 3, outputSize: 4, generator: &rng), Activation.relu,
                             Linear(inputSize: 4, outputSize: 2, bias: false, generator: &rng))
        #expect(mlp.namedParameters.map(\.name) == ["0.weight", "0.bias", "2.weight"])
        #expect(mlp(Tensor(Matrix(rows: 5, columns: 3, repeating: 1))).value.shape == (5, 2))
    }

    @Test func glorotBoundAndDeterminism() {
        var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
        let m = Initializers.glorotUniform(20, 30, using: &a)
        #expect(m == Initializers.glorotUniform(20, 30, using: &b))
        let bound = (6 / Float(50)).squareRoot()
        #expect(m.values.allSatisfy { abs($0) <= bound })
        #expect(m.values.map(abs).max()! > 0.9 * bound)
    }
}

@Suite("GINEConv by hand")
struct GINEConvTests {
    @Test func edgeFeaturesEnterEachMessageBeforeTheReLU() throws {
        // 0 → 1 and 2 → 1. Messages into 1: ReLU((1, −1) + (0, 0)) = (1, 0) and
        // ReLU((2, 3) + (−3, 1)) = (0, 4); with ε = 0 and an identity MLP, x'₁ = (0, 0) + (1, 4).
        var builder = GraphBuilder(nodeCount: 3, options: .init(directed: true))
        builder.addEdge(0, 1)
        builder.addEdge(2, 1)
        let graph = MessageGraph(try builder.build(), threads: 1)
        let sourceOrder = Matrix([[0, 0], [-3, 1]])  // edge 0 → 1, then 2 → 1, as the graph stores them
        let edges = Tensor(sourceOrder.gatherRows(graph.incomingEdgeIndices))
        let identity = Sequential(Linear(weight: Tensor(Matrix([[1, 0], [0, 1]])), bias: nil))
        let conv = GINEConv(mlp: identity, epsilon: Tensor(Matrix([[0]])), edgeLinear: nil)
        let out = conv(Tensor(Matrix([[1, -1], [0, 0], [2, 3]])), graph, edgeFeatures: edges).value
        #expect(out == Matrix([[1, -1], [1, 4], [2, 3]]))
    }
}
