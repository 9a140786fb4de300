import Foundation
import GraphCore
import Testing

@Suite("Node splits: split.tsv and the stratified split")
struct NodeSplitTests {
    @Test func readsRolesCommentsAndSeparators() throws {
        let text = "# node role\n0\ttrain\n3 test\n1,val\n\n2\tvalidation  # spelled out\n5\ttest\n"
        let split = try NodeSplitReader.parse(Data(text.utf8), path: "split.tsv", nodeCount: 6)
        #expect(split == NodeSplit(train: [0], validation: [1, 2], test: [3, 5]))
    }

    @Test(arguments: [
        ("0\ttrain\n0\ttest\n", 2, "each node once (node 0 is already on line 1)"),
        ("0\ttraining\n", 1, "train, val or test"),
        ("6\ttrain\n", 1, "a node id, an integer in 0...5"),
        ("1\n", 1, "train, val or test after the node id"),
        ("1 train extra\n", 1, "the end of the line after the role"),
    ])
    func rejectsMalformedLinesNamingTheLine(_ text: String, _ line: Int, _ expected: String) {
        do {
            _ = try NodeSplitReader.parse(Data(text.utf8), path: "split.tsv", nodeCount: 6)
            Issue.record("accepted \(text.debugDescription)")
        } catch let error as GraphIOError {
            guard case let .malformedText(path, errorLine, _, expectation, _) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(path == "split.tsv" && errorLine == line)
            #expect(expectation.contains(expected), "\(error)")
        } catch {
            Issue.record("\(error)")
        }
    }

    /// `../shared/data/cora/split.tsv`, beside the package or its worktree folder, when present.
    static let coraSplit: URL? = ["../../../shared", "../../../../shared"]
        .map { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("\($0)/data/cora/split.tsv").standardized }
        .first { FileManager.default.fileExists(atPath: $0.path) }

    @Test(.enabled(if: coraSplit != nil, "../shared/data/cora is absent"))
    func readsTheSharedCoraSplit() throws {
        let file = try #require(Self.coraSplit)
        let split = try NodeSplitReader.read(contentsOf: file, nodeCount: 2708)
        // The public Planetoid split (README): 140 training nodes, 500 validation, 1,000 test.
        #expect(split.train == Array(0 ..< 140))
        #expect(split.validation == Array(140 ..< 640))
        #expect(split.test.count == 1000 && Set(split.test).count == 1000 && split.test.allSatisfy { $0 >= 1708 })
    }

    @Test(arguments: [UInt64(0), 1, 2])
    func stratifiedSplitIsDisjointAndKeepsEveryClass(seed: UInt64) {
        // Classes of 100, 30 and 4 nodes, and 5 unlabeled ones.
        let labels: [Int32] = [Int32](repeating: 0, count: 100) + [Int32](repeating: 1, count: 30)
            + [Int32](repeating: 2, count: 4) + [Int32](repeating: -1, count: 5)
        var g = SeededGenerator(seed: seed)
        let split = NodeSplit.stratified(labels: labels, using: &g)
        let all = split.train + split.validation + split.test
        #expect(Set(all).count == all.count && all.count == 134, "seed \(seed): disjoint, every labeled node once")
        func count(_ nodes: [Int32], _ label: Int32) -> Int { nodes.filter { labels[Int($0)] == label }.count }
        // Per class: min(20, n/3) training nodes, then a fifth of the rest (rounded) for validation.
        #expect([0, 1, 2].map { count(split.train, $0) } == [20, 10, 1])
        #expect([0, 1, 2].map { count(split.validation, $0) } == [16, 4, 1])
        #expect(split.train == split.train.sorted())
        var same = SeededGenerator(seed: seed)
        let again = NodeSplit.stratified(labels: labels, using: &same)
        #expect(again == split)
    }
}
