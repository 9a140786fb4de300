/// Integer pairs `node<sep>value`, one per line, as in feature lists (`node feature-index`) and
/// label lists (`node class`). Shared by `FeatureListReader`, `LabelListReader` and
/// `LinkDataset`, which size their outputs only after every file is read.
struct _PairList {
    var nodes: [Int32] = []
    var values: [Int32] = []
    /// The 1-based line of each pair, for errors found after parsing.
    var lines: [Int] = []
    var largestNode = _LargestID()
    var largestValue = _LargestID()
    let path: String

    /// Number of pairs (data lines). - Complexity: O(1)
    var records: Int { nodes.count }

    /// Parses `raw`; node ids are in `0...Int32.max - 1`, values in `valueRange`. The sizes the
    /// ids imply are checked by the callers, against a count given or `ListSizeLimits`.
    /// - Complexity: O(bytes)
    init(raw: UnsafeRawBufferPointer, path: String, valueName: String, valueRange: ClosedRange<Int>) throws {
        self.path = path
        var scanner = _TextScanner(raw, path: path)
        let maxID = Int(Int32.max) - 1
        while scanner.nextDataLine() {
            let line = scanner.line, nodeColumn = scanner.column
            let node = try scanner.integer(in: 0, maxID, "a node id, an integer in 0...\(maxID)")
            guard scanner.nextField() else {
                throw scanner.error(expected: "\(valueName) after the node id (columns: node \(valueName))")
            }
            let valueColumn = scanner.column
            let value = try scanner.integer(
                in: valueRange.lowerBound, valueRange.upperBound,
                "\(valueName), an integer in \(valueRange.lowerBound)...\(valueRange.upperBound)")
            try scanner.endLine(expected: "the end of the line after \(valueName) (2 columns: node \(valueName))")
            nodes.append(Int32(truncatingIfNeeded: node))
            values.append(Int32(truncatingIfNeeded: value))
            lines.append(line)
            largestNode.note(node, line: line, column: nodeColumn)
            largestValue.note(value, line: line, column: valueColumn)
        }
    }

    /// Requires the node ids to be below `nodeCount` when given, else within `ListSizeLimits`.
    /// - Throws: `GraphIOError.malformedText` at the line of the largest node id.
    /// - Complexity: O(1)
    func checkNodes(below nodeCount: Int?) throws {
        try largestNode.check(below: nodeCount, records: records, path: path, what: "a node id",
                              countName: "the node count", remedy: _LargestID.nodeRemedy)
    }
}
