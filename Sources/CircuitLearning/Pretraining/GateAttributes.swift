import EDA
import GraphCore

/// What masked gate modeling reconstructs for each AIG variable (MGVGA, Wu et al., "Masked
/// Graph-Verilog-Graph Autoencoders", ICLR 2025): its kind, how many of its fanins are inverted,
/// and a bucket of its fanout count. Only ``candidates`` (inputs, latches, ANDs) are ever masked.
public struct GateAttributes: Sendable {
    /// Kind classes: input, latch, AND.
    public static let kindNames = ["input", "latch", "and"]
    /// Inversion classes: not an AND, AND with 0, 1 or 2 inverted fanins.
    public static let inversionNames = ["none", "and-0", "and-1", "and-2"]
    /// Fanout buckets (outputs count as fanouts): 0, 1, 2, 3–4, 5+.
    public static let fanoutNames = ["0", "1", "2", "3-4", "5+"]

    /// The variables that can be masked, increasing.
    public let candidates: [Int32]
    /// Per variable: index into ``kindNames`` (-1 for the constant and unused variables).
    public let kind: [Int]
    /// Per variable: index into ``inversionNames``.
    public let inversions: [Int]
    /// Per variable: index into ``fanoutNames``.
    public let fanout: [Int]

    /// The attributes of every variable of `aig`. - Complexity: O(M)
    public init(_ aig: AIG) {
        let m = aig.variableCount
        let counts = aig.fanoutCounts(countingOutputs: true)
        var candidates: [Int32] = [], kind = [Int](repeating: -1, count: m)
        var inversions = [Int](repeating: 0, count: m), fanout = [Int](repeating: 0, count: m)
        for v in 0 ..< m {
            switch aig.kinds[v] {
            case .input: kind[v] = 0
            case .latch: kind[v] = 1
            case .and:
                kind[v] = 2
                inversions[v] = 1 + Int(aig.fanin0[v] & 1) + Int(aig.fanin1[v] & 1)
            case .constant, .unused: break
            }
            if kind[v] >= 0 { candidates.append(Int32(v)) }
            let c = counts[v]
            fanout[v] = c >= 5 ? 4 : c >= 3 ? 3 : Int(c)
        }
        self.candidates = candidates
        self.kind = kind
        self.inversions = inversions
        self.fanout = fanout
    }
}
