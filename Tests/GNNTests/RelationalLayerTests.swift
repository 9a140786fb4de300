import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Relational layers: RGCNConv and HeteroConv")
struct RelationalLayerTests {
    /// 5 nodes; relation 0: 0→1, 2→1, 3→4; relation 1: 4→1, 0→2, 1→0 (directed, typed edges).
    static let typed: Graph = {
        var b = GraphBuilder(nodeCount: 5, options: .init(directed: true))
        for (u, v, t) in [(0, 1, 0), (2, 1, 0), (3, 4, 0), (4, 1, 1), (0, 2, 1), (1, 0, 1)] { b.addEdge(u, v, type: Int32(t)) }
        return try! b.build()
    }()
    static let relations = MessageGraph(typed, threads: 2).splitByEdgeType(relations: 2)

    @Test func splitKeepsEachTypeOnce() {
        #expect(Self.relations.map(\.graph.edgeCount) == [3, 3])
        #expect(Self.relations[0].graph.targets == [1, 1, 4] && Self.relations[1].graph.targets == [2, 0, 1])
    }

    @Test func rgcnEqualsItsDefinitionByHand() {
        let x = Inputs.normal(5, 3, seed: 1), bases = Inputs.normal(3, 4, seed: 2)  // 2 bases of width 2
        let a = Matrix([[0.5, -1], [2, 0.25]]), root = Inputs.normal(3, 2, seed: 3), bias = Matrix([[0.1, -0.2]])
        let layer = RGCNConv(bases: Tensor(bases), coefficients: Tensor(a), rootWeight: Tensor(root), bias: Tensor(bias))
        let out = layer(RGCNConv.Input(Tensor(x), Self.relations)).value
        // W_r = a_r0 V_0 + a_r1 V_1; node i gets the mean over its incoming edges of relation r.
        func w(_ r: Int) -> Matrix {
            var m = Matrix(rows: 3, columns: 2)
            for i in 0 ..< 3 { for j in 0 ..< 2 { m[i, j] = a[r, 0] * bases[i, j] + a[r, 1] * bases[i, 2 + j] } }
            return m
        }
        let incoming: [[(Int, Int)]] = [[(1, 1)], [(0, 0), (2, 0), (4, 1)], [(0, 1)], [], [(3, 0)]]  // (sender, relation)
        for i in 0 ..< 5 {
            for j in 0 ..< 2 {
                var expected = bias[0, j]
                for k in 0 ..< 3 { expected += x[i, k] * root[k, j] }
                for r in 0 ..< 2 {
                    let senders = incoming[i].filter { $0.1 == r }.map(\.0)
                    guard !senders.isEmpty else { continue }
                    let wr = w(r)
                    var sum: Float = 0
                    for s in senders { for k in 0 ..< 3 { sum += x[s, k] * wr[k, j] } }
                    expected += sum / Float(senders.count)
                }
                #expect(abs(out[i, j] - expected) < 1e-4, "node \(i), column \(j): \(out[i, j]) vs \(expected)")
            }
        }
    }

    @Test func heteroConvSumsItsRelationsLayers() {
        var g = SeededGenerator(seed: 4)
        let gcn = GCNConv(inputSize: 3, outputSize: 2, generator: &g), sage = SAGEConv(inputSize: 3, outputSize: 2, generator: &g)
        let x = Tensor(Inputs.normal(5, 3, seed: 5))
        let sum = HeteroConv([gcn, sage])(RGCNConv.Input(x, Self.relations)).value
        let mean = HeteroConv([gcn, sage], aggregation: .mean)(RGCNConv.Input(x, Self.relations)).value
        let parts = (gcn(x, Self.relations[0]) + sage(x, Self.relations[1])).value
        #expect(zip(sum.values, parts.values).allSatisfy { abs($0 - $1) < 1e-5 })
        #expect(zip(mean.values, parts.values).allSatisfy { abs($0 - $1 / 2) < 1e-5 })
        #expect(HeteroConv([gcn, sage]).namedParameters.map(\.name).first == "0.weight")
    }

    /// Nodes of types (1, 0, 1, 0): type 0 (nodes 1, 3) has one feature, projected by
    /// (1, 0) + (0, 1); type 1 (nodes 0, 2) has two, projected by the identity.
    @Test func nodeTypeProjectionByHand() throws {
        var graph = Self.typed
        graph.nodeTypes = try PackedIntegers([1, 0, 1, 0, 0])
        let projection = NodeTypeProjection([
            Linear(weight: .parameter(Matrix([[1, 0]])), bias: .parameter(Matrix([[0, 1]]))),
            Linear(weight: .parameter(Matrix([[1, 0], [0, 1]])), bias: nil),
        ])
        let out = projection([Tensor(Matrix([[2], [3], [-1]])), Tensor(Matrix([[1, 1], [0, 2]]))], graph: graph).value
        #expect(out == Matrix([[1, 1], [2, 1], [0, 2], [3, 1], [-1, 1]]), "\(out)")
        #expect(projection.namedParameters.map(\.name) == ["0.weight", "0.bias", "1.weight"])
        #expect(NodeTypeProjection.nodesByType(graph, typeCount: 2) == [[1, 3, 4], [0, 2]])
    }

    /// Typed node sets of widths 3 and 2 projected to 2, then a HeteroConv over the edge types.
    @Test func typedNodeSetsThroughHeteroConvGradients() throws {
        var graph = Self.typed
        graph.nodeTypes = try PackedIntegers([1, 0, 1, 0, 0])
        let mismatches = GradientCheck().mismatches(
            [Inputs.normal(3, 3, seed: 20), Inputs.normal(2, 2, seed: 21), Inputs.normal(3, 2, seed: 22),
             Inputs.normal(1, 2, seed: 23), Inputs.normal(2, 2, seed: 24), Inputs.normal(2, 2, seed: 25),
             Inputs.normal(2, 2, seed: 26)], seed: 27) { t in
            let projection = NodeTypeProjection([Linear(weight: t[2], bias: t[3]), Linear(weight: t[4], bias: nil)])
            let shared = projection([t[0], t[1]], graph: graph)
            return HeteroConv([GCNConv(weight: t[5], bias: nil), GCNConv(weight: t[6], bias: nil)])(
                RGCNConv.Input(shared.tanh(), Self.relations))
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
    }

    @Test func gradientsMatchFiniteDifferences() {
        let rgcn = GradientCheck().mismatches(
            [Inputs.normal(5, 3, seed: 6), Inputs.normal(3, 4, seed: 7), Inputs.normal(2, 2, seed: 8),
             Inputs.normal(3, 2, seed: 9), Inputs.normal(1, 2, seed: 10)], seed: 11) { t in
            RGCNConv(bases: t[1], coefficients: t[2], rootWeight: t[3], bias: t[4])(RGCNConv.Input(t[0], Self.relations))
        }
        #expect(rgcn.isEmpty, "RGCNConv: \(rgcn.prefix(3))")
        let hetero = GradientCheck().mismatches(
            [Inputs.normal(5, 3, seed: 12), Inputs.normal(3, 2, seed: 13), Inputs.normal(3, 2, seed: 14)], seed: 15) { t in
            HeteroConv([GCNConv(weight: t[1], bias: nil), GCNConv(weight: t[2], bias: nil)], aggregation: .mean)(
                RGCNConv.Input(t[0], Self.relations))
        }
        #expect(hetero.isEmpty, "HeteroConv: \(hetero.prefix(3))")
    }
}
