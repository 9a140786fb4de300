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
        var inRe = (0.0, 0.0, 0.0, 0.0), inIm = (0.0, 0.0, 0.0, 0.0)
        let g0 = gaps[0], g1 = gaps[1]
        for k in range {
            let base = Self.base(k, gaps, g0, g1) | controls
            let index = (base, base | t0, base | t1, base | t0 | t1)
            inRe = (s[2 * index.0], s[2 * index.1], s[2 * index.2], s[2 * index.3])
            inIm = (s[2 * index.0 + 1], s[2 * index.1 + 1], s[2 * index.2 + 1], s[2 * index.3 + 1])
            for row in 0 ..< 4 {
                let m0 = m[4 * row], m1 = m[4 * row + 1], m2 = m[4 * row + 2], m3 = m[4 * row + 3]
                let re = m0.re * inRe.0 - m0.im * inIm.0 + m1.re * inRe.1 - m1.im * inIm.1
                    + m2.re * inRe.2 - m2.im * inIm.2 + m3.re * inRe.3 - m3.im * inIm.3
                let im = m0.re * inIm.0 + m0.im * inRe.0 + m1.re * inIm.1 + m1.im * inRe.1
                    + m2.re * inIm.2 + m2.im * inRe.2 + m3.re * inIm.3 + m3.im * inRe.3
                let i = row == 0 ? index.0 : row == 1 ? index.1 : row == 2 ? index.2 : index.3
                s[2 * i] = re
                s[2 * i + 1] = im
            }
        }
    }
}
