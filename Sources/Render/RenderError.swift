/// Errors from laying out and rendering with Graphviz.
public enum RenderError: Error, Equatable, CustomStringConvertible {
    /// Graphviz could not parse the DOT text; `message` is Graphviz's own.
    case invalidDOT(message: String)
    /// Layout failed (e.g. an unknown engine); `message` is Graphviz's own.
    case layoutFailed(engine: String, message: String)
    /// Rendering failed (e.g. no plugin for the format); `message` is Graphviz's own.
    case renderFailed(format: String, message: String)
    /// The output file could not be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .invalidDOT(let message):
            return "Graphviz could not read the DOT text: \(message)"
        case let .layoutFailed(engine, message):
            return "Graphviz layout with engine '\(engine)' failed: \(message); engines: \(LayoutEngine.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .renderFailed(format, message):
            return "Graphviz could not render \(format): \(message)"
        case let .cannotWrite(path, reason):
            return "cannot write \(path): \(reason)"
        }
    }
}
