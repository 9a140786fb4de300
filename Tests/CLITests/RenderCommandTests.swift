import Foundation
import Testing

/// `graphtool render`: summaries within --max-nodes, the user's colouring kept or warned about,
/// distinct category colours, .npy colourings per node or per AIG variable, legends.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct RenderCommandTests {
    /// sum = a xor b, carry = a & b: 6 variables (constant, a, b, three ANDs), 8 drawn nodes.
    static let halfAdder = "aag 5 2 0 2 3\n2\n4\n10\n6\n6 4 2\n8 5 3\n10 9 7\ni0 a\ni1 b\no0 sum\no1 carry\n"

    /// A chain of `n` ANDs, each of the previous one and the input: n + 2 graph levels.
    static func chain(_ n: Int) -> String {
        var text = "aag \(n + 1) 1 0 1 \(n)\n2\n\(2 * (n + 1))\n"
        for k in 1 ... n { text += "\(2 * (k + 1)) \(2 * k) 2\n" }
        return text
    }

    /// The nodes Graphviz drew in an SVG (graph nodes and legend entries).
    static func drawnNodes(_ svg: String) -> Int { svg.components(separatedBy: "class=\"node\"").count - 1 }

    /// A version 1.0 `.npy` file of `descr` elements with `shape` holding `payload`.
    static func npy(_ descr: String, shape: [Int], payload: [UInt8]) -> Data {
        let dims = shape.count == 1 ? "(\(shape[0]),)" : "(\(shape.map(String.init).joined(separator: ", ")))"
        var header = "{'descr': '\(descr)', 'fortran_order': False, 'shape': \(dims), }"
        header += String(repeating: " ", count: (64 - (10 + header.utf8.count + 1) % 64) % 64) + "\n"
        let length = UInt16(header.utf8.count)
        return Data([0x93] + Array("NUMPY".utf8) + [1, 0, UInt8(length & 0xFF), UInt8(length >> 8)] + Array(header.utf8) + payload)
    }

    static func float32(_ values: [Float]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.bitPattern.littleEndian, Array.init) } }
    static func int32(_ values: [Int32]) -> [UInt8] { values.flatMap { withUnsafeBytes(of: $0.littleEndian, Array.init) } }

    @Test func aDeepCircuitIsSummarisedWithinMaxNodes() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let circuit = directory.appendingPathComponent("chain.aag")
            try Data(Self.chain(500).utf8).write(to: circuit)
            let svg = directory.appendingPathComponent("chain.svg").path
            let result = try GraphToolBinary.run(["render", circuit.path, "-o", svg, "--max-nodes", "20"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("20 bands of up to 26 consecutive levels (502 topological levels)"), "\(result.stderr)")
            #expect(Self.drawnNodes(try String(contentsOfFile: svg, encoding: .utf8)) == 20 + 1 + 5, "20 bands and a 5-step legend under its title")
        }
    }

    /// The case of the issue: hyp.aig (24,801 AND levels) drew one node per level.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: RenderCommandTests.hyp), "the EPFL hyp.aig is not present"))
    func hypRespectsMaxNodes() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let svg = directory.appendingPathComponent("hyp.svg").path
            let result = try GraphToolBinary.run(["render", Self.hyp, "-o", svg, "--max-nodes", "40"], timeout: 300)
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("wrote \(svg) (40 nodes, 39 edges)"), "\(result.stderr)")
            #expect(Self.drawnNodes(try String(contentsOfFile: svg, encoding: .utf8)) == 40 + 1 + 5, "40 bands and a titled 5-step legend")
        }
    }

    /// The EPFL benchmarks beside the package (`../shared/data/epfl`, or one level further up
    /// from a worktree).
    static let hyp = ["../shared", "../../shared"].map {
        GraphToolBinary.packageRoot.appendingPathComponent("\($0)/data/epfl/hyp.aig").standardizedFileURL.path
    }.first(where: FileManager.default.fileExists) ?? "hyp.aig"

    @Test func aSummaryThatChangesTheColouringWarnsEvenWhenQuiet() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let circuit = directory.appendingPathComponent("chain.aag")
            try Data(Self.chain(60).utf8).write(to: circuit)
            let svg = directory.appendingPathComponent("c.svg").path
            let result = try GraphToolBinary.run(["render", circuit.path, "-o", svg, "--max-nodes", "10", "--color-by", "probability", "--quiet"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderrLines.count == 1, "--quiet keeps only the warning: \(result.stderr)")
            #expect(result.stderr.contains("warning: --color-by probability") && result.stderr.contains("mean signal probability"))
            #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("mean signal probability"), "the legend says so too")
        }
    }

    @Test func moreThanTenCategoriesGetDistinctColours() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            // 15 components of two nodes each.
            let edges = directory.appendingPathComponent("pairs.tsv")
            try Data((0 ..< 15).map { "\(2 * $0)\t\(2 * $0 + 1)\n" }.joined().utf8).write(to: edges)
            let svg = directory.appendingPathComponent("p.svg").path
            let result = try GraphToolBinary.run(["render", edges.path, "-o", svg, "--color-by", "cluster", "--undirected"])
            #expect(result.status == 0, "\(result.stderr)")
            let text = try String(contentsOfFile: svg, encoding: .utf8)
            let fills = Set(text.components(separatedBy: "fill=\"#").dropFirst().map { $0.prefix(6) })
            #expect(fills.count == 15, "\(fills.sorted())")
        }
    }

    /// A contig graph coloured by a binning: every contig of the binning drawn (the isolated one
    /// too), one fill per bin, the legend numbering the bins as their `bin_N` names do.
    @Test func contigGraphColouredByBin() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let edges = directory.appendingPathComponent("contig-graph.tsv")
            try Data("contig_a\tcontig_b\tweight\nc1\tc2\t2\nc2\tc3\t1\nc4\tc5\t1\n".utf8).write(to: edges)
            let bins = directory.appendingPathComponent("bins.tsv")
            let rows = [("c1", 0), ("c2", 0), ("c3", 0), ("c4", 3), ("c5", 3), ("c6", 7)]
            try Data(("@Version:0.9.0\n@@SEQUENCEID\tBINID\n" + rows.map { "\($0.0)\tbin_\($0.1)\n" }.joined()).utf8).write(to: bins)
            let svg = directory.appendingPathComponent("g.svg").path
            let result = try GraphToolBinary.run(["render", edges.path, "--bins", bins.path, "--engine", "sfdp", "-o", svg])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("(6 contigs in 3 bins, 3 edges)"), "\(result.stderr)")
            let text = try String(contentsOfFile: svg, encoding: .utf8)
            #expect(Self.drawnNodes(text) == 6 + 1 + 3, "six contigs, the legend title and three swatches")
            #expect(text.contains(">c6<") && text.contains(">7<"), "the isolated contig and bin_7 in the legend")
            let fills = Set(text.components(separatedBy: "fill=\"#").dropFirst().map { $0.prefix(6) })
            #expect(fills.count == 3, "\(fills.sorted())")
        }
    }

    @Test func npyColouringsPerNodePerVariableAndFromEmbed() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let circuit = directory.appendingPathComponent("ha.aag")
            try Data(Self.halfAdder.utf8).write(to: circuit)
            let svg = directory.appendingPathComponent("ha.svg").path
            func render(_ name: String, _ data: Data) throws -> GraphToolBinary.Result {
                let npy = directory.appendingPathComponent(name)
                try data.write(to: npy)
                return try GraphToolBinary.run(["render", circuit.path, "-o", svg, "--color-by", npy.path])
            }
            let perNode = try render("node.npy", Self.npy("<f4", shape: [8], payload: Self.float32((0 ..< 8).map(Float.init))))
            #expect(perNode.status == 0, "1-D, one per node: \(perNode.stderr)")
            let perVariable = try render("var.npy", Self.npy("<i4", shape: [6], payload: Self.int32([0, 1, 1, 2, 3, 4])))
            #expect(perVariable.status == 0, "1-D categories, one per AIG variable: \(perVariable.stderr)")
            #expect(try String(contentsOfFile: svg, encoding: .utf8).contains("var.npy"))
            let embedding = try render("emb.npy", Self.npy("<f4", shape: [6, 3], payload: Self.float32((0 ..< 18).map(Float.init))))
            #expect(embedding.status == 0, "2-D, a row per AIG variable: \(embedding.stderr)")
            #expect(embedding.stderr.contains("has 3 columns; colouring by the first"))
            let wrong = try render("bad.npy", Self.npy("<f4", shape: [7], payload: Self.float32(Array(repeating: 0, count: 7))))
            #expect(wrong.status != 0 && wrong.stderrLines.count == 1, "\(wrong.stderr)")
            #expect(wrong.stderr.contains("has 7 rows; expected one per node (8) or one per AIG variable (6"), "\(wrong.stderr)")
        }
    }

    @Test func theEmbedOutputOfTheSameCircuitColoursIt() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let npy = directory.appendingPathComponent("adder.npy").path
            let embed = try GraphToolBinary.run(["embed", "netlists/adder-4.aig", "-o", npy, "--no-progress"])
            #expect(embed.status == 0, "\(embed.stderr)")
            let svg = directory.appendingPathComponent("adder.svg").path
            let result = try GraphToolBinary.run(["render", "netlists/adder-4.aig", "-o", svg, "--color-by", npy])
            #expect(result.status == 0, "\(result.stderr)")
        }
    }

    @Test func theDrawingExplainsShapesAndInvertedEdges() throws {
        let result = try GraphToolBinary.run(["dot", "netlists/mux-2.aig"])
        #expect(result.status == 0, "\(result.stderr)")
        for entry in ["subgraph kinds", "[shape=invtriangle, label=input]", "[shape=triangle, label=output]",
                      "[shape=ellipse, label=AND]", "label=\"inverted fanin\""] {
            #expect(result.stdout.contains(entry), "\(entry)")
        }
    }
}
