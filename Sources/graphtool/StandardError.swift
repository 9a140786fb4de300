import Foundation

/// Diagnostics go to stderr, one line each; data goes to stdout.
enum StandardError {
    /// Writes `text` and a newline to stderr. - Complexity: O(text)
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
