extension AIG {
    /// Largest cut ``cutSignalProbabilities(cutSize:)`` accepts (truth tables of 2¹⁰ bits).
    public static let maximumProbabilityCutSize = 10

    /// Signal probabilities estimated through local cuts, without simulating the circuit:
    /// inputs and latches are fair coins, and each AND's probability is computed exactly from a
    /// cut of at most `cutSize` leaves around it, assuming only the leaves independent (each
    /// leaf with its own estimate). The cut is grown the way reconvergence-driven cuts are
    /// (Mishchenko et al., "DAG-aware AIG rewriting", DAC 2006): repeatedly expand the leaf
    /// whose fanins add the fewest new leaves, so cones that reconverge inside the cut — an XOR's
    /// two ANDs over the same inputs, a carry and a sum over the same bits — are counted once.
    /// Where nothing reconverges it equals the independence estimate `p(a ∧ b) = p(a) · p(b)`.
    ///
    /// - Returns: one probability per variable (0 for the constant and unused variables).
    /// - Precondition: `2 ... maximumProbabilityCutSize` holds `cutSize`.
    /// - Complexity: O(A × (c × k × (k + c) + c × 2ᵏ / 64 + 2ᵏ)) for A ANDs, cut size k and at
    ///   most 48 cone nodes c per AND.
    public func cutSignalProbabilities(cutSize: Int = 6) -> [Float] {
        precondition((2 ... AIG.maximumProbabilityCutSize).contains(cutSize),
                     "cut size \(cutSize) outside 2...\(AIG.maximumProbabilityCutSize)")
        var p = [Double](repeating: 0, count: variableCount)
        var cut = ProbabilityCut(aig: self, cutSize: cutSize)
        for v in 0 ..< variableCount {
            switch kinds[v] {
            case .input, .latch: p[v] = 0.5
            case .and: p[v] = cut.probability(of: v, leafProbabilities: p)
            case .constant, .unused: p[v] = 0
            }
        }
        return p.map { Float($0) }
    }
}

/// The cut, cone truth table and probability of one AND at a time, with scratch space reused
/// across ANDs (see ``AIG/cutSignalProbabilities(cutSize:)``).
struct ProbabilityCut {
    /// Most ANDs simulated inside one cut (the AND itself included); growth stops there.
    static let maximumConeSize = 48

    private let aig: AIG
    private let cutSize: Int
    private let words: Int
    private var leaves: [Int] = []
    private var cone: [Int] = []
    /// Truth-table slot of each variable while it is a leaf or cone node, -1 otherwise.
    private var slot: [Int32]
    private var tables: [UInt64] = []
    private var weights: [Double] = []

    init(aig: AIG, cutSize: Int) {
        self.aig = aig
        self.cutSize = cutSize
        words = max(1, (1 << cutSize) / 64)
        slot = [Int32](repeating: -1, count: aig.variableCount)
    }

    /// The probability that AND `v` is 1, given every smaller variable's estimate.
    mutating func probability(of v: Int, leafProbabilities p: [Double]) -> Double {
        growCut(from: v)
        let result = coneProbability(of: v, p)
        for u in leaves { slot[u] = -1 }
        for u in cone { slot[u] = -1 }
        return result
    }

    /// Fills `leaves` and `cone` (cone in increasing variable order, `v` last).
    private mutating func growCut(from v: Int) {
        leaves.removeAll(keepingCapacity: true)
        cone.removeAll(keepingCapacity: true)
        cone.append(v)
        addLeaf(Int(aig.fanin0[v] >> 1))
        addLeaf(Int(aig.fanin1[v] >> 1))
        while cone.count < ProbabilityCut.maximumConeSize {
            var best = -1, bestCost = Int.max
            for (i, leaf) in leaves.enumerated() where aig.kinds[leaf] == .and {
                let cost = expansionCost(leaf)
                if cost < bestCost || (cost == bestCost && leaf > leaves[best]) { best = i; bestCost = cost }
            }
            guard best >= 0, leaves.count + bestCost <= cutSize else { break }
            let leaf = leaves.remove(at: best)
            cone.append(leaf)
            addLeaf(Int(aig.fanin0[leaf] >> 1))
            addLeaf(Int(aig.fanin1[leaf] >> 1))
        }
        cone.sort()
    }

    /// How many leaves the cut gains by replacing `leaf` with its fanins (−1 … 1).
    private func expansionCost(_ leaf: Int) -> Int {
        let a = Int(aig.fanin0[leaf] >> 1), b = Int(aig.fanin1[leaf] >> 1)
        let newA = isInCut(a) ? 0 : 1
        let newB = (b == a || isInCut(b)) ? 0 : 1
        return newA + newB - 1
    }

    /// Whether `u` is already a leaf or inside the cone.
    private func isInCut(_ u: Int) -> Bool { leaves.contains(u) || cone.contains(u) }

    private mutating func addLeaf(_ u: Int) {
        if !isInCut(u) { leaves.append(u) }
    }

    /// Simulates the cone over the leaves' truth tables and sums the weights of `v`'s minterms.
    private mutating func coneProbability(of v: Int, _ p: [Double]) -> Double {
        let n = leaves.count, rows = leaves.count + cone.count
        tables.removeAll(keepingCapacity: true)
        tables.reserveCapacity(rows * words)
        for (i, leaf) in leaves.enumerated() {
            slot[leaf] = Int32(i)
            for w in 0 ..< words { tables.append(ProbabilityCut.projection(i, word: w)) }
        }
        for (j, u) in cone.enumerated() {
            slot[u] = Int32(n + j)
            let a = aig.fanin0[u], b = aig.fanin1[u]
            let ra = Int(slot[Int(a >> 1)]) * words, rb = Int(slot[Int(b >> 1)]) * words
            let ma: UInt64 = a & 1 == 1 ? ~0 : 0, mb: UInt64 = b & 1 == 1 ? ~0 : 0
            for w in 0 ..< words { tables.append((tables[ra + w] ^ ma) & (tables[rb + w] ^ mb)) }
        }
        // Minterm weights over the n leaves: w[m] = Π_i (bit i of m ? p_i : 1 − p_i).
        let minterms = 1 << n
        weights.removeAll(keepingCapacity: true)
        weights.append(1)
        for (i, leaf) in leaves.enumerated() {
            let q = p[leaf]
            for m in 0 ..< (1 << i) { weights.append(weights[m] * q); weights[m] *= 1 - q }
        }
        let root = (rows - 1) * words
        var sum = 0.0
        for m in 0 ..< minterms where tables[root + m / 64] >> UInt64(m % 64) & 1 == 1 { sum += weights[m] }
        return sum
    }

    /// Word `word` of the truth table of leaf `i` (bit m of the table is bit i of m).
    static func projection(_ i: Int, word: Int) -> UInt64 {
        i >= 6 ? ((word >> (i - 6)) & 1 == 1 ? ~0 : 0) : singleWordProjections[i]
    }

    /// The truth tables of the first six leaves within one 64-bit word.
    private static let singleWordProjections: [UInt64] = [
        0xAAAA_AAAA_AAAA_AAAA, 0xCCCC_CCCC_CCCC_CCCC, 0xF0F0_F0F0_F0F0_F0F0,
        0xFF00_FF00_FF00_FF00, 0xFFFF_0000_FFFF_0000, 0xFFFF_FFFF_0000_0000,
    ]
}
