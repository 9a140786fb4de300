import CircuitLearning
import EDA
import GraphCore
import Render
import Testing
@testable import CircuitRender

/// A net drawn in its parasitic graph, on the hand-made design of `CriticalPathDrawingTests`:
/// n2 joins u2/Y and g/B; one hop adds those pins, two their cells, three the cells' other
/// pins (u2/A, g/A, g/Y), four the nets on them (n1, b, n3).
@Suite struct ParasiticDrawingTests {
    static func graph() throws -> ParasiticGraph {
        let library = try LibertyReader.read(bytes: Array(CriticalPathDrawingTests.library.utf8), fileName: "scalar.lib")
        let netlist = try CellNetlistReader.read(bytes: Array(CriticalPathDrawingTests.verilog.utf8), fileName: "top.v")
        return ParasiticGraph(netlist: netlist, library: library)
    }

    static func labels(_ drawing: ParasiticDrawing) -> Set<String> { Set((0 ..< drawing.graph.nodeCount).map { drawing.style.label!($0) }) }

    @Test func theNetIsDrawnWithinFourHopsColouredByItsNets() throws {
        let graph = try Self.graph()
        let n2 = try #require(graph.netNames.firstIndex(of: "n2"))
        let capacitance = (0 ..< graph.netCount).map { Float($0 + 1) }
        let drawing = try ParasiticDrawing(graph, net: n2, capacitance: capacitance, maxNodes: 100)
        #expect(drawing.hops == 4 && drawing.graph.nodeCount == 11)
        func net(_ name: String) throws -> String { "\(name) \(try #require(graph.netNames.firstIndex(of: name)) + 1).00 fF" }
        #expect(Self.labels(drawing) == ["u2 INV", "g AND2", "Y", "B", "A", try net("n2"), try net("n1"), try net("b"), try net("n3")])
        guard case .values(let values, _) = drawing.style.coloring else { Issue.record("not coloured by values"); return }
        for k in 0 ..< drawing.graph.nodeCount {
            let node = Int(drawing.nodes[k])
            if graph.kind(of: node) == .net {
                #expect(values[k] == Double(capacitance[node - graph.deviceCount - graph.pinCount]))
            } else {
                #expect(values[k].isNaN)
            }
        }
        let centre = try #require(drawing.nodes.firstIndex(of: Int32(graph.node(ofNet: n2))))
        #expect(drawing.style.highlight?.nodes == [centre])
        #expect(try drawing.plan().graph.nodeCount == 11)
    }

    @Test func fewerHopsKeepItWithinMaxNodes() throws {
        let graph = try Self.graph()
        let n2 = try #require(graph.netNames.firstIndex(of: "n2"))
        let drawing = try ParasiticDrawing(graph, net: n2, capacitance: [Float](repeating: 1, count: graph.netCount), maxNodes: 6)
        #expect(drawing.hops == 2 && Self.labels(drawing) == ["u2 INV", "g AND2", "Y", "B", "n2 1.00 fF"])
        #expect(throws: GraphError.self) { try ParasiticDrawing(graph, net: graph.netCount, capacitance: [], maxNodes: 6) }
    }
}
