import EDA
import GraphCore

/// The order in which a circuit encoder updates the variables of an AIG, precomputed once with
/// every index list a step needs (DeepGate's asynchronous propagation, Li et al., "DeepGate:
/// Learning Neural Representations of Logic Gates", DAC 2022, arXiv:2111.14616).
///
/// The **forward pass** starts from step 0, the sources (constant, inputs, latches, unused
/// variables), then updates the ANDs; the **reverse pass** updates every variable after all its
/// fanouts. With ``Mode/levels`` a step is a whole level (forward: AND level; reverse: distance
/// to a sink), so the number of steps is twice the depth, not the number of gates; with
/// ``Mode/sequential`` every step is one variable (the reference the level-parallel result must
/// equal).
///
/// Each step's states are their own block (tensor); a step reads its inputs' rows from earlier
/// blocks through ``BlockReads`` lists, so no step copies a whole state matrix.
public struct CircuitSchedule: Sendable {
    /// How variables are grouped into steps.
    public enum Mode: String, Sendable, CaseIterable {
        /// One step per level: all gates of a level are updated by one batched operation.
        case levels
        /// One step per variable, in topological order (slow; the reference for tests).
        case sequential
    }

    /// One update step.
    public struct Step: Sendable {
        /// The variables updated, one state row each, in this order.
        public let variables: [Int32]
        /// The states this step's variables read (forward: fanins; reverse: fanouts), from the
        /// blocks of earlier steps of the same pass.
        public let edges: BlockReads
        /// The receiving row (index into `variables`) of each read.
        public let segments: [Int32]
        /// `E × 1`: 1 where the read edge is inverted.
        public let inverted: Matrix
        /// Reverse pass only: where each variable's forward state is (blocks of the forward pass).
        public let hidden: BlockReads?
        /// Reverse pass only: `n × 1`, 1 for variables that drive a combinational output.
        public let drivesOutput: Matrix?
        /// Forward pass only: the rows (indices into `variables`) of hidden variables, whose
        /// state the encoder replaces by one learned blank state (``hiding(_:)``); empty unless hidden.
        public internal(set) var hiddenRows: [Int32] = []
    }

    /// Number of AIG variables (rows of the assembled embeddings).
    public let variableCount: Int
    /// The grouping used.
    public let mode: Mode
    /// Forward steps; step 0 holds the sources and reads nothing.
    public let forward: [Step]
    /// Reverse steps; every variable appears in exactly one.
    public let reverse: [Step]
    /// The source type of each variable of step 0 (``sourceTypeCount`` kinds).
    public let sourceTypes: [Int32]
    /// Where each variable's forward state is, in AIG variable order.
    public let forwardLocation: BlockReads
    /// Where each variable's reverse state is, in AIG variable order.
    public let reverseLocation: BlockReads
    /// The variables that are real nodes (not the constant, not unused), for pooling.
    public let usedVariables: [Int32]

    /// Source kinds: constant, input, latch, unused.
    public static let sourceTypeCount = 4
}

extension CircuitSchedule {
    /// Precomputes the steps of `aig`.
    /// - Complexity: O(M + A) time and memory for M variables and A ANDs (plus a hash of the
    ///   distinct blocks each step reads).
    public init(_ aig: AIG, mode: Mode = .levels) {
        let m = aig.variableCount
        let kinds = aig.kinds
        variableCount = m
        self.mode = mode

        // Forward grouping: sources, then ANDs by level (or one by one).
        var sources: [Int32] = [], types: [Int32] = []
        for v in 0 ..< m where kinds[v] != .and {
            sources.append(Int32(v))
            switch kinds[v] {
            case .constant: types.append(0)
            case .input: types.append(1)
            case .latch: types.append(2)
            default: types.append(3)
            }
        }
        sourceTypes = types
        var forwardGroups = [sources]
        switch mode {
        case .levels: forwardGroups += Self.group(aig.levels(), where: { kinds[$0] == .and }, count: m)
        case .sequential: forwardGroups += (0 ..< m).filter { kinds[$0] == .and }.map { [Int32($0)] }
        }
        let (fStep, fRow) = Self.locate(forwardGroups, count: m)

        var forward: [Step] = []
        forward.reserveCapacity(forwardGroups.count)
        for group in forwardGroups {
            var steps: [Int32] = [], rows: [Int32] = [], segments: [Int32] = [], inverted: [Float] = []
            if kinds[Int(group[0])] == .and {
                for (i, v) in group.enumerated() {
                    for literal in [aig.fanin0[Int(v)], aig.fanin1[Int(v)]] {
                        let u = Int(literal >> 1)
                        steps.append(fStep[u]); rows.append(fRow[u])
                        segments.append(Int32(i)); inverted.append(Float(literal & 1))
                    }
                }
            }
            forward.append(Step(variables: group, edges: BlockReads(steps: steps, rows: rows), segments: segments,
                                inverted: try! Matrix(rows: inverted.count, columns: 1, values: inverted),
                                hidden: nil, drivesOutput: nil))
        }
        self.forward = forward

        // Reverse grouping: by distance to a sink (or one by one, last variable first).
        let fanouts = Self.fanoutLists(aig)
        var reverseGroups: [[Int32]]
        switch mode {
        case .levels:
            var depth = [Int32](repeating: 0, count: m)
            for v in stride(from: m - 1, through: 0, by: -1) where kinds[v] == .and {
                for literal in [aig.fanin0[v], aig.fanin1[v]] {
                    let u = Int(literal >> 1)
                    depth[u] = max(depth[u], depth[v] + 1)
                }
            }
            reverseGroups = Self.group(depth, where: { _ in true }, count: m)
        case .sequential:
            reverseGroups = (0 ..< m).reversed().map { [Int32($0)] }
        }
        let (rStep, rRow) = Self.locate(reverseGroups, count: m)
        var outputFlag = [Float](repeating: 0, count: m)
        for literal in aig.combinationalOutputs where Int(literal >> 1) < m { outputFlag[Int(literal >> 1)] = 1 }

        var reverse: [Step] = []
        reverse.reserveCapacity(reverseGroups.count)
        for group in reverseGroups {
            var steps: [Int32] = [], rows: [Int32] = [], segments: [Int32] = [], inverted: [Float] = []
            for (i, u) in group.enumerated() {
                for k in fanouts.offsets[Int(u)] ..< fanouts.offsets[Int(u) + 1] {
                    let g = Int(fanouts.gates[k])
                    steps.append(rStep[g]); rows.append(rRow[g])
                    segments.append(Int32(i)); inverted.append(fanouts.inverted[k])
                }
            }
            reverse.append(Step(
                variables: group, edges: BlockReads(steps: steps, rows: rows), segments: segments,
                inverted: try! Matrix(rows: inverted.count, columns: 1, values: inverted),
                hidden: BlockReads(steps: group.map { fStep[Int($0)] }, rows: group.map { fRow[Int($0)] }),
                drivesOutput: try! Matrix(rows: group.count, columns: 1, values: group.map { outputFlag[Int($0)] })))
        }
        self.reverse = reverse
        forwardLocation = BlockReads(steps: fStep, rows: fRow)
        reverseLocation = BlockReads(steps: rStep, rows: rRow)
        usedVariables = (1 ..< max(m, 1)).filter { kinds[$0] != .unused }.map { Int32($0) }
    }

    /// The variables satisfying `include`, grouped by `key` (ascending), each group in variable
    /// order; empty groups are skipped. Counting sort. - Complexity: O(M + max key)
    private static func group(_ key: [Int32], where include: (Int) -> Bool, count m: Int) -> [[Int32]] {
        var buckets: [[Int32]] = []
        for v in 0 ..< m where include(v) {
            let k = Int(key[v])
            while buckets.count <= k { buckets.append([]) }
            buckets[k].append(Int32(v))
        }
        return buckets.filter { !$0.isEmpty }
    }

    /// The step and row of each variable. - Complexity: O(M)
    private static func locate(_ groups: [[Int32]], count m: Int) -> (step: [Int32], row: [Int32]) {
        var step = [Int32](repeating: -1, count: m), row = [Int32](repeating: -1, count: m)
        for (s, group) in groups.enumerated() {
            for (i, v) in group.enumerated() { step[Int(v)] = Int32(s); row[Int(v)] = Int32(i) }
        }
        return (step, row)
    }

    /// For every variable, the ANDs that read it and whether each read is inverted (CSR).
    /// - Complexity: O(M + A)
    private static func fanoutLists(_ aig: AIG) -> (offsets: [Int], gates: [Int32], inverted: [Float]) {
        let m = aig.variableCount
        var offsets = [Int](repeating: 0, count: m + 1)
        for v in 0 ..< m where aig.kinds[v] == .and {
            offsets[Int(aig.fanin0[v] >> 1) + 1] += 1
            offsets[Int(aig.fanin1[v] >> 1) + 1] += 1
        }
        for v in 0 ..< m { offsets[v + 1] += offsets[v] }
        var fill = offsets
        var gates = [Int32](repeating: 0, count: offsets[m]), inverted = [Float](repeating: 0, count: offsets[m])
        for v in 0 ..< m where aig.kinds[v] == .and {
            for literal in [aig.fanin0[v], aig.fanin1[v]] {
                let u = Int(literal >> 1)
                gates[fill[u]] = Int32(v); inverted[fill[u]] = Float(literal & 1)
                fill[u] += 1
            }
        }
        return (offsets, gates, inverted)
    }
}
