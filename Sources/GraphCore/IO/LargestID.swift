/// The largest id a text list names and where (for errors found once the whole file is read).
struct _LargestID {
    private(set) var value = -1
    private(set) var line = 0
    private(set) var column = 0

    /// Keeps `id` if it is the largest so far. - Complexity: O(1)
    @inline(__always) mutating func note(_ id: Int, line idLine: Int, column idColumn: Int) {
        if id > value { (value, line, column) = (id, idLine, idColumn) }
    }

    /// Requires the ids to be below `count` when given, else below the limit for `records`
    /// (see `ListSizeLimits`). `what` names the id ("a node id"), `countName` the count ("the
    /// node count") and `remedy` says how to proceed.
    /// - Throws: `GraphIOError.malformedText` at the largest id's line and column.
    /// - Complexity: O(1)
    func check(below count: Int?, records: Int, path: String, what: String, countName: String,
               remedy: String) throws {
        let expected: String
        if let count {
            guard value >= count else { return }
            expected = "\(what) in 0..<\(count) (\(countName) given)"
        } else {
            let limit = ListSizeLimits.idLimit(records: records)
            guard value >= limit else { return }
            expected = "\(what) below \(limit) (without \(countName), ids may run to \(ListSizeLimits.idsPerRecord) per data line, \(records) here, so larger ones are refused rather than allocated for); \(remedy)"
        }
        throw GraphIOError.malformedText(path: path, line: line, column: column, expected: expected,
                                         found: "\"\(value)\"")
    }

    /// The remedy for node ids beyond the limit.
    static let nodeRemedy = "number the nodes from 0, or give the node count (nodeCount:, or --nodes on the command line)"
}
