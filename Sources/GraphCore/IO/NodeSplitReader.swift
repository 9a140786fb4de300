import Foundation

/// Reads a node split, one `node<TAB>train|val|test` line per node (the layout of
/// `shared/data/cora/split.tsv`; `validation` is accepted for `val`). Blank lines and `#`
/// comments are skipped; spaces or a comma may separate the columns too. Nodes not listed
/// belong to no part; a node may not be listed twice.
public enum NodeSplitReader {
    /// The role words, in `NodeSplit.Role` order (`val` and `validation` both mean validation).
    private static let words = ["train", "val", "validation", "test"]
    private static let roles: [NodeSplit.Role] = [.train, .validation, .validation, .test]

    /// Reads the split in the file at `url`; every node id must be below `nodeCount`.
    /// - Throws: `GraphIOError.unreadable`, or `.malformedText` naming the line and column.
    /// - Complexity: O(file size + nodeCount)
    public static func read(contentsOf url: URL, nodeCount: Int) throws -> NodeSplit {
        let bytes = try FileIO.readAll(url.path)
        return try parse(bytes, path: url.path, nodeCount: nodeCount)
    }

    /// Parses a split held in memory; `path` names it in errors.
    /// - Throws: `GraphIOError.malformedText` naming `path`, the line and the column.
    /// - Complexity: O(bytes + nodeCount)
    public static func parse<Bytes: ContiguousBytes>(_ bytes: Bytes, path: String = "<memory>",
                                                     nodeCount: Int) throws -> NodeSplit {
        try ListSizeLimits._checkGiven(nodeCount, "node count", path: path)
        var lineOfNode = [Int](repeating: 0, count: nodeCount)
        var split = NodeSplit(train: [], validation: [], test: [])
        try bytes.withUnsafeBytes { raw in
            var scanner = _TextScanner(raw, path: path)
            let what = "a node id, an integer in 0...\(max(nodeCount - 1, 0))"
            while scanner.nextDataLine() {
                let line = scanner.line
                guard nodeCount > 0 else { throw scanner.error(expected: "no line: the data set has no nodes") }
                let node = try scanner.integer(in: 0, nodeCount - 1, what)
                if lineOfNode[node] != 0 {
                    throw GraphIOError.malformedText(
                        path: path, line: line, column: 1,
                        expected: "each node once (node \(node) is already on line \(lineOfNode[node]))",
                        found: "node \(node) again")
                }
                guard scanner.nextField() else {
                    throw scanner.error(expected: "train, val or test after the node id (columns: node role)")
                }
                let role = roles[try scanner.word(in: words, "train, val or test")]
                try scanner.endLine(expected: "the end of the line after the role (2 columns: node role)")
                lineOfNode[node] = line
                switch role {
                case .train: split.train.append(Int32(node))
                case .validation: split.validation.append(Int32(node))
                case .test: split.test.append(Int32(node))
                }
            }
        }
        return split
    }
}
