import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Graph readouts over segments")
struct GraphReadoutTests {
    /// Graph 0 holds rows 0 and 2, graph 1 row 1, graph 2 none.
    static let x = Matrix([[1, -2], [3, 4], [5, 0]])
    static let graphOfNode: [Int32] = [0, 1, 0]

    @Test func sumMeanMaxByHand() {
        let t = Tensor(Self.x)
        #expect(GraphReadout.sum(t, graphOfNode: Self.graphOfNode, graphs: 3).value == Matrix([[6, -2], [3, 4], [0, 0]]))
        #expect(GraphReadout.mean(t, graphOfNode: Self.graphOfNode, graphs: 3).value == Matrix([[3, -1], [3, 4], [0, 0]]))
        #expect(GraphReadout.max(t, graphOfNode: Self.graphOfNode, graphs: 3).value == Matrix([[5, 0], [3, 4], [0, 0]]))
    }

    @Test func attentionByHand() {
        // Gate scores x·[1, 0]ᵀ: 1, 3, 5. Graph 0 weighs rows 0 and 2 by e¹ and e⁵ over their sum.
        let gate = Linear(weight: Tensor(Matrix([[1], [0]])), bias: nil)
        let out = GraphReadout.attention(gate: gate)(Tensor(Self.x), graphOfNode: Self.graphOfNode, graphs: 3).value
        let a = Float(1 / (1 + Foundation.exp(4.0)))  // weight of row 0
        #expect(abs(out[0, 0] - (a * 1 + (1 - a) * 5)) < 1e-5 && abs(out[0, 1] - a * -2) < 1e-5)
        #expect(out[1, 0] == 3 && out[1, 1] == 4, "one node: weight 1")
        #expect(out[2, 0] == 0 && out[2, 1] == 0)
    }

    @Test(arguments: ["sum", "mean", "max", "attention"])
    func gradientMatchesFiniteDifferences(_ kind: String) {
        let ids: [Int32] = [2, 0, 2, 1, 0, 2]
        let mismatches = GradientCheck().mismatches([Inputs.normal(6, 3, seed: 1), Inputs.normal(3, 1, seed: 2)], seed: 3) { t in
            let readout: GraphReadout = switch kind {
            case "sum": .sum
            case "mean": .mean
            case "max": .max
            default: .attention(gate: Linear(weight: t[1], bias: nil))
            }
            return readout(t[0], graphOfNode: ids, graphs: 4)
        }
        #expect(mismatches.isEmpty, "\(kind): \(mismatches.prefix(3))")
    }
}
