import Foundation
import GraphCore
import Testing

@Suite struct FeatureListReaderTests {
    @Test func denseMatrixByHand() throws {
        let text = "# node feature\n0\t2\n2\t0\n2\t3\n0\t2\n"
        let x = try FeatureListReader.parse(Array(text.utf8))
        #expect(x == Matrix([[0, 0, 1, 0], [0, 0, 0, 0], [1, 0, 0, 1]]))
    }

    @Test func givenCountsPadTheMatrix() throws {
        let x = try FeatureListReader.parse(Array("1 1\n".utf8), nodeCount: 3, featureCount: 4)
        #expect(x.rows == 3 && x.columns == 4)
        #expect(x.values.reduce(0, +) == 1 && x[1, 1] == 1)
    }

    @Test(arguments: [
        ("0\t1\n1\n", 2, 2, "a feature index after the node id"),        // too few columns
        ("0\t1\n1\t-4\n", 2, 3, "a feature index, an integer in 0..."),   // negative index
        ("0\t1\nq\t4\n", 2, 1, "a node id"),                              // bad number
        ("0\t1\t1\n", 1, 5, "2 columns: node a feature index"),           // extra column
    ])
    func malformedFeatures(input: (String, Int, Int, String)) {
        let error = #expect(throws: GraphIOError.self) {
            try FeatureListReader.parse(Array(input.0.utf8), path: "features.tsv")
        }
        expectTextError(error, path: "features.tsv", line: input.1, column: input.2, mentions: input.3)
    }

    /// Found by fuzz-feature-list and fuzz-label-list: form feeds and vertical tabs inside a
    /// token reached the message, which must stay on one line (control characters escaped).
    @Test func controlCharactersInTheTokenAreEscaped() {
        let features = #expect(throws: GraphIOError.self) {
            try FeatureListReader.parse(Array("0\t3\u{0C}\u{0C}\n".utf8), path: "ff.tsv")
        }
        expectTextError(features, path: "ff.tsv", line: 1, column: 3, mentions: "a feature index")
        #expect(features?.description.hasSuffix(#"found "3\u{C}\u{C}""#) == true, "\(String(describing: features))")
        let labels = #expect(throws: GraphIOError.self) {
            try LabelListReader.parse(Array("0\t3\n18\t1\u{0B}09\t3\n".utf8), path: "vt.tsv")
        }
        expectTextError(labels, path: "vt.tsv", line: 2, column: 4, mentions: "a class")
        #expect(labels?.description.hasSuffix(#"found "1\u{B}09""#) == true, "\(String(describing: labels))")
    }

    @Test func labelsByHand() throws {
        let labels = try LabelListReader.parse(Array("0\t3\n2\t-1\n3\t0\n3\t0\n".utf8), nodeCount: 6)
        #expect(labels == [3, -1, -1, 0, -1, -1])
    }

    @Test(arguments: [
        ("0\t1\n1\t-2\n", 2, 3, "a class, an integer in -1..."),               // below -1
        ("0\t1\n1\tx\n", 2, 3, "a class"),                                      // bad number
        ("0\t1\n-1\t2\n", 2, 1, "a node id"),                                   // negative id
        ("0\t1\n1\n", 2, 2, "a class after the node id"),                       // too few columns
        ("0\t1\n1\t2\n0\t2\n", 3, 1, "class 1 for node 0, as on line 1"),       // conflicting labels
    ])
    func malformedLabels(input: (String, Int, Int, String)) {
        let error = #expect(throws: GraphIOError.self) {
            try LabelListReader.parse(Array(input.0.utf8), path: "labels.tsv")
        }
        expectTextError(error, path: "labels.tsv", line: input.1, column: input.2, mentions: input.3)
    }
}
