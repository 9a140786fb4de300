/// Misuse of the `AIG` construction API that a caller can recover from.
public enum AIGError: Error, Equatable, CustomStringConvertible {
    /// A literal names a variable the AIG does not have (yet).
    case literalOutOfRange(literal: UInt32, variableCount: Int)
    /// An output index outside `0 ..< outputCount`.
    case outputOutOfRange(index: Int, outputCount: Int)
    /// A simulation got `got` words for `expected` inputs or latches (`what`).
    case wordCountMismatch(what: String, expected: Int, got: Int)
    /// A latch index outside `0 ..< latchCount`.
    case latchOutOfRange(index: Int, latchCount: Int)
    /// A simulation asked for fewer than one pattern.
    case invalidPatternCount(Int)
    /// Exhaustive simulation over more sources (inputs, latches or support variables) than allowed.
    case tooManySources(Int, limit: Int)
    /// Two AIGs compared by equivalence checking have different interfaces.
    case interfaceMismatch(String)
    /// A result would need more variables than 32-bit literals can name.
    case tooLarge(variables: Int, limit: Int)
    /// `tiled(copies:)` asked for fewer than one copy.
    case invalidCopyCount(Int)

    public var description: String {
        switch self {
        case let .literalOutOfRange(literal, count):
            return "literal \(literal) names variable \(literal >> 1), but the AIG has variables 0..<\(count); create the node (addInput/addLatch/and) before using it"
        case let .outputOutOfRange(index, count):
            return "output \(index) does not exist: the AIG has \(count) outputs"
        case let .wordCountMismatch(what, expected, got):
            return "simulation needs one word per \(what) (\(expected)), got \(got)"
        case let .latchOutOfRange(index, count):
            return "latch \(index) does not exist: the AIG has \(count) latches; call addLatch() first"
        case .invalidPatternCount(let count):
            return "simulation needs at least 1 pattern, got \(count)"
        case let .tooManySources(count, limit):
            return "exhaustive simulation over \(count) inputs would need 2^\(count) patterns; the limit is \(limit) inputs (use random simulation, e.g. signalProbabilities(patternCount:seed:))"
        case .interfaceMismatch(let what):
            return "the circuits cannot be compared: \(what); equivalence matches inputs, latches and outputs by position"
        case let .tooLarge(variables, limit):
            return "the result would have \(variables) variables, more than the \(limit) that 32-bit literals can name"
        case .invalidCopyCount(let copies):
            return "the number of copies must be at least 1, got \(copies)"
        }
    }
}
