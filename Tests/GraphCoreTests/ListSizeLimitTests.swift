import Foundation
import GraphCore
import Testing

/// One line with a huge id must get an error naming the file and line, not an allocation for
/// billions of nodes; a count given explicitly lifts the limit.
@Suite struct ListSizeLimitTests {
    /// `lines` edges `i → i + 1` followed by `last`.
    static func edgeText(lines: Int, last: String) -> String {
        (0 ..< lines).map { "\($0)\t\($0 + 1)\n" }.joined() + last
    }

    @Test(arguments: [2_147_483_646, 1 << 30, 1_000_000, 1_024])
    func aHugeNodeIDInAnEdgeListIsRefusedAtItsLine(id: Int) {
        let error = #expect(throws: GraphIOError.self) {
            try EdgeListReader.parse(Array("0\t1\n1\t\(id)\n2\t0\n".utf8), path: "e.tsv")
        }
        expectTextError(error, path: "e.tsv", line: 2, column: 3, mentions: "a node id below 1024")
        #expect(error?.description.contains("found \"\(id)\"") == true)
        #expect(error?.description.contains("--nodes") == true, "the message says how to lift the limit")
    }

    @Test func theLimitGrowsWithTheFile() throws {
        // 1 line: ids below 1024; 100 lines: below 16 × 100 = 1600.
        #expect(try EdgeListReader.parse(Array("0 1023\n".utf8)).nodeCount == 1_024)
        #expect(try EdgeListReader.parse(Array(Self.edgeText(lines: 99, last: "1599 0\n").utf8)).nodeCount == 1_600)
        let error = #expect(throws: GraphIOError.self) {
            try EdgeListReader.parse(Array(Self.edgeText(lines: 99, last: "7 1600\n").utf8), path: "e.tsv")
        }
        expectTextError(error, path: "e.tsv", line: 100, column: 3, mentions: "below 1600")
        #expect(ListSizeLimits.idLimit(records: 0) == 1_024 && ListSizeLimits.idLimit(records: 100) == 1_600)
    }

    @Test func aGivenNodeCountLiftsTheLimit() throws {
        let edges = try EdgeListReader.parse(Array("0 1\n1 5000\n".utf8), nodeCount: 6_000)
        #expect(edges.nodeCount == 6_000)
        #expect(try edges.graph().nodeCount == 6_000)
        let error = #expect(throws: GraphIOError.self) {
            try EdgeListReader.parse(Array("0 1\n1 6000\n".utf8), path: "e.tsv", nodeCount: 6_000)
        }
        expectTextError(error, path: "e.tsv", line: 2, column: 3, mentions: "0..<6000 (the node count given)")
    }

    @Test func hugeIDsInFeatureListsAreRefusedAtTheirLine() throws {
        let node = #expect(throws: GraphIOError.self) {
            try FeatureListReader.parse(Array("0\t1\n2000000000\t2000000000\n".utf8), path: "f.tsv")
        }
        expectTextError(node, path: "f.tsv", line: 2, column: 1, mentions: "a node id below 1024")
        let index = #expect(throws: GraphIOError.self) {
            try FeatureListReader.parse(Array("0\t1\n1\t2000000000\n".utf8), path: "f.tsv")
        }
        expectTextError(index, path: "f.tsv", line: 2, column: 3, mentions: "a feature index below 1024")
        let x = try FeatureListReader.parse(Array("0\t1\n1\t5000\n".utf8), featureCount: 5_001)
        #expect(x.rows == 2 && x.columns == 5_001 && x[1, 5_000] == 1)
    }

    /// 101 lines may name ids up to 1615 each, but not fill a 1600 × 1600 matrix (2.56 M entries,
    /// over max(2²⁰, 1024 × 101)): the error names the line of the largest feature index.
    @Test func aDenseFeatureMatrixIsBoundedByTheLinesRead() throws {
        let text = String(repeating: "0\t0\n", count: 99) + "1599\t0\n0\t1599\n"
        let error = #expect(throws: GraphIOError.self) { try FeatureListReader.parse(Array(text.utf8), path: "f.tsv") }
        expectTextError(error, path: "f.tsv", line: 101, column: 3, mentions: "at most 1048576 entries")
        #expect(error?.description.contains("1600×1600") == true)
        let given = try FeatureListReader.parse(Array(text.utf8), nodeCount: 1_600)
        #expect(given.rows == 1_600 && given.columns == 1_600 && given.values.reduce(0, +) == 3)
        #expect(throws: GraphError.self) {
            try FeatureListReader.parse(Array("".utf8), nodeCount: 1 << 30, featureCount: 1 << 30)
        }
    }

    @Test func hugeIDsAndClassesInLabelListsAreRefusedAtTheirLine() throws {
        let node = #expect(throws: GraphIOError.self) {
            try LabelListReader.parse(Array("0\t1\n2147483646\t0\n".utf8), path: "l.tsv")
        }
        expectTextError(node, path: "l.tsv", line: 2, column: 1, mentions: "a node id below 1024")
        let label = #expect(throws: GraphIOError.self) {
            try LabelListReader.parse(Array("0\t1\n1\t2147483646\n".utf8), path: "l.tsv")
        }
        expectTextError(label, path: "l.tsv", line: 2, column: 3, mentions: "a class below 1024")
        #expect(try LabelListReader.parse(Array("1\t0\n".utf8), nodeCount: 5_000).count == 5_000)
        let beyond = #expect(throws: GraphIOError.self) {
            try LabelListReader.parse(Array("1\t0\n4\t1\n".utf8), path: "l.tsv", nodeCount: 3)
        }
        expectTextError(beyond, path: "l.tsv", line: 2, column: 1, mentions: "0..<3 (the node count given)")
    }

    @Test func aDataSetNamesTheFileWithTheHugeID() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            _ = try IOTestSupport.file("edges.tsv", in: directory, "0\t1\n1\t2\n")
            let features = try IOTestSupport.file("features.tsv", in: directory, "0\t0\n4000\t1\n")
            let error = #expect(throws: GraphIOError.self) { try LinkDataset.load(directory: directory) }
            expectTextError(error, path: features.path, line: 2, column: 1, mentions: "a node id below 1024")
            let data = try LinkDataset.load(directory: directory, nodeCount: 4_001)
            #expect(data.nodeCount == 4_001 && data.features?.rows == 4_001 && data.graph.nodeCount == 4_001)
            let edges = try IOTestSupport.file("edges.tsv", in: directory, "0\t1\n1\t4001\n")
            let beyond = #expect(throws: GraphIOError.self) { try LinkDataset.load(directory: directory, nodeCount: 4_001) }
            expectTextError(beyond, path: edges.path, line: 2, column: 3, mentions: "0..<4001")
        }
    }
}
