import Foundation

/// A single progress line on stderr, redrawn in place at most ten times a second, and only
/// when stderr is a terminal: logs and pipes get no progress noise.
final class ProgressLine {
    private let enabled: Bool
    private var lastDraw: UInt64 = 0
    private var drawn = false
    private static let interval: UInt64 = 100_000_000

    init(enabled: Bool) {
        self.enabled = enabled && isatty(STDERR_FILENO) == 1
    }

    /// Shows `text` unless the last redraw was under 0.1 s ago.
    func update(_ text: String) {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDraw >= ProgressLine.interval else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    /// Clears the line.
    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
