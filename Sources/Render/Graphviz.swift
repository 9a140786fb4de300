import CGraphviz
import Foundation
import GraphCore

/// Lays out and renders DOT text with libgraphviz, in-process.
///
/// Graphviz keeps global state (its error buffer), so calls are serialised by a lock. All calls
/// share one context, created on first use and kept for the life of the process: Graphviz 2.42's
/// pango text-layout plugin caches a pointer to the last font name, which freeing a context
/// frees, so a second context would read freed memory. Each call creates and frees its own graph
/// with `defer` beside the allocation.
public enum Graphviz {
    private static let lock = NSLock()
    /// The shared context (see above); guarded by `lock`.
    nonisolated(unsafe) private static let context = gvContext()

    /// Renders `dot` with `engine` into `format`, returning the bytes.
    ///
    /// - Throws: `RenderError` carrying Graphviz's message when the DOT text, the engine or the
    ///   format is not accepted.
    /// - Complexity: that of the layout engine (`dot` is roughly O(V·E) per pass on large graphs).
    public static func render(dot: String, engine: LayoutEngine = .dot, format: RenderFormat = .svg) throws -> [UInt8] {
        lock.lock()
        defer { lock.unlock() }
        ErrorCapture.begin()
        guard let context else { throw RenderError.renderFailed(format: format.rawValue, message: "no Graphviz context") }
        guard let graph = dot.withCString({ agmemread($0) }) else {
            throw RenderError.invalidDOT(message: ErrorCapture.end() ?? "syntax error")
        }
        defer { agclose(graph) }
        if ErrorCapture.hasError, let message = ErrorCapture.end() {
            throw RenderError.invalidDOT(message: message)
        }
        guard gvLayout(context, graph, engine.rawValue) == 0 else {
            throw RenderError.layoutFailed(engine: engine.rawValue, message: ErrorCapture.end() ?? "layout failed")
        }
        defer { gvFreeLayout(context, graph) }
        var data: UnsafeMutablePointer<CChar>?
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format.rawValue, &data, &length) == 0, let data else {
            throw RenderError.renderFailed(format: format.rawValue, message: ErrorCapture.end() ?? "no renderer for this format")
        }
        defer { gvFreeRenderData(data) }
        _ = ErrorCapture.end()
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }

    /// Renders `dot` to `path`, the format taken from the file extension unless given. The
    /// file appears whole or not at all (written to a temporary file, then renamed).
    ///
    /// - Throws: `RenderError` (Graphviz's message, or why the file could not be written).
    public static func render(dot: String, to path: String, engine: LayoutEngine = .dot,
                              format: RenderFormat? = nil) throws {
        let url = URL(fileURLWithPath: path)
        guard let chosen = format ?? RenderFormat(pathExtension: url.pathExtension) else {
            throw RenderError.renderFailed(
                format: url.pathExtension,
                message: "unknown output extension; use one of \(RenderFormat.allCases.map { "." + $0.rawValue }.joined(separator: ", "))")
        }
        let bytes = try render(dot: dot, engine: engine, format: chosen)
        do {
            try FileIO.writeAtomically(bytes, to: path)
        } catch let error as GraphIOError {
            throw RenderError.cannotWrite(path: path, reason: error.description)
        }
    }
}

/// Collects Graphviz's error messages through its user error callback.
enum ErrorCapture {
    nonisolated(unsafe) private static var messages: [String] = []

    static func begin() {
        messages = []
        agseterr(AGERR)
        _ = agseterrf { text in
            if let text { ErrorCapture.messages.append(String(cString: text)) }
            return 0
        }
        _ = agreseterrors()
    }

    static var hasError: Bool { agerrors() > 0 }

    /// Ends the capture, returning the collected messages joined on one line, if any.
    static func end() -> String? {
        _ = agseterrf(nil)
        let text = messages.joined().split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        messages = []
        return text.isEmpty ? nil : text
    }
}
