/// The counts of an AIGER 1.9 header `aag|aig M I L O A [B C J F]`.
public struct AIGERHeader: Equatable, Sendable {
    /// Binary (`aig`) or ASCII (`aag`).
    public var isBinary: Bool
    /// `M`: the largest variable number.
    public var maxVariable: UInt32
    /// `I`, `L`, `O`, `A`: inputs, latches, outputs, ANDs.
    public var inputs: Int, latches: Int, outputs: Int, ands: Int
    /// `B`, `C`, `J`, `F`: bad, constraint, justice, fairness properties (0 when absent).
    public var bad: Int = 0, constraints: Int = 0, justice: Int = 0, fairness: Int = 0

    /// Creates a header. - Complexity: O(1)
    public init(isBinary: Bool, maxVariable: UInt32, inputs: Int, latches: Int, outputs: Int, ands: Int,
                bad: Int = 0, constraints: Int = 0, justice: Int = 0, fairness: Int = 0) {
        self.isBinary = isBinary
        self.maxVariable = maxVariable
        self.inputs = inputs
        self.latches = latches
        self.outputs = outputs
        self.ands = ands
        self.bad = bad
        self.constraints = constraints
        self.justice = justice
        self.fairness = fairness
    }

    /// How many entries the header declares of the list a symbol of `kind` names. - Complexity: O(1)
    public func count(of kind: AIGSymbol.Kind) -> Int {
        switch kind {
        case .input: return inputs
        case .latch: return latches
        case .output: return outputs
        case .bad: return bad
        case .constraint: return constraints
        case .justice: return justice
        case .fairness: return fairness
        }
    }

    /// The largest legal literal, `2M + 1`. - Complexity: O(1)
    public var maxLiteral: UInt32 { maxVariable &* 2 &+ 1 }
}
