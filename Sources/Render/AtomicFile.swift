import Foundation

/// Writes files so they appear whole or not at all.
enum AtomicFile {
    /// Writes `data` to a temporary file beside `url`, then renames it over `url`.
    static func write(_ data: Data, to url: URL) throws {
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw RenderError.cannotWrite(path: url.path, reason: error.localizedDescription)
        }
    }
}
