import GraphCore

/// Inputs that are each well-formed but do not fit together: a contig named twice, a table row
/// count that differs from the contig count, contigs without depths. Every case names the file
/// (and line, where there is one) and the exact fix.
public enum BinningInputError: Error, Equatable, CustomStringConvertible {
    /// `name` is listed a second time at `line` of `path`.
    case duplicateContig(path: String, line: Int, name: String)
    /// Contigs of `contigsPath` that `path` lacks (the first few named, `count` in all).
    case missingContigs(path: String, contigsPath: String, names: [String], count: Int)
    /// `path` holds `found` rows where `expected` (one per contig of the table) were needed.
    case rowCount(path: String, expected: Int, found: Int)
    /// `path` has a shape or content the method cannot use.
    case unusable(path: String, reason: String)

    /// The message on one line (control characters in names escaped, see `_oneLineMessage`).
    public var description: String { _oneLineMessage(text) }

    private var text: String {
        switch self {
        case let .duplicateContig(path, line, name):
            return "\(path):\(line): contig '\(name)' is listed twice; every contig name must be unique"
        case let .missingContigs(path, contigsPath, names, count):
            let shown = names.map { "'\($0)'" }.joined(separator: ", ")
            return "\(path): \(count) contig\(count == 1 ? "" : "s") of \(contigsPath) \(count == 1 ? "has" : "have") no row here (\(shown)\(count > names.count ? ", …" : "")); compute the depths from the same assembly (jgi_summarize_bam_contig_depths on reads mapped to \(contigsPath))"
        case let .rowCount(path, expected, found):
            return "\(path): \(found) rows, but the contig table has \(expected); give one row per contig, in table order"
        case let .unusable(path, reason):
            return "\(path): \(reason)"
        }
    }
}
