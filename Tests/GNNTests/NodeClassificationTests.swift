import GNN
import GraphCore
import TestSupport
import Testing

/// The node-feature paths of the convolutions against their dense forms, their gradients, and
/// training on a graph whose classes are learnable.
@Suite("Node classification")
struct NodeClassificationTests {
    static let graph = MessageGraph(Inputs.graph(nodes: 6, degree: 2, seed: 5), threads: 2)
    /// 6 nodes × 5 features, mostly zero, one empty row.
    static let dense = Matrix([[1, 0, 0, 2, 0], [0, 0.5, 0, 0, 0], [0, 0, 0, 0, 0], [0, 1, 1, 0, 0], [3, 0, 0, 0, 1], [0, 0, 2, 0, 0]])
    static let sparse = NodeFeatures.sparse(SparseFeatures(SparseMatrix(dense: dense), threads: 2))

    static func close(_ a: Matrix, _ b: Matrix) -> Bool {
        a.shape == b.shape && zip(a.values, b.values).allSatisfy { abs($0 - $1) <= 1e-5 * (1 + abs($1)) }
    }

    @Test func sparseFeaturePathsEqualTheDenseLayers() {
        var g = SeededGenerator(seed: 1)
        let gcn = GCNConv(inputSize: 5, outputSize: 3, generator: &g)
        let sage = SAGEConv(inputSize: 5, outputSize: 3, generator: &g)
        let gat = GATConv(inputSize: 5, outputSize: 2, heads: 2, generator: &g)
        let x = Tensor(Self.dense)
        #expect(Self.close(gcn(Self.sparse, Self.graph).value, gcn(x, Self.graph).value))
        #expect(Self.close(sage(Self.sparse, Self.graph).value, sage(x, Self.graph).value))
        var unused = SeededGenerator(seed: 2)
        let sparseGAT = gat(Self.sparse, Self.graph, using: &unused).value
        #expect(Self.close(sparseGAT, gat(x, Self.graph).value))
    }

    @Test func attentionDropoutIsSeededAndOffAtZero() {
        var g = SeededGenerator(seed: 3)
        let gat = GATConv(inputSize: 5, outputSize: 2, heads: 2, generator: &g)
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9), c = SeededGenerator(seed: 9), d = SeededGenerator(seed: 10)
        let input = GraphInput(Tensor(Self.dense), Self.graph)
        let undropped = gat(input, attentionDropout: 0, using: &a).value
        #expect(Self.close(undropped, gat(input).value))
        let first = gat(input, attentionDropout: 0.5, using: &b).value
        let sameSeed = gat(input, attentionDropout: 0.5, using: &c).value
        let otherSeed = gat(input, attentionDropout: 0.5, using: &d).value
        #expect(first == sameSeed && first != otherSeed && first != undropped)
    }

    @Test func messageDropoutIsSeededAndOffAtZero() {
        var g = SeededGenerator(seed: 3)
        let gat = GATConv(inputSize: 5, outputSize: 2, heads: 2, generator: &g)
        let input = GraphInput(Tensor(Self.dense), Self.graph)
        var a = SeededGenerator(seed: 9), b = SeededGenerator(seed: 9), c = SeededGenerator(seed: 9)
        #expect(Self.close(gat(input, attentionDropout: 0, messageDropout: 0, using: &a).value, gat(input).value))
        let first = gat(input, attentionDropout: 0, messageDropout: 0.5, using: &b).value
        #expect(first == gat(input, attentionDropout: 0, messageDropout: 0.5, using: &c).value && first != gat(input).value)
        // Message dropout zeroes whole entries of x W: with p close to 1 almost every output row is
        // the bias alone; without it no row is.
        var d = SeededGenerator(seed: 1)
        let dropped = gat(input, attentionDropout: 0, messageDropout: 0.999, using: &d).value
        #expect((0 ..< 6).filter { i in (0 ..< 4).allSatisfy { dropped[i, $0] == gat.bias!.value[0, $0] } }.count >= 5)
    }

    static let gradientCases: [OpCase] = [
        OpCase(name: "GCNConv on sparse features", inputs: { [Inputs.normal(5, 3, seed: 1), Inputs.normal(1, 3, seed: 2)] }) {
            GCNConv(weight: $0[0], bias: $0[1])(sparse, graph)
        },
        OpCase(name: "SAGEConv on sparse features", inputs: {
            [Inputs.normal(5, 3, seed: 3), Inputs.normal(5, 3, seed: 4), Inputs.normal(1, 3, seed: 5)]
        }) { SAGEConv(rootWeight: $0[0], neighborWeight: $0[1], bias: $0[2])(sparse, graph) },
        OpCase(name: "GATConv on sparse features, attention dropout", inputs: {
            [Inputs.normal(5, 4, seed: 6), Inputs.normal(1, 4, seed: 7), Inputs.normal(1, 4, seed: 8), Inputs.normal(1, 4, seed: 9)]
        }) {
            var g = SeededGenerator(seed: 4)  // the same mask on every evaluation
            return GATConv(weight: $0[0], attentionSource: $0[1], attentionTarget: $0[2], bias: $0[3], heads: 2)(
                sparse, graph, attentionDropout: 0.4, using: &g)
        },
        OpCase(name: "GATConv, attention and message dropout", inputs: {
            [Inputs.normal(6, 5, seed: 12), Inputs.normal(5, 4, seed: 13), Inputs.normal(1, 4, seed: 14),
             Inputs.normal(1, 4, seed: 15), Inputs.normal(1, 4, seed: 16)]
        }) {
            var g = SeededGenerator(seed: 5)  // the same masks on every evaluation
            return GATConv(weight: $0[1], attentionSource: $0[2], attentionTarget: $0[3], bias: $0[4], heads: 2)(
                GraphInput($0[0], graph), attentionDropout: 0.3, messageDropout: 0.5, using: &g)
        },
        OpCase(name: "squared norm", inputs: { [Inputs.normal(2, 3, seed: 10), Inputs.normal(1, 2, seed: 11)] }) {
            Losses.squaredNorm([NamedParameter("a", $0[0]), NamedParameter("b", $0[1])])
        },
    ]

    @Test(arguments: gradientCases)
    func gradientMatchesFiniteDifferences(_ op: OpCase) {
        let mismatches = GradientCheck().mismatches(op.inputs(), seed: 7, op.apply)
        #expect(mismatches.isEmpty, "\(op.name) (seed 7): \(mismatches.prefix(4))")
    }

    @Test func squaredNormByHand() {
        let p = [NamedParameter("a", Tensor(Matrix([[1, -2]]))), NamedParameter("b", Tensor(Matrix([[3]])))]
        #expect(Losses.squaredNorm(p).value.values == [14])
    }

    /// Two communities of 12 nodes (dense inside, one edge between), each node with a noisy
    /// one-hot feature of its community: a trained model separates them, chance is ½.
    static func communities() -> NodeClassificationData {
        var rng = SeededGenerator(seed: 12)
        var builder = GraphBuilder(nodeCount: 24, options: .init(directed: false))
        for block in 0 ..< 2 {
            for u in 0 ..< 12 { for v in u + 1 ..< 12 where rng.nextUnitFloat() < 0.5 { builder.addEdge(block * 12 + u, block * 12 + v) } }
        }
        builder.addEdge(0, 12)
        var features = Matrix(rows: 24, columns: 4)
        var labels = [Int32](repeating: 0, count: 24)
        for node in 0 ..< 24 {
            labels[node] = Int32(node / 12)
            // A quarter of the nodes carry the other community's feature: only the graph fixes them.
            features[node, rng.nextUnitFloat() < 0.25 ? 1 - node / 12 : node / 12] = 1
            features[node, 2 + rng.nextIndex(below: 2)] = 1
        }
        let split = NodeSplit(train: [0, 1, 2, 12, 13, 14], validation: [3, 15], test: Array(4 ..< 12) + Array(16 ..< 24))
        return NodeClassificationData(features: NodeFeatures.from(features, nodeCount: 24), graph: MessageGraph(try! builder.build(), threads: 2),
                                      labels: labels, split: split)
    }

    /// A classifier of `architecture` for `communities()`, its dropouts lowered to 0.1 (seed 1).
    static func communityModel(_ architecture: NodeClassifier.Architecture) -> NodeClassifier {
        var g = SeededGenerator(seed: 1)
        var configuration = NodeClassifier.Configuration.published(architecture, inputSize: 4, classes: 2)
        configuration.dropout = 0.1
        configuration.attentionDropout = 0.1
        configuration.messageDropout = 0.1
        return NodeClassifier(configuration, generator: &g)
    }

    @Test(arguments: NodeClassifier.Architecture.allCases)
    func trainingSeparatesTwoCommunities(_ architecture: NodeClassifier.Architecture) throws {
        let data = Self.communities()
        let flipped = (0 ..< 24).filter { data.features.denseMatrix[$0, $0 / 12] == 0 }
        #expect(flipped.count >= 4, "the features alone mislead on \(flipped)")
        let model = Self.communityModel(architecture)
        let result = try NodeClassificationTrainer.train(model, data: data, options: .init(epochs: 60, learningRate: 0.05, seed: 3))
        #expect(result.testAccuracy >= 0.9, "\(architecture): test accuracy \(result.testAccuracy)")
        #expect(result.epochsRun == 60 && (1 ... 60).contains(result.bestEpoch))
        #expect(result.testConfusion.counts.flatMap { $0 }.reduce(0, +) == 16)
        // The model keeps the selected epoch's parameters: evaluating it again gives its predictions.
        var unused = SeededGenerator(seed: 0)
        let again = Tensor.withoutTape { model(data.features, data.graph, training: false, generator: &unused) }
        #expect(again.value.rowArgmax() == result.predictions)
    }

    @Test func patienceStopsEarly() throws {
        let data = Self.communities()
        var g = SeededGenerator(seed: 1)
        let model = NodeClassifier(.published(.gcn, inputSize: 4, classes: 2), generator: &g)
        let result = try NodeClassificationTrainer.train(model, data: data, options: .init(epochs: 500, learningRate: 0.05, patience: 5, seed: 3))
        #expect(result.epochsRun < 500 && result.epochsRun >= result.bestEpoch + 5)
    }

    /// Veličković et al.'s rule keeps the last epoch whose validation accuracy and loss were both
    /// the best so far.
    @Test func bestInBothKeepsTheLastEpochBestInBoth() throws {
        let data = Self.communities()
        var g = SeededGenerator(seed: 1)
        let model = NodeClassifier(.published(.gat, inputSize: 4, classes: 2), generator: &g)
        var reports: [NodeClassificationTrainer.EpochReport] = []
        let result = try NodeClassificationTrainer.train(
            model, data: data, options: .init(epochs: 40, learningRate: 0.02, seed: 3, selection: .lastBestInBoth)) { reports.append($0) }
        func bestInBoth(_ k: Int) -> Bool {
            reports[..<k].allSatisfy { reports[k].validationAccuracy >= $0.validationAccuracy && reports[k].validationLoss <= $0.validationLoss }
        }
        let expected = (0 ..< reports.count).last(where: bestInBoth)! + 1
        #expect(result.bestEpoch == expected)
        #expect(result.validationLoss == reports[expected - 1].validationLoss)
    }

    /// The first epoch with the best validation accuracy, and the epoch of the lowest
    /// validation loss, found again from the epoch reports.
    @Test func firstBestAccuracyAndLowestLossKeepTheirEpochs() throws {
        let data = Self.communities()
        for selection in [NodeClassificationTrainer.Selection.firstBestValidationAccuracy, .lowestValidationLoss] {
            var g = SeededGenerator(seed: 1)
            let model = NodeClassifier(.published(.gcn, inputSize: 4, classes: 2), generator: &g)
            var reports: [NodeClassificationTrainer.EpochReport] = []
            let result = try NodeClassificationTrainer.train(
                model, data: data, options: .init(epochs: 40, learningRate: 0.02, seed: 3, selection: selection)) { reports.append($0) }
            let expected: Int
            if selection == .lowestValidationLoss {
                expected = reports.indices.min { reports[$0].validationLoss < reports[$1].validationLoss }! + 1
            } else {
                let best = reports.map(\.validationAccuracy).max()!
                expected = reports.firstIndex { $0.validationAccuracy == best }! + 1
            }
            #expect(result.bestEpoch == expected, "\(selection)")
            #expect(result.validationLoss == reports[expected - 1].validationLoss)
        }
    }

    @Test func biasCanBeLeftOut() {
        var g = SeededGenerator(seed: 1)
        for architecture in NodeClassifier.Architecture.allCases {
            var configuration = NodeClassifier.Configuration.published(architecture, inputSize: 4, classes: 2)
            configuration.bias = false
            let names = NodeClassifier(configuration, generator: &g).namedParameters.map(\.name)
            #expect(!names.isEmpty && !names.contains { $0.hasSuffix("bias") }, "\(architecture): \(names)")
        }
    }

    @Test func decayedParametersFollowThePapers() {
        var g = SeededGenerator(seed: 1)
        let gcn = NodeClassifier(.published(.gcn, inputSize: 4, classes: 2), generator: &g)
        #expect(gcn.decayedParameters.map(\.name) == ["conv1.weight", "conv1.bias"])
        let gat = NodeClassifier(.published(.gat, inputSize: 4, classes: 2), generator: &g)
        #expect(gat.decayedParameters.count == gat.namedParameters.count && gat.namedParameters.count == 8)
    }
}
