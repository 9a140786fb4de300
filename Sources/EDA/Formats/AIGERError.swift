import GraphCore

/// Why an AIGER file was rejected, and where: the file, the line (ASCII `aag`) or byte offset
/// (binary `aig`), and what the reader expected there.
public struct AIGERError: Error, Equatable, CustomStringConvertible {
    /// A position in the file.
    public enum Location: Equatable, Sendable {
        /// A 1-based line number (ASCII files).
        case line(Int)
        /// A 0-based byte offset (binary files).
        case byteOffset(Int)
    }

    /// What is wrong.
    public enum Reason: Equatable, Sendable {
        /// The file does not start with an `aag` or `aig` header; the payload says what was found.
        case notAIGER(String)
        /// ABC's nonstandard `aig2` header (`write_aiger -c`).
        case unsupportedAIG2
        /// A syntax error: the payload says what was expected.
        case expected(String)
        /// A number does not fit in 32 bits.
        case numberTooLarge
        /// The header does not add up; the payload says which rule fails.
        case invalidHeader(String)
        /// A literal above `2M + 1`.
        case literalOutOfRange(literal: UInt32, maxLiteral: UInt32)
        /// An input, latch or AND defined on a negated or constant literal.
        case invalidDefinition(what: String, literal: UInt32)
        /// A variable defined twice (`what` says by which kind of line).
        case definedTwice(what: String, variable: UInt32)
        /// A literal whose variable nothing defines.
        case undefinedLiteral(UInt32)
        /// ANDs that depend on themselves; `variable` lies on the cycle.
        case cycle(variable: UInt32)
        /// A latch reset value other than 0, 1 or the latch's own literal.
        case invalidReset(latch: UInt32, reset: UInt32)
        /// A binary AND whose deltas break `lhs > rhs0 >= rhs1`.
        case binaryAndOrder(index: Int, lhs: UInt32, detail: String)
        /// The file ends inside a varint.
        case truncatedVarint(index: Int)
        /// A varint longer than 32 bits.
        case varintOverflow(index: Int)
        /// A symbol for an entry that does not exist.
        case symbolOutOfRange(kind: Character, index: Int, count: Int)
        /// The file could not be read or written; the payload is the system's message.
        case io(String)
    }

    /// The file, when known.
    public var file: String?
    /// Where in the file, when it applies.
    public var location: Location?
    /// What is wrong.
    public var reason: Reason

    /// Creates an error. - Complexity: O(1)
    /// A failed read or write of the file layer, as `.io` naming its file. - Complexity: O(1)
    public init(_ error: GraphIOError) {
        self.init(.io(error.message), at: nil, file: error.path)
    }

    public init(_ reason: Reason, at location: Location?, file: String? = nil) {
        self.reason = reason
        self.location = location
        self.file = file
    }

    public var description: String {
        var prefix = file ?? "<aiger>"
        switch location {
        case .line(let n)?: prefix += ":\(n)"
        case .byteOffset(let n)?: prefix += ": byte \(n)"
        case nil: break
        }
        return _oneLineMessage("\(prefix): \(message)")
    }

    /// The reason in words, with what was expected and how to fix it.
    public var message: String {
        switch reason {
        case .notAIGER(let found):
            return "not an AIGER file: expected the header 'aag M I L O A' (ASCII) or 'aig M I L O A' (binary), found \(found)"
        case .unsupportedAIG2:
            return "'aig2' is ABC's nonstandard header from 'write_aiger -c'; re-export with ABC 'write_aiger' (without -c) or '&w'"
        case .expected(let what):
            return "expected \(what)"
        case .numberTooLarge:
            return "number does not fit in 32 bits"
        case .invalidHeader(let rule):
            return "invalid header: \(rule)"
        case let .literalOutOfRange(literal, maxLiteral):
            return "literal \(literal) is out of range: the header's M allows literals up to \(maxLiteral)"
        case let .invalidDefinition(what, literal):
            return "\(what) literal \(literal) must be even (not negated) and at least 2 (not a constant)"
        case let .definedTwice(what, variable):
            return "variable \(variable) (literal \(variable << 1)) is defined twice; this \(what) redefines it"
        case .undefinedLiteral(let literal):
            return "literal \(literal) uses variable \(literal >> 1), which no input, latch or AND defines"
        case .cycle(let variable):
            return "AND \(variable << 1) lies on a combinational cycle; the ANDs of an AIGER file must form a DAG"
        case let .invalidReset(latch, reset):
            return "latch \(latch) has reset value \(reset); expected 0, 1 or the latch literal \(latch) (uninitialised)"
        case let .binaryAndOrder(index, lhs, detail):
            return "AND \(index) (lhs \(lhs)) breaks the binary order lhs > rhs0 >= rhs1: \(detail)"
        case .truncatedVarint(let index):
            return "the file ends inside the varint deltas of AND \(index); the file is truncated"
        case .varintOverflow(let index):
            return "a varint delta of AND \(index) does not fit in 32 bits; the AND section is corrupt"
        case let .symbolOutOfRange(kind, index, count):
            return "symbol '\(kind)\(index)' names entry \(index), but the file has \(count) of that kind"
        case .io(let message):
            return message
        }
    }
}
