import Foundation
import GraphCore
import Testing

@Suite struct EdgeListReaderTests {
    @Test(arguments: [
        "0\t1\n1\t2\n2\t0\n",            // TSV
        "0,1\n1,2\n2,0",                 // CSV, no final newline
        "0 1\n  1   2  \n2 0\n",         // whitespace, extra blanks
        "# comment\n\n0\t1\r\n1 , 2\r\n\n# another\n2\t0 # trailing\n", // comments, CRLF, spaced comma
    ])
    func unweightedFormats(text: String) throws {
        let edges = try EdgeListReader.parse(Array(text.utf8), path: "e.tsv")
        #expect(edges.sources == [0, 1, 2])
        #expect(edges.targets == [1, 2, 0])
        #expect(edges.weights == nil)
        #expect(edges.nodeCount == 3)
    }

    @Test func weightsAreParsedExactly() throws {
        let text = "0 1 0.5\n1 2 -2\n2 3 1e-3\n3 0 3.4028235e38\n0 2 0.1\n1 3 +7.25\n2 0 123456789.123\n"
        let edges = try EdgeListReader.parse(Data(text.utf8))
        let expected: [Float] = [0.5, -2, 1e-3, 3.4028235e38, 0.1, 7.25, 123456789.123]
        #expect(edges.weights == expected)
        #expect(edges.nodeCount == 4)
    }

    /// Weights take an exact fast path or `strtof`; either way they must equal Swift's own
    /// correctly rounded `Float(String)`. Seeded random decimals, seed printed on failure.
    @Test func weightsMatchFloatParsing() throws {
        let seed: UInt64 = 31337
        var rng = SeededGenerator(seed: seed)
        var text = "", expected: [Float] = []
        for _ in 0 ..< 5_000 {
            let digits = 1 + rng.nextIndex(below: 12)
            var literal = rng.nextIndex(below: 2) == 0 ? "-" : ""
            let point = rng.nextIndex(below: digits + 1) // digits before the point; none when == digits
            for k in 0 ..< digits {
                if k == point && k > 0 { literal += "." }
                literal += String(rng.nextIndex(below: 10))
            }
            if rng.nextIndex(below: 3) == 0 { literal += "e\(rng.nextIndex(below: 25) - 12)" }
            text += "0 1 \(literal)\n"
            expected.append(try #require(Float(literal), "\(literal) (seed \(seed))"))
        }
        let edges = try EdgeListReader.parse(Array(text.utf8))
        let weights = try #require(edges.weights)
        for k in expected.indices where weights[k] != expected[k] {
            Issue.record("line \(k + 1): parsed \(weights[k]), expected \(expected[k]) (seed \(seed))")
        }
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let edges = try EdgeListReader.parse([0xEF, 0xBB, 0xBF] + Array("4\t5\n".utf8))
        #expect(edges.sources == [4] && edges.targets == [5])
    }

    @Test func nodeCountGivenRaisesTheCount() throws {
        let edges = try EdgeListReader.parse(Array("0 1\n".utf8), nodeCount: 5)
        #expect(edges.nodeCount == 5)
        let graph = try edges.graph()
        #expect(graph.nodeCount == 5)
    }

    @Test func emptyAndCommentOnlyFilesHaveNoEdges() throws {
        for text in ["", "\n\n", "# nothing\n   \n"] {
            let edges = try EdgeListReader.parse(Array(text.utf8))
            #expect(edges.count == 0 && edges.nodeCount == 0)
        }
    }

    @Test func buildsDirectedAndUndirectedGraphs() throws {
        let text = "0\t1\n1\t2\n1\t2\n"
        let edges = try EdgeListReader.parse(Array(text.utf8))
        let directed = try edges.graph(options: .init(directed: true))
        #expect(directed.isDirected && directed.edgeCount == 2)
        #expect(directed.hasEdge(from: 0, to: 1) && !directed.hasEdge(from: 1, to: 0))
        let undirected = try edges.graph(options: .init(directed: false))
        #expect(!undirected.isDirected && undirected.edgeCount == 4)
        #expect(undirected.hasEdge(from: 1, to: 0) && undirected.hasEdge(from: 2, to: 1))
        let keepDuplicates = try edges.graph(options: .init(directed: true, dropDuplicates: false))
        #expect(keepDuplicates.edgeCount == 3)
    }

    @Test func readsFilesAndBuildsGraphs() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = try IOTestSupport.file("g.csv", in: directory, "0,1,2.5\n2,1,1\n")
            let graph = try EdgeListReader.readGraph(contentsOf: url, options: .init(directed: false))
            #expect(graph.nodeCount == 3 && graph.edgeCount == 4)
            #expect(graph.edgeWeights == [2.5, 2.5, 1, 1]) // rows 0:[1], 1:[0, 2], 2:[1]
        }
    }

    @Test func missingFileIsUnreadable() throws {
        let url = URL(fileURLWithPath: "/nonexistent/graphtool/edges.tsv")
        let error = #expect(throws: GraphIOError.self) { try EdgeListReader.read(contentsOf: url) }
        guard case .unreadable(let path, let reason)? = error else {
            Issue.record("expected .unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == url.path && reason.contains("No such file"))
    }

    /// (input, line, column, words the message must contain)
    static let malformed: [(String, Int, Int, String)] = [
        ("0 1\n1 x\n", 2, 3, "a target node id"),                        // bad number
        ("0 1\n1 2.5e\n", 2, 3, "a target node id"),                     // not an integer
        ("0 1\n\n7\n", 3, 2, "a target node id after the source"),       // too few columns
        ("0 1\n-1 2\n", 2, 1, "a source node id"),                       // negative id
        ("0 -3\n", 1, 3, "a target node id"),                            // negative id
        ("0 99999999999\n", 1, 3, "0...2147483646"),                     // id too large
        ("0 1 0.5\n1 2\n", 2, 4, "a weight in column 3, as on line 1"),  // weight missing
        ("0 1\n1 2 0.5\n", 2, 5, "line 1 has 2 columns"),                // extra column
        ("0 1 abc\n", 1, 5, "a weight, a finite decimal number"),        // bad weight
        ("0 1 nan\n", 1, 5, "a finite decimal number"),                  // non-finite weight
        ("0 1 1e39\n", 1, 5, "a finite decimal number"),                 // overflowing weight
        ("0 1 0.5 7\n", 1, 9, "the end of the line after the weight"),   // 4 columns
        ("0;1\n", 1, 1, "a source node id"),                             // unknown separator
    ]

    @Test(arguments: malformed)
    func malformedInputNamesFileLineAndColumn(input: (String, Int, Int, String)) {
        let (text, line, column, fragment) = input
        let error = #expect(throws: GraphIOError.self) {
            try EdgeListReader.parse(Array(text.utf8), path: "bad-edges.tsv")
        }
        expectTextError(error, path: "bad-edges.tsv", line: line, column: column, mentions: fragment)
    }

    /// Found by fuzz-edge-list: a vertical tab inside a token reached the message, which must
    /// stay on one line (control characters escaped).
    @Test func controlCharactersInTheTokenAreEscaped() {
        let error = #expect(throws: GraphIOError.self) {
            try EdgeListReader.parse([0x30, 0x0B, 0x1A, 0x09, 0x30, 0x0A], path: "vt.tsv")
        }
        expectTextError(error, path: "vt.tsv", line: 1, column: 1, mentions: "a source node id")
        #expect(error?.description.hasSuffix(#"found "0\u{B}\u{1A}""#) == true, "\(String(describing: error))")
    }

    @Test func idsBeyondGivenNodeCountAreReportedWithTheirLine() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let url = try IOTestSupport.file("e.tsv", in: directory, "0\t1\n# c\n2\t3\n")
            let error = #expect(throws: GraphIOError.self) { try EdgeListReader.read(contentsOf: url, nodeCount: 3) }
            expectTextError(error, path: url.path, line: 3, column: 3, mentions: "0..<3 (the node count given)")
            #expect(error?.description.contains("found \"3\"") == true)
        }
    }
}
