import Foundation
import GraphCore
import Testing

@Suite struct DOTWriterTests {
    @Test func directedGraphByHand() throws {
        let graph = try GraphBuilder.build(nodeCount: 3, sources: [0, 0, 2], targets: [1, 2, 2], weights: [0.5, 1, 2])
        var dot = DOTWriter(graphName: "my graph", graphAttributes: [("rankdir", "LR")])
        dot.nodeLabel = { $0 == 1 ? "say \"hi\"" : nil }
        dot.edgeAttributes = { _, _, e in [("weight", graph.weight(ofEdge: e).description)] }
        #expect(dot.string(for: graph) == """
            digraph "my graph" {
              rankdir=LR;
              0;
              1 [label="say \\"hi\\""];
              2;
              0 -> 1 [weight=0.5];
              0 -> 2 [weight=1.0];
              2 -> 2 [weight=2.0];
            }

            """)
    }

    @Test func undirectedEdgesAreWrittenOnce() throws {
        let graph = try GraphBuilder.build(nodeCount: 4, sources: [1, 2, 3], targets: [0, 1, 3],
                                           options: .init(directed: false))
        let dot = DOTWriter(nodeAttributes: { [("shape", $0 == 3 ? "box" : "circle")] })
        #expect(dot.string(for: graph) == """
            graph G {
              0 [shape=circle];
              1 [shape=circle];
              2 [shape=circle];
              3 [shape=box];
              0 -- 1;
              1 -- 2;
              3 -- 3;
            }

            """)
    }

    @Test(arguments: [
        ("abc_1", "abc_1"), ("_x", "_x"), ("42", "42"), ("-3.5", "-3.5"), (".5", ".5"), ("7.", "7."),
        ("", "\"\""), ("1abc", "\"1abc\""), ("a b", "\"a b\""), ("a-b", "\"a-b\""), ("-", "\"-\""),
        (".", "\".\""), ("graph", "\"graph\""), ("Node", "\"Node\""), ("é", "é"),
        ("say \"hi\"", "\"say \\\"hi\\\"\""), ("back\\slash", "\"back\\\\slash\""),
        ("two\nlines", "\"two\\nlines\""), ("crlf\r\nend", "\"crlf\\nend\""), ("1.2.3", "\"1.2.3\""),
        ("nul\0", "\"nul\u{2400}\""), ("\u{2}\u{1B}\t\u{FFFF}", "\"\u{2402}\u{241B}\t\u{FFFD}\""), ("é\u{FFFE}", "\"é\u{FFFD}\""), ("q\"\u{301}", "\"q\\\"\u{301}\""), ("\\\u{301}", "\"\\\\\u{301}\""),
        ("\r\r\n\u{2028}", "\"\\n\\n\\n\""),
    ])
    func quoting(input: (String, String)) {
        #expect(DOTWriter.quoted(input.0) == input.1)
    }

    @Test func writesAFileGraphvizAccepts() throws {
        var rng = SeededGenerator(seed: 5)
        let graph = try RandomGraphs.uniformOutDegree(nodes: 20, degree: 3, using: &rng)
        let dot = DOTWriter(graphName: "strict", nodeLabel: { "node \"\($0)\"\n\\" })
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("g.dot")
            try dot.write(graph, to: url)
            #expect(try String(contentsOf: url, encoding: .utf8) == dot.string(for: graph))
            #expect(try IOTestSupport.listing(directory) == ["g.dot"])
            guard FileManager.default.isExecutableFile(atPath: "/usr/bin/dot") else { return }
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/dot")
            process.arguments = ["-Tcanon", "-o", "/dev/null", url.path]
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
    }
}
