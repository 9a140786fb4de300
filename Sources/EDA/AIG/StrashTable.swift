/// Open-addressing hash table from an AND's fanin pair to its variable, for structural hashing.
///
/// Keys are `fanin0 << 32 | fanin1` with the larger literal first; linear probing over a
/// power-of-two table kept at most half full. No per-entry allocation.
struct StrashTable: Sendable {
    private var keys: [UInt64]
    private var values: [UInt32]
    private(set) var count = 0
    private static let empty = UInt64.max

    /// Creates a table sized for `capacity` entries. - Complexity: O(capacity)
    init(capacity: Int) {
        var size = 16
        while size < 2 * capacity { size <<= 1 }
        keys = [UInt64](repeating: StrashTable.empty, count: size)
        values = [UInt32](repeating: 0, count: size)
    }

    @inline(__always)
    static func key(_ a: UInt32, _ b: UInt32) -> UInt64 {
        a >= b ? UInt64(a) << 32 | UInt64(b) : UInt64(b) << 32 | UInt64(a)
    }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        // Fibonacci hashing: multiply by 2^64 / golden ratio and keep the top bits.
        let mask = keys.count - 1
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The variable stored for fanins `(a, b)`, in either order. - Complexity: O(1) expected
    func find(_ a: UInt32, _ b: UInt32) -> UInt32? {
        let key = StrashTable.key(a, b)
        let mask = keys.count - 1
        var i = slot(of: key)
        while keys[i] != StrashTable.empty {
            if keys[i] == key { return values[i] }
            i = (i + 1) & mask
        }
        return nil
    }

    /// Stores `variable` for fanins `(a, b)` unless the pair is present (the first one wins).
    /// - Complexity: O(1) amortised
    mutating func insert(_ a: UInt32, _ b: UInt32, variable: UInt32) {
        if 2 * (count + 1) > keys.count { grow() }
        let key = StrashTable.key(a, b)
        let mask = keys.count - 1
        var i = slot(of: key)
        while keys[i] != StrashTable.empty {
            if keys[i] == key { return }
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = variable
        count += 1
    }

    private mutating func grow() {
        var bigger = StrashTable(capacity: keys.count)
        for i in keys.indices where keys[i] != StrashTable.empty {
            bigger.insertKey(keys[i], values[i])
        }
        self = bigger
    }

    private mutating func insertKey(_ key: UInt64, _ value: UInt32) {
        let mask = keys.count - 1
        var i = slot(of: key)
        while keys[i] != StrashTable.empty { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
        count += 1
    }
}
