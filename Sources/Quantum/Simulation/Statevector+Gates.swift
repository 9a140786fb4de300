import Dispatch
import GraphCore

extension Statevector {
    /// States smaller than this many amplitude groups are updated on one thread: below it the
    /// hand-off costs more than the work.
    static let parallelThreshold = 1 << 13

    /// Applies `matrix` (2×2 or 4×4) to `targets` (1 or 2 distinct qubits) when every qubit in
    /// `controls` is |1⟩, in place on `threads` threads.
    /// - Complexity: O(2ⁿ) work, split across threads.
    public mutating func apply(_ matrix: GateMatrix, targets: [Int], controls: [Int] = [], threads: Int = Parallel.coreCount) {
        precondition(matrix.dimension == 1 << targets.count && (1 ... 2).contains(targets.count), "a 2×2 or 4×4 matrix on 1 or 2 targets")
        let involved = (targets + controls).sorted()
        precondition(Set(involved).count == involved.count && involved.allSatisfy { (0 ..< qubitCount).contains($0) },
                     "distinct qubits below \(qubitCount)")
        let controlMask = controls.reduce(0) { $0 | 1 << $1 }
        let groups = 1 << (qubitCount - involved.count)
        let workers = groups >= Self.parallelThreshold ? threads : 1
        let gaps = involved
        let m = matrix.entries
        storage.withUnsafeMutableBufferPointer { buffer in
            let s = buffer.baseAddress!
            Parallel.forEachChunk(count: groups, threads: workers) { range in
                if targets.count == 1 {
                    let t = 1 << targets[0]
                    if matrix.isDiagonal {
                        Self.diagonal1(s, range, gaps, controlMask, t, m[0], m[3])
                    } else {
                        Self.dense1(s, range, gaps, controlMask, t, m)
                    }
                } else {
                    Self.dense2(s, range, gaps, controlMask, 1 << targets[0], 1 << targets[1], m)
                }
            }
        }
    }

    /// Applies a gate operation (its condition is the caller's business).
    /// - Complexity: O(2ⁿ) per matrix the gate's action holds.
    public mutating func apply(_ gate: StandardGate, parameters: [Double], qubits: [Int], threads: Int = Parallel.coreCount) {
        switch gate.action(parameters) {
        case let .matrix(matrix, targets, controls):
            if gate == .id || gate == .u0 { return }
            apply(matrix, targets: targets.map { qubits[$0] }, controls: controls.map { qubits[$0] }, threads: threads)
        case .sequence(let steps):
            for step in steps {
                guard case .gate(let inner) = step.kind else { continue }
                apply(inner, parameters: step.parameters, qubits: step.qubits.map { qubits[$0] }, threads: threads)
            }
        }
    }

    /// `k` with a zero bit inserted at each of `gaps` (ascending qubit positions).
    @inline(__always)
    static func spread(_ k: Int, _ gaps: [Int]) -> Int {
        var x = k
        for g in gaps { x = spread(x, g) }
        return x
    }

    /// `k` with a zero bit inserted at position `gap`.
    @inline(__always)
    static func spread(_ k: Int, _ gap: Int) -> Int {
        (k >> gap) << (gap + 1) | (k & ((1 << gap) - 1))
    }

    /// The first index of group `k`: one or two gaps (most gates) without walking an array.
    @inline(__always)
    static func base(_ k: Int, _ gaps: [Int], _ g0: Int, _ g1: Int) -> Int {
        switch gaps.count {
        case 1: return spread(k, g0)
        case 2: return spread(spread(k, g0), g1)
        default: return spread(k, gaps)
        }
    }

    private static func diagonal1(_ s: UnsafeMutablePointer<Double>, _ range: Range<Int>, _ gaps: [Int], _ controls: Int,
                                  _ t: Int, _ d0: Complex, _ d1: Complex) {
        let skip0 = d0 == .one
        let g0 = gaps[0], g1 = gaps.count > 1 ? gaps[1] : 0
        for k in range {
            let i0 = Self.base(k, gaps, g0, g1) | controls, i1 = i0 | t
            if !skip0 {
                let r = s[2 * i0], i = s[2 * i0 + 1]
                s[2 * i0] = d0.re * r - d0.im * i
                s[2 * i0 + 1] = d0.re * i + d0.im * r
            }
            let r = s[2 * i1], i = s[2 * i1 + 1]
            s[2 * i1] = d1.re * r - d1.im * i
            s[2 * i1 + 1] = d1.re * i + d1.im * r
        }
    }

    private static func dense1(_ s: UnsafeMutablePointer<Double>, _ range: Range<Int>, _ gaps: [Int], _ controls: Int,
                               _ t: Int, _ m: [Complex]) {
        let (a, b, c, d) = (m[0], m[1], m[2], m[3])
        let g0 = gaps[0], g1 = gaps.count > 1 ? gaps[1] : 0
        for k in range {
            let i0 = Self.base(k, gaps, g0, g1) | controls, i1 = i0 | t
            let xr = s[2 * i0], xi = s[2 * i0 + 1], yr = s[2 * i1], yi = s[2 * i1 + 1]
            s[2 * i0] = a.re * xr - a.im * xi + b.re * yr - b.im * yi
            s[2 * i0 + 1] = a.re * xi + a.im * xr + b.re * yi + b.im * yr
            s[2 * i1] = c.re * xr - c.im * xi + d.re * yr - d.im * yi
            s[2 * i1 + 1] = c.re * xi + c.im * xr + d.re * yi + d.im * yr
        }
    }

    private static func dense2(_ s: UnsafeMutablePointer<Double>, _ range: Range<Int>, _ gaps: [Int], _ controls: Int,
                               _ t0: Int, _ t1: Int, _ m: [Complex]) {
        let g0 = gaps[0], g1 = gaps[1]
        m.withUnsafeBufferPointer { m in
            for k in range {
                let i0 = Self.base(k, gaps, g0, g1) | controls, i1 = i0 | t0, i2 = i0 | t1, i3 = i1 | t1
                let r0 = s[2 * i0], r1 = s[2 * i1], r2 = s[2 * i2], r3 = s[2 * i3]
                let j0 = s[2 * i0 + 1], j1 = s[2 * i1 + 1], j2 = s[2 * i2 + 1], j3 = s[2 * i3 + 1]
                @inline(__always) func row(_ r: Int) -> (Double, Double) {
                    let a = m[4 * r], b = m[4 * r + 1], c = m[4 * r + 2], d = m[4 * r + 3]
                    return (a.re * r0 - a.im * j0 + b.re * r1 - b.im * j1 + c.re * r2 - c.im * j2 + d.re * r3 - d.im * j3,
                            a.re * j0 + a.im * r0 + b.re * j1 + b.im * r1 + c.re * j2 + c.im * r2 + d.re * j3 + d.im * r3)
                }
                (s[2 * i0], s[2 * i0 + 1]) = row(0)
                (s[2 * i1], s[2 * i1 + 1]) = row(1)
                (s[2 * i2], s[2 * i2 + 1]) = row(2)
                (s[2 * i3], s[2 * i3 + 1]) = row(3)
            }
        }
    }
}
