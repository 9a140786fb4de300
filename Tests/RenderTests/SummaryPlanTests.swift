import Foundation
import GraphCore
import Testing
@testable import Render

/// Summaries hold `maxNodes` for any depth and keep the caller's colouring.
@Suite struct SummaryPlanTests {
    /// A path 0 → 1 → … → n-1: node `v` is on level `v`.
    static func chain(_ n: Int) throws -> Graph {
        try GraphBuilder.build(nodeCount: n, sources: (0 ..< n - 1).map { Int32($0) }, targets: (1 ..< n).map { Int32($0) })
    }

    /// Bands of consecutive levels: never more than asked, none empty, sizes within one.
    @Test(arguments: [(1, 1), (7, 3), (10, 10), (100, 7), (24_801, 2000), (5, 1)])
    func levelBandsAreEvenAndBounded(levels: Int, maxBands: Int) {
        let bands = LevelBands((0 ..< levels).map { Int32($0) }, maxBands: maxBands)
        #expect(bands.count == min(levels, maxBands))
        var sizes = [Int](repeating: 0, count: bands.count)
        for b in bands.band { sizes[Int(b)] += 1 }
        #expect(sizes.min()! >= 1 && sizes.max()! - sizes.min()! <= 1)
        #expect(sizes.max()! == bands.levelsPerBand)
        #expect(zip(bands.band, bands.band.dropFirst()).allSatisfy { $0 <= $1 }, "consecutive levels")
        // The label names exactly the levels of the band.
        var first = 0
        for (b, size) in sizes.enumerated() {
            let expected = size == 1 ? "level \(first)" : "levels \(first)–\(first + size - 1)"
            #expect(bands.label(b) == expected)
            first += size
        }
    }

    @Test func aDeepGraphIsDrawnInAtMostMaxNodes() throws {
        let plan = try DrawingPlan(graph: try Self.chain(5000), style: DrawingStyle(), maxNodes: 100)
        #expect(plan.graph.nodeCount == 100)
        #expect(plan.graph.nodeTypes!.reduce(0, +) == 5000)
        #expect(plan.graph.edgeCount == 99, "band b feeds band b + 1")
        #expect(plan.style.label?(0) == "levels 0–49\n50 nodes")
        let note = try #require(plan.note)
        #expect(note.contains("100 bands of up to 50 consecutive levels (5000 topological levels)"), "\(note)")
        #expect(plan.coloringChange == nil, "nothing was coloured, so nothing changed")
    }

    @Test func valueColouringBecomesTheMeanOfEachGroupAndSaysSo() throws {
        let values = (0 ..< 1000).map(Double.init)
        let plan = try DrawingPlan(graph: try Self.chain(1000), style: DrawingStyle(coloring: .values(values, title: "level")), maxNodes: 10)
        guard case let .values(means, title) = plan.style.coloring else { Issue.record("not a value colouring"); return }
        #expect(title == "mean level")
        #expect(means == (0 ..< 10).map { Double($0 * 100) + 49.5 })
        #expect(plan.coloringChange?.contains("mean level") == true)
    }

    @Test func categoriesBeyondMaxNodesShareOneGreyOtherNode() throws {
        // 40 categories: category c has c + 1 nodes (820 nodes), on 820 isolated nodes.
        let categories = (0 ..< 40).flatMap { c in [Int32](repeating: Int32(c), count: c + 1) }
        let graph = try GraphBuilder.build(nodeCount: categories.count, sources: [], targets: [])
        let plan = try DrawingPlan(graph: graph, style: DrawingStyle(coloring: .categories(categories, title: "cluster")), maxNodes: 10)
        #expect(plan.graph.nodeCount == 10)
        guard case let .categories(drawn, _) = plan.style.coloring else { Issue.record("not categories"); return }
        #expect(drawn == (31 ..< 40).map { Int32($0) } + [-1], "the nine largest, then 'other'")
        #expect(plan.graph.nodeTypes!.map { $0 } == (31 ..< 40).map { $0 + 1 } + [(0 ..< 31).reduce(0) { $0 + $1 + 1 }])
        #expect(plan.style.label?(9) == "other clusters\n496 nodes")
        #expect(plan.note?.contains("31 smallest clusters of 496 nodes as one grey 'other' node") == true, "\(plan.note ?? "")")
        let dot = try GraphDrawing.dot(for: plan.graph, style: plan.style)
        #expect(dot.contains("label=other];") || dot.contains("label=other,"), "the legend explains the grey")
    }

    @Test func maxNodesMustBePositive() throws {
        #expect(throws: GraphError.self) { try DrawingPlan(graph: try Self.chain(3), style: DrawingStyle(), maxNodes: 0) }
    }
}

extension SummaryPlanTests {
    /// Edges that skip bands are left out (Graphviz's dot slows down sharply on long edges)
    /// and counted in the note: every node also feeds the node 30 levels further on.
    @Test func edgesThatSkipBandsAreLeftOutAndCounted() throws {
        let n = 600
        let sources = (0 ..< n - 1).map { Int32($0) } + (0 ..< n - 30).map { Int32($0) }
        let targets = (1 ..< n).map { Int32($0) } + (30 ..< n).map { Int32($0) }
        let graph = try GraphBuilder.build(nodeCount: n, sources: sources, targets: targets)
        let plan = try DrawingPlan(graph: graph, style: DrawingStyle(), maxNodes: 60)
        // Levels are 0...599 (the chain); bands of 10 levels; a 30-level edge always skips.
        #expect(plan.graph.nodeCount == 60 && plan.graph.edgeCount == 59)
        #expect(plan.note?.contains("only edges between adjacent bands are drawn (570 edges skip bands)") == true, "\(plan.note ?? "")")
    }

    /// Category summaries keep the heaviest connections, at most two per drawn node.
    @Test func aDenseCategorySummaryKeepsTheHeaviestConnections() throws {
        var rng = SeededGenerator(seed: 4)
        let graph = try RandomGraphs.erdosRenyi(nodes: 400, edges: 4000, using: &rng)
        let categories = (0 ..< 400).map { Int32($0 % 20) }
        let plan = try DrawingPlan(graph: graph, style: DrawingStyle(coloring: .categories(categories, title: "c")), maxNodes: 20)
        #expect(plan.graph.nodeCount == 20)
        #expect(plan.graph.edgeCount <= 2 * 40, "40 undirected connections, stored both ways")
        #expect(plan.note?.contains("only the heaviest connections between groups are drawn") == true)
        let quotient = try graph.quotient(by: categories, groupCount: 20)
        let lightestKept = (0 ..< plan.graph.edgeCount).map { plan.graph.weight(ofEdge: $0) }.min()!
        for u in 0 ..< quotient.nodeCount {
            for e in quotient.edgeRange(of: u) where quotient.weight(ofEdge: e) > lightestKept {
                #expect(plan.graph.hasEdge(from: u, to: Int(quotient.targets[e])), "nothing heavier than a drawn connection is left out")
            }
        }
    }
}
