/// Errors from graph construction and graph algorithms.
public enum GraphError: Error, Equatable, CustomStringConvertible {
    /// CSR arrays break a rule; the message names it.
    case invalidCSR(String)
    /// An edge names a node outside `0 ..< nodeCount`.
    case nodeOutOfRange(node: Int, nodeCount: Int, edgeIndex: Int)
    /// A directed graph has a cycle, so it has no topological order; `node` lies on one.
    case cycle(node: Int)
    /// Arrays or matrices whose shapes do not fit together.
    case shapeMismatch(String)
    /// A request that cannot be met (e.g. more negative samples than non-edges exist).
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .invalidCSR(let rule): return "invalid CSR graph: \(rule)"
        case let .nodeOutOfRange(node, count, edge):
            return "edge \(edge) names node \(node), but the graph has nodes 0..<\(count); pass a larger nodeCount or fix the edge list"
        case .cycle(let node):
            return "the graph has a cycle through node \(node), so it has no topological order; only DAGs have levels"
        case .shapeMismatch(let message): return "shape mismatch: \(message)"
        case .invalidArgument(let message): return "invalid argument: \(message)"
        }
    }
}
