/// Something an SDC file asked for that the reader skipped or could not honour (Tcl control
/// flow, a command it does not model, a pattern that matches nothing), and where.
public struct SDCWarning: Equatable, Sendable, CustomStringConvertible {
    /// The file, when known.
    public var file: String?
    /// The line of the command.
    public var line: Int
    /// What was skipped and why, in one line.
    public var message: String

    /// Creates a warning. - Complexity: O(1)
    public init(file: String? = nil, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: warning: message`.
    public var description: String { "\(file ?? "<sdc>"):\(line): warning: \(message)" }
}
