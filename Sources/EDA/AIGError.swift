/// Misuse of the `AIG` construction API that a caller can recover from.
public enum AIGError: Error, Equatable, CustomStringConvertible {
    /// A literal names a variable the AIG does not have (yet).
    case literalOutOfRange(literal: UInt32, variableCount: Int)
    /// An output index outside `0 ..< outputCount`.
    case outputOutOfRange(index: Int, outputCount: Int)
    /// A latch index outside `0 ..< latchCount`.
    case latchOutOfRange(index: Int, latchCount: Int)

    public var description: String {
        switch self {
        case let .literalOutOfRange(literal, count):
            return "literal \(literal) names variable \(literal >> 1), but the AIG has variables 0..<\(count); create the node (addInput/addLatch/and) before using it"
        case let .outputOutOfRange(index, count):
            return "output \(index) does not exist: the AIG has \(count) outputs"
        case let .latchOutOfRange(index, count):
            return "latch \(index) does not exist: the AIG has \(count) latches; call addLatch() first"
        }
    }
}
