import Foundation
import GraphCore
import Testing

@Suite struct EdgeListWriterTests {
    @Test func encodesByHand() throws {
        let edges = EdgeList(sources: [0, 2], targets: [1, 10], weights: [0.5, 1e-5])
        let text = String(decoding: try EdgeListWriter(comment: "two edges\nweighted").encode(edges), as: UTF8.self)
        #expect(text == "# two edges\n# weighted\n0\t1\t0.5\n2\t10\t1e-05\n")
        let csv = String(decoding: try EdgeListWriter(delimiter: .comma).encode(EdgeList(sources: [3], targets: [4])),
                         as: UTF8.self)
        #expect(csv == "3,4\n")
    }

    @Test func undirectedGraphWritesEachEdgeOnce() throws {
        let graph = try GraphBuilder.build(nodeCount: 4, sources: [0, 2, 3], targets: [1, 1, 3],
                                           options: .init(directed: false))
        let text = String(decoding: try EdgeListWriter(delimiter: .space).encode(EdgeList(graph)), as: UTF8.self)
        #expect(text == "0 1\n1 2\n3 3\n")
    }

    @Test(arguments: EdgeListWriter.Delimiter.allCases, [false, true])
    func roundTripThroughAFile(delimiter: EdgeListWriter.Delimiter, weighted: Bool) throws {
        var rng = SeededGenerator(seed: 42)
        let count = 2_000
        let sources = (0 ..< count).map { _ in Int32(rng.nextIndex(below: 500)) }
        let targets = (0 ..< count).map { _ in Int32(rng.nextIndex(below: 500)) }
        let weights = weighted ? (0 ..< count).map { _ in rng.nextGaussian() * 1e3 } : nil
        let edges = EdgeList(sources: sources, targets: targets, weights: weights)
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("edges.txt")
            try EdgeListWriter(delimiter: delimiter, comment: "seed 42").write(edges, to: url)
            let back = try EdgeListReader.read(contentsOf: url)
            #expect(back == edges)
            #expect(try IOTestSupport.listing(directory) == ["edges.txt"])
        }
    }

    @Test func graphRoundTripKeepsTheGraph() throws {
        var rng = SeededGenerator(seed: 7)
        let graph = try RandomGraphs.erdosRenyi(nodes: 300, edges: 1_200, using: &rng)
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = directory.appendingPathComponent("g.tsv")
            try EdgeListWriter().write(graph, to: url)
            let back = try EdgeListReader.readGraph(contentsOf: url, nodeCount: graph.nodeCount,
                                                    options: .init(directed: false))
            #expect(back == graph)
        }
    }

    @Test func overwritesAtomicallyAndLeavesNoTemporaryFile() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = try IOTestSupport.file("e.tsv", in: directory, "old contents\n")
            try EdgeListWriter().write(EdgeList(sources: [1], targets: [2]), to: url)
            #expect(try String(contentsOf: url, encoding: .utf8) == "1\t2\n")
            #expect(try IOTestSupport.listing(directory) == ["e.tsv"])
        }
    }

    @Test func failedWriteLeavesTheDestinationAlone() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = try IOTestSupport.file("e.tsv", in: directory, "old\n")
            let bad = EdgeList(sources: [0, 1], targets: [1, 0], weights: [1, .nan])
            let error = #expect(throws: GraphIOError.self) { try EdgeListWriter().write(bad, to: url) }
            #expect(error?.description.contains("edge 1 has weight nan") == true)
            #expect(try String(contentsOf: url, encoding: .utf8) == "old\n")
            #expect(try IOTestSupport.listing(directory) == ["e.tsv"])
        }
    }

    @Test func unwritableDirectoryIsReported() {
        let url = URL(fileURLWithPath: "/nonexistent/graphtool/out.tsv")
        let error = #expect(throws: GraphIOError.self) {
            try EdgeListWriter().write(EdgeList(sources: [0], targets: [1]), to: url)
        }
        guard case .unwritable(let path, _)? = error else {
            Issue.record("expected .unwritable, got \(String(describing: error))")
            return
        }
        #expect(path == url.path)
    }
}
