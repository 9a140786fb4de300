extension AIG {
    /// Simulates 64 input patterns at once (bit k of each word is pattern k) and returns the
    /// value word of every variable. Latches hold `latchWords` (all 0 when `nil`), their
    /// current state; next states are not clocked. One forward sweep.
    ///
    /// - Throws: `AIGError.wordCountMismatch` when a word count does not match the inputs or latches.
    /// - Complexity: O(M)
    public func simulate(inputWords: [UInt64], latchWords: [UInt64]? = nil) throws -> [UInt64] {
        guard inputWords.count == inputs.count else {
            throw AIGError.wordCountMismatch(what: "input", expected: inputs.count, got: inputWords.count)
        }
        if let latchWords, latchWords.count != latches.count {
            throw AIGError.wordCountMismatch(what: "latch", expected: latches.count, got: latchWords.count)
        }
        var value = [UInt64](repeating: 0, count: kinds.count)
        for (i, v) in inputs.enumerated() { value[Int(v)] = inputWords[i] }
        for (i, v) in latches.enumerated() { value[Int(v)] = latchWords?[i] ?? 0 }
        value.withUnsafeMutableBufferPointer { value in
            for v in 0 ..< kinds.count where kinds[v] == .and {
                let a = fanin0[v], b = fanin1[v]
                let x = value[Int(a >> 1)] ^ (a & 1 == 1 ? ~0 : 0)
                let y = value[Int(b >> 1)] ^ (b & 1 == 1 ? ~0 : 0)
                value[v] = x & y
            }
        }
        return value
    }

    /// The value word of `literal` given the variable words from `simulate`. - Complexity: O(1)
    @inlinable public static func word(of literal: UInt32, in values: [UInt64]) -> UInt64 {
        values[Int(literal >> 1)] ^ (literal & 1 == 1 ? ~0 : 0)
    }
}
