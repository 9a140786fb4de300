import GNN
import GraphCore
import Testing

@Suite("Edge masking of masked graph autoencoders")
struct EdgeMaskingTests {
    /// A star: node 0 joined to leaves 1…4.
    static let star = EdgeList(sources: [0, 0, 0, 0], targets: [1, 2, 3, 4], nodeCount: 5)

    @Test func everyWalkFromALeafHidesItsOwnEdge() {
        // Walks of 2 steps from all 5 nodes: each leaf's walk first crosses its only edge, so all
        // four edges are hidden whatever the centre's walk does.
        var g = SeededGenerator(seed: 1)
        let hidden = EdgeMasking.paths(startRatio: 1, length: 2).hidden(Self.star, candidates: 0 ..< 4, using: &g)
        #expect(hidden.sorted() == [0, 1, 2, 3])
    }

    @Test func aOneStepWalkFromOneLeafHidesExactlyThatEdge() {
        // A path 0–1–2: with 1/3 of the nodes as starts and one step, one walk crosses one edge.
        let path = EdgeList(sources: [0, 1], targets: [1, 2], nodeCount: 3)
        for seed in 0 ..< 20 as Range<UInt64> {
            var g = SeededGenerator(seed: seed)
            let hidden = EdgeMasking.paths(startRatio: 1.0 / 3, length: 1).hidden(path, candidates: 0 ..< 2, using: &g)
            #expect(hidden.count == 1 && (0 ..< 2).contains(hidden[0]), "seed \(seed): \(hidden)")
        }
    }

    @Test(arguments: [EdgeMasking.edges(ratio: 0.5), .paths(startRatio: 0.5, length: 3)])
    func hiddenEdgesAreDistinctCandidatesAndSeeded(_ masking: EdgeMasking) {
        var rng = SeededGenerator(seed: 9)
        var sources: [Int32] = [], targets: [Int32] = []
        for _ in 0 ..< 60 {
            sources.append(Int32(rng.nextIndex(below: 20)))
            targets.append(Int32(rng.nextIndex(below: 20)))
        }
        let edges = EdgeList(sources: sources, targets: targets, nodeCount: 20)
        var a = SeededGenerator(seed: 4), b = SeededGenerator(seed: 4)
        let hidden = masking.hidden(edges, candidates: 10 ..< 50, using: &a)
        #expect(hidden == masking.hidden(edges, candidates: 10 ..< 50, using: &b))
        #expect(Set(hidden).count == hidden.count && hidden.allSatisfy { (10 ..< 50).contains($0) })
        if case .edges = masking { #expect(hidden.count == 20) }
        // 10 walks of 3 steps cross at most 30 edges.
        if case .paths = masking { #expect((1 ... 30).contains(hidden.count)) }
    }
}
