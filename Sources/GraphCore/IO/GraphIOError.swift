/// Errors from reading and writing graph files.
///
/// Every case names the file (or `"<memory>"` for an in-memory buffer) and where in it the
/// problem is: a 1-based line and column for text formats, a 0-based byte offset for binary
/// ones, together with what the reader expected and what it found.
public enum GraphIOError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read (missing, a directory, no permission, …).
    case unreadable(path: String, reason: String)
    /// The file could not be written, or the finished temporary file could not be renamed.
    case unwritable(path: String, reason: String)
    /// A text file holds something other than what the format allows at `line`:`column`.
    case malformedText(path: String, line: Int, column: Int, expected: String, found: String)
    /// A binary file holds something other than what the format allows at byte `offset`.
    case malformedBinary(path: String, offset: Int, expected: String, found: String)
    /// The value cannot be written in the requested format (e.g. a shape that NPY cannot hold).
    case unsupported(path: String, reason: String)

    /// The file the error is about. - Complexity: O(1)
    public var path: String {
        switch self {
        case .unreadable(let path, _), .unwritable(let path, _), .unsupported(let path, _),
             .malformedText(let path, _, _, _, _), .malformedBinary(let path, _, _, _):
            return path
        }
    }

    /// The 1-based line of a text error, else `nil`. - Complexity: O(1)
    public var line: Int? {
        if case .malformedText(_, let line, _, _, _) = self { return line }
        return nil
    }

    /// The 0-based byte offset of a binary error, else `nil`. - Complexity: O(1)
    public var byteOffset: Int? {
        if case .malformedBinary(_, let offset, _, _) = self { return offset }
        return nil
    }

    /// `path:line:column: expected …, found …` (text) or `path: at byte offset N: …` (binary),
    /// on one line (see `_oneLineMessage`). - Complexity: O(message length)
    public var description: String {
        if case .malformedText = self { return _oneLineMessage("\(path):\(text)") }
        return _oneLineMessage("\(path): \(text)")
    }

    /// The description without the file name in front, for errors of other modules that carry
    /// the file themselves. - Complexity: O(message length)
    public var message: String { _oneLineMessage(text) }

    private var text: String {
        switch self {
        case let .unreadable(_, reason):
            return "cannot read the file: \(reason)"
        case let .unwritable(_, reason):
            return "cannot write the file: \(reason); the destination was left unchanged"
        case let .malformedText(_, line, column, expected, found):
            return "\(line):\(column): expected \(expected), found \(found)"
        case let .malformedBinary(_, offset, expected, found):
            return "at byte offset \(offset): expected \(expected), found \(found)"
        case let .unsupported(_, reason):
            return "cannot be written: \(reason)"
        }
    }
}
