import Foundation

/// Reads node labels, one `node<TAB>class` line per node (the layout of
/// `shared/data/cora/labels.tsv`); class `-1` means unlabeled. Blank lines and `#` comments are
/// skipped; spaces or a comma may separate the columns too.
///
/// The result has `nodeCount` entries when given (ids must be below it), else one more than the
/// largest node id, within `ListSizeLimits` (as are the classes); nodes not listed get `-1`. A
/// node may be listed twice only with the same class.
public enum LabelListReader {
    /// Reads the label list in the file at `url`.
    /// - Throws: `GraphIOError.unreadable`, or `.malformedText` naming the line and column.
    /// - Complexity: O(file size + nodeCount)
    public static func read(contentsOf url: URL, nodeCount: Int? = nil) throws -> [Int32] {
        let bytes = try FileIO.readAll(url.path)
        return try parse(bytes, path: url.path, nodeCount: nodeCount)
    }

    /// Parses a label list held in memory; `path` names it in errors.
    /// - Throws: `GraphIOError.malformedText` naming `path`, the line and the column.
    /// - Complexity: O(bytes + nodeCount)
    public static func parse<Bytes: ContiguousBytes>(
        _ bytes: Bytes, path: String = "<memory>", nodeCount: Int? = nil
    ) throws -> [Int32] {
        try ListSizeLimits._checkGiven(nodeCount, "node count", path: path)
        let pairs = try bytes.withUnsafeBytes { try _pairs(raw: $0, path: path) }
        try pairs.checkNodes(below: nodeCount)
        return try _labels(pairs, count: nodeCount ?? pairs.largestNode.value + 1)
    }

    /// The pairs of a label list, classes checked against `ListSizeLimits`.
    static func _pairs(raw: UnsafeRawBufferPointer, path: String) throws -> _PairList {
        let pairs = try _PairList(raw: raw, path: path, valueName: "a class",
                                  valueRange: -1 ... Int(Int32.max) - 1)
        try pairs.largestValue.check(below: nil, records: pairs.records, path: path, what: "a class",
                                     countName: "a class count", remedy: "number the classes from 0")
        return pairs
    }

    /// One label per node, `-1` where none is given.
    static func _labels(_ pairs: _PairList, count: Int) throws -> [Int32] {
        var labels = [Int32](repeating: -1, count: count)
        var lineOfLabel = [Int](repeating: 0, count: count)
        for k in 0 ..< pairs.nodes.count {
            let node = Int(pairs.nodes[k]), label = pairs.values[k]
            if lineOfLabel[node] != 0 && labels[node] != label {
                throw GraphIOError.malformedText(
                    path: pairs.path, line: pairs.lines[k], column: 1,
                    expected: "class \(labels[node]) for node \(node), as on line \(lineOfLabel[node]) (one class per node)",
                    found: "class \(label)")
            }
            labels[node] = label
            lineOfLabel[node] = pairs.lines[k]
        }
        return labels
    }
}
