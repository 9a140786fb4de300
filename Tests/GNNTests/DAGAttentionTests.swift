import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Level-ordered propagation and DAGAttention")
struct DAGAttentionTests {
    /// A diamond 0 → {1, 2} → 3 and a lone node 4; edges in CSR order 0→1, 0→2, 1→3, 2→3.
    static let diamond: DAGSchedule = {
        var b = GraphBuilder(nodeCount: 5, options: .init(directed: true))
        for (u, v) in [(0, 1), (0, 2), (1, 3), (2, 3)] { b.addEdge(u, v) }
        return try! DAGSchedule(b.build())
    }()

    @Test func scheduleGroupsNodesByLevel() {
        let dag = Self.diamond
        #expect(dag.order == [0, 4, 1, 2, 3] && dag.levelOffsets == [0, 2, 4, 5] && dag.levelCount == 3)
        #expect(dag.sources == [0, 0, 1, 2] && dag.targets == [1, 2, 3, 3])
        #expect(Array(dag.fanInEdges[dag.fanInOffsets[3] ..< dag.fanInOffsets[4]]) == [2, 3])
    }

    @Test func cycleIsRefused() throws {
        var b = GraphBuilder(nodeCount: 3, options: .init(directed: true))
        for (u, v) in [(0, 1), (1, 2), (2, 1)] { b.addEdge(u, v) }
        let graph = try b.build()
        #expect(throws: GraphError.self) { try DAGSchedule(graph) }
    }

    /// h₀ = 1, h₁ = 2 + ½·h₀, h₂ = 3 + 2·h₀, h₃ = 4 + h₁ − h₂, h₄ = 5: each node reads its
    /// fan-ins after their own propagation.
    @Test func propagationByHand() {
        let x = Tensor(Matrix([[1], [2], [3], [4], [5]])), w = Tensor(Matrix([[0.5], [2], [1], [-1]]))
        #expect(x.propagated(along: Self.diamond, weights: w).value == Matrix([[1], [2.5], [5], [1.5], [5]]))
    }

    @Test func attentionIsASoftmaxOverEachFanIn() {
        var g = SeededGenerator(seed: 1)
        let layer = DAGAttention(inputSize: 3, outputSize: 2, attentionSize: 4, generator: &g)
        let x = Tensor(Inputs.normal(5, 3, seed: 2))
        let alpha = layer.attention(DAGAttention.Input(x, Self.diamond)).value
        #expect(abs(alpha[0, 0] - 1) < 1e-6 && abs(alpha[1, 0] - 1) < 1e-6)  // one fan-in each
        #expect(abs(alpha[2, 0] + alpha[3, 0] - 1) < 1e-6 && alpha[2, 0] != alpha[3, 0])
        // Node 3 = its own value plus the attention-weighted propagated states of 1 and 2.
        let v = layer.value(x).value, h = layer(DAGAttention.Input(x, Self.diamond)).value
        for c in 0 ..< 2 {
            let h1 = v[1, c] + v[0, c], h2 = v[2, c] + v[0, c]
            #expect(abs(h[3, c] - (v[3, c] + alpha[2, 0] * h1 + alpha[3, 0] * h2)) < 1e-5)
        }
    }

    @Test func gradientsMatchFiniteDifferences() {
        let propagation = GradientCheck().mismatches([Inputs.normal(5, 2, seed: 3), Inputs.normal(4, 1, seed: 4)], seed: 5) { t in
            t[0].propagated(along: Self.diamond, weights: t[1])
        }
        #expect(propagation.isEmpty, "propagated(along:): \(propagation.prefix(3))")
        let layer = GradientCheck().mismatches(
            [Inputs.normal(5, 3, seed: 6), Inputs.normal(3, 2, seed: 7), Inputs.normal(3, 2, seed: 8),
             Inputs.normal(3, 2, seed: 9), Inputs.normal(1, 2, seed: 10)], seed: 11) { t in
            DAGAttention(query: Linear(weight: t[1], bias: nil), key: Linear(weight: t[2], bias: nil), value: Linear(weight: t[3], bias: t[4]))(
                DAGAttention.Input(t[0].tanh(), Self.diamond))
        }
        #expect(layer.isEmpty, "DAGAttention: \(layer.prefix(3))")
    }
}
