import GraphCore

/// A position in an OpenQASM file: 1-based line and column (the column counts bytes).
public struct QASMLocation: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    /// A location. - Complexity: O(1)
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// Why an OpenQASM 2 program was rejected, and where: `file:line:column: message`, the message
/// naming the token that was expected and the one found, or the rule the program breaks.
public struct QASMError: Error, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Equatable, Sendable {
        /// A syntax error: what was expected, and what was found instead.
        case expected(String, found: String)
        /// Well-formed but wrong (an undefined gate, a wrong argument count, an index out of range …).
        case invalid(String)
        /// The program would grow out of proportion to its size (deep nesting, huge expansion).
        case limit(String)
        /// The file could not be read or written.
        case io(String)
    }

    /// The file, when known.
    public var file: String?
    /// Where in the file, when it applies.
    public var location: QASMLocation?
    /// What is wrong.
    public var reason: Reason

    /// An error. - Complexity: O(1)
    public init(_ reason: Reason, at location: QASMLocation?, file: String? = nil) {
        self.reason = reason
        self.location = location
        self.file = file
    }

    /// A failed read or write of the file layer, as `.io` naming its file. - Complexity: O(1)
    public init(_ error: GraphIOError) {
        self.init(.io(error.message), at: nil, file: error.path)
    }

    public var description: String {
        var prefix = file ?? "<qasm>"
        if let location { prefix += ":\(location)" }
        return _oneLineMessage("\(prefix): \(message)")
    }

    /// The reason in words.
    public var message: String {
        switch reason {
        case let .expected(what, found): return "expected \(what), found \(found)"
        case .invalid(let why): return why
        case .limit(let why): return why
        case .io(let why): return why
        }
    }
}
