extension AIG {
    /// `a | b` as `!(!a & !b)`. - Complexity: O(1) expected (one `and`)
    public mutating func or(_ a: UInt32, _ b: UInt32) -> UInt32 {
        AIG.not(and(AIG.not(a), AIG.not(b)))
    }

    /// `a ^ b` as `!(a & b) & !(!a & !b)` (three ANDs). - Complexity: O(1) expected
    public mutating func xor(_ a: UInt32, _ b: UInt32) -> UInt32 {
        let both = and(a, b)
        let neither = and(AIG.not(a), AIG.not(b))
        return and(AIG.not(both), AIG.not(neither))
    }

    /// `select ? whenTrue : whenFalse` (three ANDs). - Complexity: O(1) expected
    public mutating func mux(_ select: UInt32, _ whenTrue: UInt32, _ whenFalse: UInt32) -> UInt32 {
        or(and(select, whenTrue), and(AIG.not(select), whenFalse))
    }

    /// The majority of three literals, `ab | ac | bc`. - Complexity: O(1) expected
    public mutating func majority(_ a: UInt32, _ b: UInt32, _ c: UInt32) -> UInt32 {
        or(and(a, b), and(c, or(a, b)))
    }
}
