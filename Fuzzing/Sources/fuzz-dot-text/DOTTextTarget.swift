import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import FuzzSupport
import GraphCore
import Render

/// Most nodes drawn per input.
private let maxNodes = 8

/// Text that reaches DOT and Graphviz: the input, split at `0xFF` bytes (never part of UTF-8
/// text), is a graph name (`graphtool render` uses the file name), a legend title (`--color-by`)
/// and node labels (circuit symbol names). A chain of one node per label, with node and edge
/// types, categories and ranks as the circuit drawing has them, goes through
/// `GraphDrawing.dot` and `Graphviz.render` to SVG, `render`'s default: Graphviz must accept
/// every text, and write well-formed XML with exactly the nodes and legend entries drawn, so no
/// text escapes its quotes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTText(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let fields = Fuzz.bytes(data, size).split(separator: 0xFF, omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let labels = Array(fields.dropFirst(2).prefix(maxNodes))
    let n = max(labels.count, 1)
    let categories = (0 ..< n).map { Int32($0 % 3) }
    let graph: Graph
    do {
        graph = try Graph(nodeCount: n, offsets: (0 ..< n).map { $0 } + [n - 1], targets: (1 ..< n).map { Int32($0) },
                          isDirected: true, nodeTypes: categories, edgeTypes: (1 ..< n).map { Int32($0 % 2) })
    } catch {
        Fuzz.require(false, "the chain graph is invalid: \(error)")
        return 0
    }
    let style = DrawingStyle(coloring: .categories(categories, title: fields.count > 1 ? fields[1] : "class"),
                             nodeKinds: [0: .init("input", shape: "invtriangle"), 1: .init("AND", shape: "ellipse"),
                                         2: .init("output", shape: "box")],
                             label: { labels.indices.contains($0) ? labels[$0] : String($0) },
                             markedEdges: .init(type: 1, name: "inverted fanin"), ranksByLevel: true)
    do {
        let dot = try GraphDrawing.dot(for: graph, style: style, name: fields.first ?? "G")
        let svg = try Graphviz.render(dot: dot, engine: .dot, format: .svg)
        let counter = SVGNodeCounter()
        let parser = XMLParser(data: Data(svg))
        parser.delegate = counter
        Fuzz.require(parser.parse(), "Graphviz wrote SVG that is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "")")
        // Each legend has a title node; each category present has a colour swatch and, being
        // also the node type, a kind in the "drawn as" legend; an inverted edge (type 1, present
        // from two nodes on) adds the legend's sample edge between two point nodes.
        let swatches = Set(categories).count
        let legendNodes = 2 + 2 * swatches + (n > 1 ? 2 : 0)
        Fuzz.require(counter.nodes == n + legendNodes,
                     "Graphviz drew \(counter.nodes) nodes for \(n) nodes and \(legendNodes) legend nodes")
    } catch {
        Fuzz.require(false, "drawing rejected the text: \(error)")
    }
    return 0
}

/// Counts the node groups (`<g class="node">`) of an SVG.
private final class SVGNodeCounter: NSObject, XMLParserDelegate {
    var nodes = 0

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String] = [:]) {
        if name == "g" && attributes["class"] == "node" { nodes += 1 }
    }
}
