import Foundation
import GraphCore
import Testing

@Suite struct LinkDatasetTests {
    @Test func smallDirectoryByHand() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            _ = try IOTestSupport.file("edges.tsv", in: directory, "0\t1\n1\t2\n")
            _ = try IOTestSupport.file("features.tsv", in: directory, "0\t0\n3\t2\n")
            _ = try IOTestSupport.file("labels.tsv", in: directory, "0\t1\n1\t0\n4\t-1\n")
            let data = try LinkDataset.load(directory: directory)
            // Node 4 appears only in labels.tsv, so the count is 5 everywhere.
            #expect(data.nodeCount == 5 && data.edges.nodeCount == 5)
            #expect(data.graph.edgeCount == 4 && !data.graph.isDirected)
            #expect(data.features == Matrix([[1, 0, 0], [0, 0, 0], [0, 0, 0], [0, 0, 1], [0, 0, 0]]))
            #expect(data.labels == [1, 0, -1, -1, -1])
            #expect(data.classCount == 2 && data.featureCount == 3)
        }
    }

    @Test func optionalFilesMayBeAbsent() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            _ = try IOTestSupport.file("edges.tsv", in: directory, "0 1\n1 2\n")
            let data = try LinkDataset.load(directory: directory, options: .init(directed: true))
            #expect(data.features == nil && data.labels == nil)
            #expect(data.graph.isDirected && data.graph.edgeCount == 2 && data.classCount == 0)
        }
    }

    @Test func errorsNameTheFileTheyAreIn() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let missing = #expect(throws: GraphIOError.self) { try LinkDataset.load(directory: directory) }
            #expect(missing?.path.hasSuffix("edges.tsv") == true)
            _ = try IOTestSupport.file("edges.tsv", in: directory, "0\t1\n")
            let labels = try IOTestSupport.file("labels.tsv", in: directory, "0\t1\n1\tcat\n")
            let error = #expect(throws: GraphIOError.self) { try LinkDataset.load(directory: directory) }
            expectTextError(error, path: labels.path, line: 2, column: 3, mentions: "a class")
        }
    }

    @Test(.enabled(if: IOTestSupport.coraIsPresent, "needs ../shared/data/cora"))
    func cora() throws {
        let cora = try LinkDataset.load(directory: IOTestSupport.coraDirectory)
        #expect(cora.nodeCount == 2708)
        #expect(cora.edges.count == 5278)
        #expect(cora.graph.edgeCount == 2 * 5278)
        #expect(cora.featureCount == 1433)
        #expect(cora.classCount == 7)
        let features = try #require(cora.features)
        #expect(features.rows == 2708)
        #expect(features.values.allSatisfy { $0 == 0 || $0 == 1 })
        #expect(features.row(0).reduce(0, +) > 0)
        let labels = try #require(cora.labels)
        #expect(labels.count == 2708 && labels.allSatisfy { (-1 ..< 7).contains($0) })
    }
}
