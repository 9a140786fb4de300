import Foundation
import GraphCore
import Testing
@testable import Render

@Suite struct GraphDrawingTests {
    /// a, b → g (b inverted) → out; node types 0 = input, 1 = gate, 2 = output.
    static func circuit() throws -> Graph {
        var g = try GraphBuilder.build(nodeCount: 4, sources: [0, 1, 2], targets: [2, 2, 3], edgeTypes: [0, 1, 0])
        g.nodeTypes = [0, 0, 1, 2]
        return g
    }

    @Test func styledCircuitKeepsEveryNodeAndMarksInversions() throws {
        let style = DrawingStyle(coloring: .values([0.5, 0.5, 0.25, 0.25], title: "probability"),
                                 nodeKinds: [0: .init("input", shape: "triangle"), 2: .init("output", shape: "invtriangle"),
                                             5: .init("absent", shape: "box")],
                                 label: { ["a", "b", "g", "out"][$0] }, markedEdges: .init(type: 1, name: "inverted"), ranksByLevel: true)
        let dot = try GraphDrawing.dot(for: try GraphDrawingTests.circuit(), style: style)
        #expect(dot.contains("1 -> 2 [style=dashed, arrowhead=odot];"))
        #expect(dot.contains("0 -> 2;"))
        #expect(dot.contains("{ rank=same; 0; 1; }"))
        #expect(dot.contains("shape=triangle"))
        #expect(dot.contains("subgraph legend") && !dot.contains("cluster"), "legends without clusters")
        let titles = try GraphvizTests.nodeTitles(ofSVG: try Graphviz.render(dot: dot))
        #expect(Set(titles).isSuperset(of: ["0", "1", "2", "3"]))
        #expect(titles.filter { $0.hasPrefix("legend") }.count == 1 + GraphDrawing.legendSteps, "the title and the swatches")
        #expect(Set(titles.filter { $0.hasPrefix("kind") }) == ["kindsTitle", "kind0", "kind2"], "the kinds present, not type 5")
        #expect(titles.contains("markedFrom") && titles.contains("markedTo"))
        #expect(dot.contains("kind0 [shape=triangle, label=input];"))
        #expect(dot.contains("markedFrom -> markedTo [style=dashed, arrowhead=odot, label=inverted, fontsize=9];"))
    }

    @Test func kindLegendOnlyWhenThereIsSomethingToExplain() throws {
        let plain = try GraphDrawing.dot(for: try GraphDrawingTests.circuit(), style: DrawingStyle())
        #expect(!plain.contains("subgraph kinds") && !plain.contains("subgraph legend"))
        // Marked edges of a type the graph does not have are not explained.
        let unmarked = try GraphDrawing.dot(for: try GraphDrawingTests.circuit(), style: DrawingStyle(markedEdges: .init(type: 7, name: "x")))
        #expect(!unmarked.contains("subgraph kinds"))
    }

    /// Found by fuzz-dot-text: a NUL in a name cut the DOT text short (Graphviz reads a C
    /// string), a quote or backslash that a combining mark follows was left unescaped, and
    /// other control characters made the SVG ill-formed XML, and a lone U+FEFF (a byte-order
    /// mark to Graphviz) left an attribute without its value.
    @Test func namesAreEscapedSoGraphvizDrawsEveryNode() throws {
        let style = DrawingStyle(coloring: .categories([0, 1, 2, 3], title: "\u{FEFF}"),
                                 label: { ["a\0b", "q\"\u{301}", "x\\\u{301}", "\r\n"][$0] })
        let dot = try GraphDrawing.dot(for: try GraphDrawingTests.circuit(), style: style, name: "\u{2}\0")
        #expect(try GraphvizTests.nodeTitles(ofSVG: try Graphviz.render(dot: dot)).filter { !$0.hasPrefix("legend") }.sorted()
            == ["0", "1", "2", "3"])
    }

    /// Found by fuzz-dot-text: Graphviz copies an entity-like `&…;` of a graph name into its
    /// SVG unescaped, so the name `[\u{FFFD}&;` made ill-formed XML; labels must read back as
    /// written.
    @Test func ampersandsReachTheSVGAsText() throws {
        let labels = ["&;", "&#;", "&amp;", "a&b"]
        let style = DrawingStyle(label: { labels[$0] })
        let dot = try GraphDrawing.dot(for: try GraphDrawingTests.circuit(), style: style, name: "[\u{FFFD}&;")
        let svg = try Graphviz.render(dot: dot)
        #expect(try GraphvizTests.nodeTitles(ofSVG: svg).sorted() == ["0", "1", "2", "3"])
        let text = String(decoding: svg, as: UTF8.self)
        for label in labels {
            #expect(text.contains(">\(label.replacingOccurrences(of: "&", with: "&amp;"))</text>"), "label \(label)")
        }
        #expect(text.contains("<title>[\u{FFFD}&amp;;</title>"))
    }

    @Test func colouringMustFitTheGraph() throws {
        #expect(throws: GraphError.self) {
            try GraphDrawing.dot(for: try GraphDrawingTests.circuit(), style: DrawingStyle(coloring: .values([1], title: "x")))
        }
    }

    @Test func colourScaleEndsAndClamps() {
        let scale = ColorScale(minimum: 0, maximum: 1)
        #expect(scale.color(for: 0) == "#440154")
        #expect(scale.color(for: 1) == "#fde725")
        #expect(scale.color(for: 7) == scale.color(for: 1))
        #expect(scale.color(for: .nan) == "#bbbbbb")
    }

    @Test func smallGraphIsDrawnWhole() throws {
        let plan = try DrawingPlan(graph: try GraphDrawingTests.circuit(), style: DrawingStyle(), maxNodes: 10)
        #expect(plan.note == nil)
        #expect(plan.graph.nodeCount == 4)
    }

    @Test func coneKeepsOnlyTheFanIn() throws {
        // Add a second output fed by b only: node 4.
        var g = try GraphBuilder.build(nodeCount: 5, sources: [0, 1, 2, 1], targets: [2, 2, 3, 4])
        g.nodeTypes = [0, 0, 1, 2, 2]
        let plan = try DrawingPlan(graph: g, style: DrawingStyle(label: { "n\($0)" }), maxNodes: 10, cone: [4])
        #expect(plan.graph.nodeCount == 2)
        #expect(plan.style.label?(0) == "n1" && plan.style.label?(1) == "n4")
        #expect(throws: GraphError.self) { try DrawingPlan(graph: g, style: DrawingStyle(), maxNodes: 10, cone: [9]) }
    }

    @Test func largeDAGCollapsesToLevelsAndSaysSo() throws {
        var rng = SeededGenerator(seed: 1)
        // A random DAG: edges only from lower to higher index.
        var sources: [Int32] = [], targets: [Int32] = []
        for v in 1 ..< 300 {
            for _ in 0 ..< 2 {
                sources.append(Int32(rng.nextIndex(below: v)))
                targets.append(Int32(v))
            }
        }
        let g = try GraphBuilder.build(nodeCount: 300, sources: sources, targets: targets)
        let plan = try DrawingPlan(graph: g, style: DrawingStyle(), maxNodes: 100)
        let levels = try g.topologicalLevels()
        #expect(plan.graph.nodeCount == Int(levels.max()!) + 1)
        #expect(plan.graph.nodeTypes!.reduce(0, +) == 300, "every node is counted in one level")
        let note = try #require(plan.note)
        #expect(note.contains("topological levels") && note.contains("--max-nodes"))
    }

    @Test func largeCyclicGraphDrawsANeighbourhood() throws {
        var rng = SeededGenerator(seed: 2)
        let g = try RandomGraphs.erdosRenyi(nodes: 500, edges: 1500, using: &rng)
        let plan = try DrawingPlan(graph: g, style: DrawingStyle(), maxNodes: 50)
        #expect(plan.graph.nodeCount == 50)
        #expect(plan.note?.contains("nearest") == true)
    }

    @Test func categoriesCollapseToOneNodePerCategory() throws {
        var rng = SeededGenerator(seed: 3)
        let g = try RandomGraphs.erdosRenyi(nodes: 200, edges: 600, using: &rng)
        let clusters = (0 ..< 200).map { Int32($0 % 4) }
        let plan = try DrawingPlan(graph: g, style: DrawingStyle(coloring: .categories(clusters, title: "cluster")), maxNodes: 20)
        #expect(plan.graph.nodeCount == 4)
        #expect(plan.graph.nodeTypes == [50, 50, 50, 50])
    }
}
