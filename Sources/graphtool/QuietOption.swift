import ArgumentParser

/// `--quiet`, shared by every command that writes notes on stderr: with it, stderr carries only
/// warnings and errors (and no progress line).
struct QuietOption: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only warnings and errors on stderr: no notes, no progress.")
    var quiet = false

    /// A note on stderr (what was done, how it was checked), unless `--quiet`.
    func note(_ text: String) {
        if !quiet { StandardError.line(text) }
    }

    /// A warning on stderr (something the user should know was lost or replaced), always.
    func warn(_ text: String) {
        StandardError.line(text)
    }
}
