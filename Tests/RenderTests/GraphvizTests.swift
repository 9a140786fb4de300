import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Render

@Suite(.serialized) struct GraphvizTests {
    static let dot = """
        digraph adder {
          a [shape=triangle]; b [shape=triangle];
          g1 [label="AND"]; out [shape=invtriangle];
          a -> g1; b -> g1 [style=dashed]; g1 -> out;
        }
        """

    /// The `<title>` of every node group in an SVG, collected with an XML parser.
    final class SVGNodes: NSObject, XMLParserDelegate {
        var titles: [String] = []
        private var inNode = false, inTitle = false, text = ""
        func parser(_ p: XMLParser, didStartElement name: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if name == "g" { inNode = attributes["class"] == "node" }
            if name == "title" && inNode { inTitle = true; text = "" }
        }
        func parser(_ p: XMLParser, foundCharacters string: String) { if inTitle { text += string } }
        func parser(_ p: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "title" && inTitle { titles.append(text); inTitle = false; inNode = false }
        }
    }

    static func nodeTitles(ofSVG bytes: [UInt8]) throws -> [String] {
        let parser = XMLParser(data: Data(bytes))
        let collector = SVGNodes()
        parser.delegate = collector
        try #require(parser.parse(), "the SVG must be well-formed XML")
        return collector.titles
    }

    @Test(arguments: [LayoutEngine.dot, .neato, .fdp, .sfdp, .circo, .twopi])
    func svgHoldsEveryNode(engine: LayoutEngine) throws {
        let svg = try Graphviz.render(dot: GraphvizTests.dot, engine: engine, format: .svg)
        #expect(try GraphvizTests.nodeTitles(ofSVG: svg).sorted() == ["a", "b", "g1", "out"])
    }

    @Test func pngHasSignatureAndSize() throws {
        let png = try Graphviz.render(dot: GraphvizTests.dot, format: .png)
        #expect(Array(png.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: width and height are big-endian at bytes 16–23.
        let width = png[16 ..< 20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20 ..< 24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 50 && height > 100, "a 3-rank drawing is taller than wide: \(width)×\(height)")
    }

    @Test func pdfHasHeader() throws {
        let pdf = try Graphviz.render(dot: GraphvizTests.dot, format: .pdf)
        #expect(String(decoding: pdf.prefix(5), as: UTF8.self) == "%PDF-")
    }

    /// Found by fuzz-dot-text under AddressSanitizer: each call had its own context, and freeing
    /// it freed the font name Graphviz's pango plugin still points to, so the next call's text
    /// layout read freed memory. Without AddressSanitizer that read goes unseen; run
    /// `swift test --sanitize=address --filter GraphvizTests` to see it fail.
    @Test func labelledDrawingsRenderAlikeOneAfterAnother() throws {
        let labelled = #"digraph G { a [label="\\N"]; b [label="x"]; a -> b; }"#
        let first = try Graphviz.render(dot: labelled, format: .plain)
        _ = try Graphviz.render(dot: GraphvizTests.dot, format: .svg)
        #expect(try Graphviz.render(dot: labelled, format: .plain) == first)
    }

    @Test func badDOTReportsGraphvizMessage() {
        #expect {
            try Graphviz.render(dot: "digraph { a -> ; }")
        } throws: { error in
            guard case RenderError.invalidDOT(let message) = error else { return false }
            return message.contains("syntax error")
        }
    }

    @Test func writesFileAtomicallyAndRejectsUnknownExtension() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("render-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("g.svg").path
        try Graphviz.render(dot: GraphvizTests.dot, to: out)
        #expect(try GraphvizTests.nodeTitles(ofSVG: Array(Data(contentsOf: URL(fileURLWithPath: out)))).count == 4)
        #expect(throws: RenderError.self) { try Graphviz.render(dot: GraphvizTests.dot, to: dir.appendingPathComponent("g.xyz").path) }
        #expect(throws: RenderError.self) { try Graphviz.render(dot: "graph {", to: dir.appendingPathComponent("bad.svg").path) }
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        #expect(left == ["g.svg"], "nothing half-written is left behind")
    }

    @Test(arguments: [false, true])
    func libraryLayoutEqualsTheDotCommand(ourDrawing: Bool) throws {
        guard let dotPath = ["/usr/bin/dot", "/usr/local/bin/dot"].first(where: FileManager.default.isExecutableFile) else {
            return  // Graphviz's command is not installed; nothing to compare with.
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dotPath)
        process.arguments = ["-Tplain"]
        // A hand-written graph, or the DOT text graphtool writes for a styled circuit.
        let dot = ourDrawing
            ? try GraphDrawing.dot(for: try GraphDrawingTests.circuit(),
                                   style: DrawingStyle(coloring: .values([0.5, 0.5, 0.25, 0.25], title: "p"),
                                                       nodeKinds: [0: .init("input", shape: "triangle")],
                                                       markedEdges: .init(type: 1, name: "inverted"), ranksByLevel: true))
            : GraphvizTests.dot
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let theirs = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let ours = String(decoding: try Graphviz.render(dot: dot, format: .plain), as: UTF8.self)
        #expect(ours == theirs)
    }
}
