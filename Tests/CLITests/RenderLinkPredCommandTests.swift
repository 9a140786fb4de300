import Foundation
import Testing

/// `graphtool render`, `dot`, `linkpred` and `embed --render` through the built binary.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct RenderLinkPredCommandTests {
    @Test func renderWritesAnSVGWithEveryGateAndSaysWhatItWrote() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let svg = directory.appendingPathComponent("adder.svg").path
            let result = try GraphToolBinary.run(["render", "netlists/adder-4.aig", "-o", svg, "--color-by", "probability"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty, "diagnostics go to stderr")
            let text = try String(contentsOfFile: svg, encoding: .utf8)
            // 8 inputs, 27 ANDs, 5 outputs and the constant: 41 node groups, plus the colour
            // legend's title and 5 swatches, the kinds legend's title, its 4 node kinds and the 2
            // ends of the inverted-edge sample.
            #expect(text.components(separatedBy: "class=\"node\"").count - 1 == 41 + 1 + 5 + 1 + 4 + 2)
            #expect(text.contains("inverted fanin") && text.contains(">input<"))
            #expect(text.contains("signal probability"))
        }
    }

    @Test func renderRejectsAnUnknownColouringAndProbabilityOfANonCircuit() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("x.svg").path
            let bad = try GraphToolBinary.run(["render", "netlists/adder-4.aig", "-o", out, "--color-by", "colour"])
            #expect(bad.status != 0)
            let edges = directory.appendingPathComponent("g.tsv")
            try Data("0\t1\n1\t2\n".utf8).write(to: edges)
            let notCircuit = try GraphToolBinary.run(["render", edges.path, "-o", out, "--color-by", "probability"])
            #expect(notCircuit.status != 0)
            #expect(notCircuit.stderr.contains("needs a circuit file"))
            #expect(!FileManager.default.fileExists(atPath: out), "nothing is written on failure")
        }
    }

    @Test func dotPrintsTheGraphOnStdout() throws {
        let result = try GraphToolBinary.run(["dot", "netlists/mux-2.aig"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph "))
        #expect(result.stdout.contains("arrowhead=odot"), "inverted fanins are marked")
    }

    @Test func linkpredTrainsOnASmallDatasetAndWritesItsOutputs() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            // Two 12-node cliques joined by one edge.
            var lines: [String] = []
            for block in 0 ..< 2 {
                for u in 0 ..< 12 { for v in u + 1 ..< 12 { lines.append("\(block * 12 + u)\t\(block * 12 + v)") } }
            }
            lines.append("0\t12")
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: directory.appendingPathComponent("edges.tsv"))
            let model = directory.appendingPathComponent("m.safetensors").path
            let z = directory.appendingPathComponent("z.npy").path
            let result = try GraphToolBinary.run(["linkpred", directory.path, "--model", "gae", "--epochs", "30",
                                                  "--json", "--save", model, "--embeddings", z])
            #expect(result.status == 0, "\(result.stderr)")
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(report?["format"] as? Int == 1)
            // Test negatives are pairs across the two cliques, test positives pairs inside one:
            // a model that learns the cliques ranks nearly all positives first (AUC 0.92–1 over
            // seeds 0–11), where a chance ranking gives 0.5.
            #expect((report?["auc"] as? Double).map { $0 > 0.85 } == true, "\(result.stdout)")
            #expect(report?["nodes"] as? Int == 24)
            #expect(FileManager.default.fileExists(atPath: model))
            let npy = try Data(contentsOf: URL(fileURLWithPath: z))
            #expect(npy.prefix(6) == Data([0x93] + Array("NUMPY".utf8)))
        }
    }

    @Test func linkpredReportsAMissingDatasetInOneLine() throws {
        let result = try GraphToolBinary.run(["linkpred", "/nonexistent/dataset", "--epochs", "1"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
        #expect(result.stderrLines.count >= 1 && result.stderr.contains("/nonexistent/dataset"))
    }

    @Test func linkpredRefusesADatasetTooSmallToSplit() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            try Data("0\t1\n1\t2\n2\t0\n".utf8).write(to: directory.appendingPathComponent("edges.tsv"))
            let result = try GraphToolBinary.run(["linkpred", directory.path, "--epochs", "2"])
            #expect(result.status != 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("needs at least 20 edges") && result.stderr.contains(directory.path))
        }
    }

    @Test func embedFitAdaptsTheModelToTheCircuit() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let plain = directory.appendingPathComponent("plain.npy").path
            let fitted = directory.appendingPathComponent("fitted.npy").path
            let first = try GraphToolBinary.run(["embed", "netlists/adder-4.aig", "-o", plain])
            let second = try GraphToolBinary.run(["embed", "netlists/adder-4.aig", "-o", fitted, "--fit", "3"])
            #expect(first.status == 0 && second.status == 0, "\(first.stderr) \(second.stderr)")
            let a = try Data(contentsOf: URL(fileURLWithPath: plain)), b = try Data(contentsOf: URL(fileURLWithPath: fitted))
            #expect(a.count == b.count, "same shape")
            #expect(a != b, "three epochs on the circuit change its embeddings")
        }
    }

    @Test func embedRendersClusters() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let npy = directory.appendingPathComponent("a.npy").path
            let svg = directory.appendingPathComponent("a.svg").path
            let result = try GraphToolBinary.run(["embed", "netlists/adder-4.aig", "-o", npy, "--render", svg, "--clusters", "4"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("embedding cluster"))
        }
    }
}
