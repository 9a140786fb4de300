import GraphCore

/// A position in a text netlist: 1-based line and column (the column counts bytes).
public struct NetlistLocation: Equatable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    /// Creates a location. - Complexity: O(1)
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// Why a BLIF, bench or Verilog netlist (AIG or cells) or an SDC file was rejected, and where: `file:line:column: message`,
/// the message saying what the reader expected or why the circuit is not an AIG.
public struct NetlistError: Error, Equatable, CustomStringConvertible {
    /// What is wrong.
    public enum Reason: Equatable, Sendable {
        /// A syntax error: what was expected, and what was found instead.
        case expected(String, found: String)
        /// A signal is read but nothing (input, latch or gate) drives it.
        case undefinedSignal(String)
        /// A signal is driven twice; `first` is where it was driven first.
        case definedTwice(String, first: NetlistLocation)
        /// Combinational logic depends on itself; `path` lists the signals of the loop.
        case cycle(path: [String])
        /// A construct this reader does not support, and what to do instead.
        case unsupported(String)
        /// A gate or cover that is well formed but wrong (e.g. a NOT with two inputs).
        case invalid(String)
        /// The file could not be read or written.
        case io(String)
    }

    /// The file, when known.
    public var file: String?
    /// Where in the file, when it applies.
    public var location: NetlistLocation?
    /// What is wrong.
    public var reason: Reason

    /// A failed read or write of the file layer, as `.io` naming its file. - Complexity: O(1)
    public init(_ error: GraphIOError) {
        self.init(.io(error.message), at: nil, file: error.path)
    }

    /// Creates an error. - Complexity: O(1)
    public init(_ reason: Reason, at location: NetlistLocation?, file: String? = nil) {
        self.reason = reason
        self.location = location
        self.file = file
    }

    public var description: String {
        var prefix = file ?? "<netlist>"
        if let location { prefix += ":\(location)" }
        return _oneLineMessage("\(prefix): \(message)")
    }

    /// The reason in words.
    public var message: String {
        switch reason {
        case let .expected(what, found):
            return "expected \(what), found \(found)"
        case .undefinedSignal(let name):
            return "signal '\(name)' is used but never driven: declare it as an input or drive it with a gate, cover, latch or assign"
        case let .definedTwice(name, first):
            return "signal '\(name)' is driven twice (first at line \(first.line)); every signal needs exactly one driver"
        case .cycle(let path):
            return "combinational cycle through \(path.map { "'\($0)'" }.joined(separator: " -> ")); an AIG must be acyclic (break the loop with a latch)"
        case .unsupported(let what):
            return what
        case .invalid(let what):
            return what
        case .io(let message):
            return message
        }
    }
}
