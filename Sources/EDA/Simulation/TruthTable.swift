/// The truth table of a function of `support.count` variables (at most 16), as bits:
/// bit `p` (bit `p % 64` of `words[p / 64]`) is the value under the assignment where
/// `support[i]` takes bit `i` of `p`. Below 6 variables only the low `2^k` bits of the single
/// word are used; the rest are 0.
public struct TruthTable: Equatable, Sendable {
    /// The variables the function depends on structurally, increasing (AIG variable numbers).
    public var support: [UInt32]
    /// `max(1, 2^k / 64)` words for `k` support variables.
    public var words: [UInt64]

    /// Creates a table. - Complexity: O(1)
    public init(support: [UInt32], words: [UInt64]) {
        self.support = support
        self.words = words
    }

    /// Number of assignments, `2^support.count`. - Complexity: O(1)
    public var rowCount: Int { 1 << support.count }

    /// The value under assignment `row` (support variable `i` = bit `i` of `row`).
    /// - Precondition: `row < rowCount`. - Complexity: O(1)
    public subscript(row: Int) -> Bool {
        precondition(row >= 0 && row < rowCount, "truth-table row \(row) outside 0..<\(rowCount)")
        return words[row >> 6] >> UInt64(row & 63) & 1 == 1
    }

    /// Number of assignments under which the function is 1. - Complexity: O(words)
    public var onesCount: Int { words.reduce(0) { $0 + $1.nonzeroBitCount } }
}
