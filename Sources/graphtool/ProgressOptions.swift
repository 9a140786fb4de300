import ArgumentParser

/// `--no-progress` and `--quiet`, shared by every command that shows a progress line. The line
/// is drawn on stderr, and only when stderr is a terminal; either flag turns it off.
struct ProgressOptions: ParsableArguments {
    @Flag(help: "Never draw the progress line (it is drawn only when stderr is a terminal).")
    var noProgress = false
    @OptionGroup var reporting: QuietOption

    /// The command's progress line, off with `--no-progress` or `--quiet`.
    func line() -> ProgressLine {
        ProgressLine(enabled: !noProgress && !reporting.quiet)
    }
}
