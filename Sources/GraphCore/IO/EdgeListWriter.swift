import Foundation

/// Writes edge lists that `EdgeListReader` reads back exactly: one `u<sep>v[<sep>weight]` line
/// per edge, weights in Swift's shortest round-trip form. Files are replaced atomically.
///
/// ```swift
/// try EdgeListWriter(delimiter: .comma).write(graph, to: url)   // u <= v once if undirected
/// ```
public struct EdgeListWriter: Sendable {
    /// The byte between fields.
    public enum Delimiter: Sendable, CaseIterable {
        case tab, comma, space

        var byte: UInt8 {
            switch self {
            case .tab: return UInt8(ascii: "\t")
            case .comma: return UInt8(ascii: ",")
            case .space: return UInt8(ascii: " ")
            }
        }
    }

    /// The byte between fields (default: tab).
    public var delimiter: Delimiter
    /// Text written first as `#` comment lines (one per line of the text), or `nil`.
    public var comment: String?

    /// A writer using `delimiter` between fields, starting files with `comment`. - Complexity: O(1)
    public init(delimiter: Delimiter = .tab, comment: String? = nil) {
        self.delimiter = delimiter
        self.comment = comment
    }

    /// Writes `edges` to `url` atomically (a temporary file beside it, then a rename).
    /// - Throws: `GraphIOError.unwritable`; `.unsupported` for a weight that is not finite.
    /// - Complexity: O(E)
    public func write(_ edges: EdgeList, to url: URL) throws {
        try FileIO.writeAtomically(to: url.path) { try encode(edges, path: url.path, into: &$0) }
    }

    /// Writes the edges of `graph` (each undirected edge once, `u <= v`) to `url` atomically.
    /// - Throws: as `write(_:to:)` for an `EdgeList`.
    /// - Complexity: O(V + E)
    public func write(_ graph: Graph, to url: URL) throws {
        try write(EdgeList(graph), to: url)
    }

    /// The file's bytes for `edges`.
    /// - Throws: `GraphIOError.unsupported` for a weight that is not finite.
    /// - Complexity: O(E)
    public func encode(_ edges: EdgeList) throws -> [UInt8] {
        var writer = _ByteWriter()
        try encode(edges, path: "<memory>", into: &writer)
        return writer.bytes
    }

    private func encode(_ edges: EdgeList, path: String, into out: inout _ByteWriter) throws {
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) {
                out.append("# \(line)\n")
            }
        }
        let separator = delimiter.byte
        for k in 0 ..< edges.count {
            out.append(decimal: Int(edges.sources[k]))
            out.append(separator)
            out.append(decimal: Int(edges.targets[k]))
            if let weights = edges.weights {
                let w = weights[k]
                guard w.isFinite else {
                    throw GraphIOError.unsupported(
                        path: path, reason: "edge \(k) has weight \(w); edge lists hold finite weights only")
                }
                out.append(separator)
                out.append(w.description)
            }
            out.append(UInt8(ascii: "\n"))
            try out.flushIfNeeded()
        }
    }
}
