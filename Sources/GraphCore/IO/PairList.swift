/// Integer pairs `node<sep>value`, one per line, as in feature lists (`node feature-index`) and
/// label lists (`node class`). Shared by `FeatureListReader`, `LabelListReader` and
/// `LinkDataset`, which size their outputs only after every file is read.
struct _PairList {
    var nodes: [Int32] = []
    var values: [Int32] = []
    /// The 1-based line of each pair, for errors found after parsing.
    var lines: [Int] = []
    var largestNode = -1
    var largestValue = -1
    let path: String

    /// Parses `raw`; node ids are in `0...Int32.max - 1`, values in `valueRange`.
    /// - Complexity: O(bytes)
    init(raw: UnsafeRawBufferPointer, path: String, valueName: String, valueRange: ClosedRange<Int>) throws {
        self.path = path
        var scanner = _TextScanner(raw, path: path)
        let maxID = Int(Int32.max) - 1
        while scanner.nextDataLine() {
            let node = try scanner.integer(in: 0, maxID, "a node id, an integer in 0...\(maxID)")
            guard scanner.nextField() else {
                throw scanner.error(expected: "\(valueName) after the node id (columns: node \(valueName))")
            }
            let value = try scanner.integer(
                in: valueRange.lowerBound, valueRange.upperBound,
                "\(valueName), an integer in \(valueRange.lowerBound)...\(valueRange.upperBound)")
            let line = scanner.line
            try scanner.endLine(expected: "the end of the line after \(valueName) (2 columns: node \(valueName))")
            nodes.append(Int32(truncatingIfNeeded: node))
            values.append(Int32(truncatingIfNeeded: value))
            lines.append(line)
            largestNode = max(largestNode, node)
            largestValue = max(largestValue, value)
        }
    }
}
