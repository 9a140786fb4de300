/// The sizes a text list (edge, feature or label list) may imply when no count is given.
///
/// Without an explicit count, a list's size is read off its largest id, so a single line such as
/// `0 2147483646` would make a two-line file allocate for two billion nodes. So when no count is
/// given, ids (node ids, feature indices, classes) must lie below `idLimit(records:)`: 16 per
/// record (data line) of the file, and at least 1,024. A dense feature matrix whose row count is
/// implied (no node count given) holds at most `entryLimit(records:)` entries: 1,024 per record
/// read, and at least 2²⁰. Beyond either, the readers throw an error naming the line of the
/// largest id. Giving the count (`nodeCount:`, `graphtool linkpred --nodes`) lifts the limit.
public enum ListSizeLimits {
    /// Ids a record may account for when no count is given.
    public static let idsPerRecord = 16
    /// The id limit of a small file.
    public static let minimumIDLimit = 1_024
    /// Dense feature entries a record may account for when the row count is implied.
    public static let entriesPerRecord = 1_024
    /// The entry limit of small files.
    public static let minimumEntryLimit = 1 << 20

    /// Ids of a file of `records` data lines must be below this when no count is given.
    /// - Complexity: O(1)
    public static func idLimit(records: Int) -> Int {
        max(minimumIDLimit, idsPerRecord.multipliedReportingOverflow(by: records).partialValue)
    }

    /// The most entries a dense matrix sized from `records` data lines may have.
    /// - Complexity: O(1)
    public static func entryLimit(records: Int) -> Int {
        max(minimumEntryLimit, entriesPerRecord.multipliedReportingOverflow(by: records).partialValue)
    }

    /// Requires a count given by the caller to be in `0...Int32.max`.
    /// - Throws: `GraphError.invalidArgument` naming `path`.
    static func _checkGiven(_ count: Int?, _ name: String, path: String) throws {
        if let count, count < 0 || count > Int(Int32.max) {
            throw GraphError.invalidArgument("\(path): \(name) \(count) is not in 0...\(Int32.max)")
        }
    }
}
