import GraphCore
import Render
import Testing
@testable import CircuitRender
@testable import EDA

/// The worst path drawn in its cone, on a design worked by hand: scalar delays, so
/// a → u1 → u2 → g/B → g → u3 → y arrives at 10 + 10 + 5 + 10 = 35 ps and beats b → g/A (20 + 10).
@Suite struct CriticalPathDrawingTests {
    static let library = """
        library (scalar) {
          time_unit : "1ps"; capacitive_load_unit (1, ff);
          cell (INV) {
            pin (A) { direction : input; capacitance : 1; }
            pin (Y) { direction : output; function : "!A";
              timing () { related_pin : A; timing_sense : negative_unate;
                cell_rise (scalar) { values ("10"); } cell_fall (scalar) { values ("10"); }
                rise_transition (scalar) { values ("5"); } fall_transition (scalar) { values ("5"); } } }
          }
          cell (AND2) {
            pin (A) { direction : input; capacitance : 1; }
            pin (B) { direction : input; capacitance : 1; }
            pin (Y) { direction : output; function : "A&B";
              timing () { related_pin : A; timing_sense : positive_unate;
                cell_rise (scalar) { values ("20"); } cell_fall (scalar) { values ("20"); }
                rise_transition (scalar) { values ("5"); } fall_transition (scalar) { values ("5"); } }
              timing () { related_pin : B; timing_sense : positive_unate;
                cell_rise (scalar) { values ("5"); } cell_fall (scalar) { values ("5"); }
                rise_transition (scalar) { values ("5"); } fall_transition (scalar) { values ("5"); } } }
          }
        }
        """
    static let verilog = """
        module top (a, b, c, y, z);
          input a, b, c; output y, z; wire n1, n2, n3;
          INV u1 (.A(a), .Y(n1)); INV u2 (.A(n1), .Y(n2)); AND2 g (.A(b), .B(n2), .Y(n3));
          INV u3 (.A(n3), .Y(y)); INV u4 (.A(c), .Y(z));
        endmodule
        """
    static let sdc = """
        create_clock -name clk -period 100
        set_input_delay 0 -clock clk [all_inputs]
        set_output_delay 0 -clock clk [all_outputs]
        """
    static let path = ["a", "u1/A", "u1/Y", "u2/A", "u2/Y", "g/B", "g/Y", "u3/A", "u3/Y", "y"]
    /// The cone of y: the path, g's other input and what drives it.
    static let cone = Set(path + ["g/A", "b"])

    static func analysis() throws -> TimingAnalysis {
        let library = try LibertyReader.read(bytes: Array(Self.library.utf8), fileName: "scalar.lib")
        let netlist = try CellNetlistReader.read(bytes: Array(verilog.utf8), fileName: "top.v")
        let constraints = try SDCReader.read(bytes: Array(sdc.utf8), fileName: "top.sdc", netlist: netlist)
        return TimingAnalysis(netlist: netlist, library: library, constraints: constraints)
    }

    static func labels(_ drawing: CriticalPathDrawing) -> [String] { (0 ..< drawing.graph.nodeCount).map { drawing.style.label!($0) } }

    @Test func theWorstPathIsHighlightedInItsCone() throws {
        let sta = try Self.analysis()
        let drawing = try #require(try CriticalPathDrawing(sta, maxNodes: 100))
        let labels = Self.labels(drawing)
        #expect(drawing.extent == .cone && drawing.coneSize == 12 && Set(labels) == Self.cone)
        #expect(drawing.path.points.map { sta.name(of: $0.node) } == Self.path)
        #expect(abs(drawing.path.slack - 65) < 1e-9)
        let highlight = try #require(drawing.style.highlight)
        #expect(Set(highlight.nodes.map { labels[$0] }) == Set(Self.path))
        let pathEdges = Set(zip(Self.path, Self.path.dropFirst()).map { "\($0)>\($1)" })
        #expect(Set(highlight.edges.map { "\(labels[$0.source])>\(labels[$0.target])" }) == pathEdges)
        // Filled by latest arrival: y at 35 ps, g/A at b's 0.
        guard case let .values(arrivals, _) = drawing.style.coloring else { Issue.record("not coloured by arrival"); return }
        #expect(arrivals[labels.firstIndex(of: "y")!] == 35 && arrivals[labels.firstIndex(of: "g/A")!] == 0)
        // In the DOT text, exactly the path's edges are red, and the legend names the path.
        let dot = try GraphDrawing.dot(for: drawing.graph, style: drawing.style)
        let redEdges = dot.split(separator: "\n").filter { $0.contains(" -> ") && $0.contains("color=red") && !$0.contains("highlightFrom") }
        let drawnPathEdges = Set(highlight.edges.map { "  \($0.source) -> \($0.target) [color=red, penwidth=3];" })
        #expect(Set(redEdges.map(String.init)) == drawnPathEdges && redEdges.count == Self.path.count - 1)
        #expect(dot.contains("label=\"worst path\""))
    }

    @Test func aLargeConeShrinksToThePathAndItsSideInputs() throws {
        let sta = try Self.analysis()
        let side = try #require(try CriticalPathDrawing(sta, maxNodes: 11))
        #expect(side.extent == .sideInputs && Set(Self.labels(side)) == Set(Self.path + ["g/A"]))
        let alone = try #require(try CriticalPathDrawing(sta, maxNodes: 3))
        #expect(alone.extent == .path && Set(Self.labels(alone)) == Set(Self.path))
        #expect(alone.style.highlight?.edges.count == Self.path.count - 1)
    }

    @Test func noConstrainedEndpointMeansNoDrawing() throws {
        let library = try LibertyReader.read(bytes: Array(Self.library.utf8), fileName: "scalar.lib")
        let netlist = try CellNetlistReader.read(bytes: Array(Self.verilog.utf8), fileName: "top.v")
        let sta = TimingAnalysis(netlist: netlist, library: library, constraints: TimingConstraints(design: "top", portNames: netlist.ports.map(\.name)))
        #expect(try CriticalPathDrawing(sta, maxNodes: 100) == nil)
    }
}
