import GNN
import GraphCore
import Testing

@Suite("Anomaly injection and reconstruction-based detection")
struct AnomalyDetectionTests {
    /// 60 nodes, 150 random edges, 8 binary features.
    static func smallGraph(seed: UInt64) -> (Graph, Matrix) {
        var rng = SeededGenerator(seed: seed)
        let graph = try! RandomGraphs.erdosRenyi(nodes: 60, edges: 150, using: &rng)
        let features = Matrix(rows: 60, columns: 8).map { _ in rng.nextUnitFloat() < 0.3 ? 1 : 0 }
        return (graph, features)
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func cliquesAreCliquesAndCountsHold(seed: UInt64) {
        let (graph, features) = Self.smallGraph(seed: seed)
        var rng = SeededGenerator(seed: seed)
        let options = AnomalyInjection.Options(cliqueCount: 3, cliqueSize: 5, contextualCount: 4, candidates: 10)
        let result = AnomalyInjection.inject(into: graph, features: features, options: options, using: &rng)
        #expect(result.structural.count == 15 && Set(result.structural).count == 15, "seed \(seed)")
        #expect(result.contextual.count == 4 && Set(result.contextual).count == 4, "seed \(seed)")
        for clique in 0 ..< 3 {
            let members = result.structural[clique * 5 ..< clique * 5 + 5].map(Int.init)
            for u in members { for v in members where u != v { #expect(result.graph.hasEdge(from: u, to: v), "seed \(seed): \(u)-\(v)") } }
        }
        // Every old edge stays, and the new ones are exactly the clique pairs that were missing.
        var missing = 0
        for clique in 0 ..< 3 {
            let members = result.structural[clique * 5 ..< clique * 5 + 5].map(Int.init)
            for (k, u) in members.enumerated() { for v in members.dropFirst(k + 1) where !graph.hasEdge(from: u, to: v) { missing += 1 } }
        }
        for u in 0 ..< 60 { for v in graph.neighbors(of: u) { #expect(result.graph.hasEdge(from: u, to: Int(v))) } }
        #expect(result.graph.edgeCount == graph.edgeCount + 2 * missing)
        #expect(result.isAnomalous.filter { $0 }.count == Set(result.structural + result.contextual).count)
        // Only the contextual rows change.
        let changed = (0 ..< 60).filter { features.row($0) != result.features.row($0) }
        #expect(Set(changed).isSubset(of: Set(result.contextual.map(Int.init))))
    }

    /// Hand-worked: with every node a candidate, node 3 at (5, 5) is farthest from the three
    /// nodes near the origin, and node 0 at (0, 0) is farthest from node 3.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func contextualAnomalyTakesTheFarthestCandidate(seed: UInt64) throws {
        let features = Matrix([[0, 0], [1, 0], [0, 1], [5, 5]])
        let graph = try EdgeList(sources: [0, 1, 2], targets: [1, 2, 3]).graph(options: .init(directed: false))
        var rng = SeededGenerator(seed: seed)
        let options = AnomalyInjection.Options(cliqueCount: 0, cliqueSize: 0, contextualCount: 1, candidates: 4)
        let result = AnomalyInjection.inject(into: graph, features: features, options: options, using: &rng)
        let node = Int(result.contextual[0])
        let expected: [Float] = node == 3 ? [0, 0] : [5, 5]
        #expect(Array(result.features.row(node)) == expected, "seed \(seed), node \(node)")
        #expect(result.graph == graph)
    }

    @Test func injectionIsSeeded() {
        let (graph, features) = Self.smallGraph(seed: 9)
        var a = SeededGenerator(seed: 4), b = SeededGenerator(seed: 4)
        let options = AnomalyInjection.Options(cliqueCount: 2, cliqueSize: 4, contextualCount: 3, candidates: 5)
        let first = AnomalyInjection.inject(into: graph, features: features, options: options, using: &a)
        let second = AnomalyInjection.inject(into: graph, features: features, options: options, using: &b)
        #expect(first.structural == second.structural && first.contextual == second.contextual)
        #expect(first.graph == second.graph && first.features == second.features)
    }

    /// Hand-worked: row (3, 4) against an empty target is 5 away; row (1, 0) against (1, 2) is 2;
    /// through the sigmoid, (0, 0) against (1, 0) is ‖(−½, ½)‖ = √½.
    @Test func rowDistancesByHand() {
        let target = SparseMatrix(dense: Matrix([[0, 0], [1, 2]]))
        let plain = Tensor(Matrix([[3, 4], [1, 0]])).rowDistances(to: target, threads: 2).value
        #expect(plain.values == [5, 2])
        let squashed = Tensor(Matrix([[0, 0]])).rowDistances(to: SparseMatrix(dense: Matrix([[1, 0]])), sigmoid: true).value
        #expect(abs(squashed.values[0] - Float(0.5).squareRoot()) < 1e-6)
    }

    /// An obvious case: two dense communities with the same features inside each; one clique
    /// across them and two nodes given the other community's features. Both models rank the
    /// planted nodes above the rest.
    @Test(arguments: ReconstructionAnomalyDetector.Model.allCases)
    func detectorFindsObviousAnomalies(model: ReconstructionAnomalyDetector.Model) throws {
        var rng = SeededGenerator(seed: 5)
        var sources: [Int32] = [], targets: [Int32] = []
        for community in 0 ..< 2 {
            for i in 0 ..< 20 {
                for _ in 0 ..< 3 {
                    let j = rng.nextIndex(below: 20)
                    if i != j { sources.append(Int32(community * 20 + i)); targets.append(Int32(community * 20 + j)) }
                }
            }
        }
        let graph = try EdgeList(sources: sources, targets: targets, nodeCount: 40).graph(options: .init(directed: false))
        let features = Matrix((0 ..< 40).map { row in (0 ..< 6).map { column in (row < 20) == (column < 3) ? 1 : 0 } })
        var planting = SeededGenerator(seed: 6)
        let options = AnomalyInjection.Options(cliqueCount: 1, cliqueSize: 6, contextualCount: 2, candidates: 40)
        let planted = AnomalyInjection.inject(into: graph, features: features, options: options, using: &planting)
        let nodeFeatures = NodeFeatures.dense(planted.features)
        var configuration = ReconstructionAnomalyDetector.Configuration(model: model, inputSize: 6)
        configuration.hidden = 16
        var initialisation = SeededGenerator(seed: 7)
        let detector = ReconstructionAnomalyDetector(configuration, generator: &initialisation)
        var training = ReconstructionAnomalyDetector.TrainingOptions()
        training.learningRate = 0.01
        let fit = try detector.fit(nodeFeatures, MessageGraph(planted.graph, threads: 2),
                                   targets: .init(features: nodeFeatures, graph: planted.graph), options: training)
        #expect(fit.losses.last! < fit.losses.first!)
        let auc = try #require(Metrics.rocAUC(scores: fit.scores, labels: planted.isAnomalous))
        #expect(auc > 0.8, "\(model): AUC \(auc)")
    }
}
