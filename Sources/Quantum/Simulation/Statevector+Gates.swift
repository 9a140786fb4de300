import Dispatch
import GraphCore

extension Statevector {
    /// States smaller than this many amplitude groups are updated on one thread: below it the
    /// hand-off costs more than the work.
    static let parallelThreshold = 1 << 13

    /// The most targets a dense matrix may have (a 64×64 block of ``GateFusion``).
    public static let maxDenseTargets = 6

    /// Applies `matrix` (`2ᵗ × 2ᵗ`) to `targets` (t distinct qubits, 1 ≤ t ≤ ``maxDenseTargets``;
    /// bit k of the matrix's local basis index is `targets[k]`) when every qubit in `controls` is
    /// |1⟩, in place on `threads` threads.
    /// - Complexity: O(2ⁿ · 2ᵗ) work, split across threads, one pass over the state.
    public mutating func apply(_ matrix: GateMatrix, targets: [Int], controls: [Int] = [], threads: Int = Parallel.coreCount) {
        precondition(matrix.dimension == 1 << targets.count && (1 ... Self.maxDenseTargets).contains(targets.count),
                     "a 2ᵗ × 2ᵗ matrix on t targets, 1 ≤ t ≤ \(Self.maxDenseTargets)")
        let involved = (targets + controls).sorted()
        precondition(Set(involved).count == involved.count && involved.allSatisfy { (0 ..< qubitCount).contains($0) },
                     "distinct qubits below \(qubitCount)")
        let controlMask = controls.reduce(0) { $0 | 1 << $1 }
        let groups = 1 << (qubitCount - involved.count)
        let workers = groups >= Self.parallelThreshold ? threads : 1
        let gaps = involved
        let m = matrix.entries
        if targets.count == 1 {
            storage.withUnsafeMutableBufferPointer { buffer in
                let s = buffer.baseAddress!
                Parallel.forEachChunk(count: groups, threads: workers) { range in
                    let t = 1 << targets[0]
                    if matrix.isDiagonal {
                        Self.diagonal1(s, range, gaps, controlMask, t, m[0], m[3])
                    } else {
                        Self.dense1(s, range, gaps, controlMask, t, m)
                    }
                }
            }
            return
        }
        let d = matrix.dimension
        // Offsets of the local basis states, and the matrix by columns with parts split.
        let offsets = (0 ..< d).map { local in targets.indices.reduce(0) { $0 | (local >> $1 & 1) << targets[$1] } }
        var columns = [Double](repeating: 0, count: 2 * d * d)
        for row in 0 ..< d {
            for column in 0 ..< d {
                columns[column * d + row] = m[row * d + column].re
                columns[d * d + column * d + row] = m[row * d + column].im
            }
        }
        storage.withUnsafeMutableBufferPointer { buffer in
            let s = buffer.baseAddress!
            offsets.withUnsafeBufferPointer { offsets in
                columns.withUnsafeBufferPointer { columns in
                    let o = offsets.baseAddress!, c = columns.baseAddress!
                    Parallel.forEachChunk(count: groups, threads: workers) { range in
                        switch d {
                        case 4: Self.dense(s, range, gaps, controlMask, o, c, dimension: 4)
                        case 8: Self.dense(s, range, gaps, controlMask, o, c, dimension: 8)
                        case 16: Self.dense(s, range, gaps, controlMask, o, c, dimension: 16)
                        case 32: Self.dense(s, range, gaps, controlMask, o, c, dimension: 32)
                        default: Self.dense(s, range, gaps, controlMask, o, c, dimension: d)
                        }
                    }
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

    /// `d × d` matrix times each group's `d` amplitudes: gathered, multiplied column by column
    /// (independent sums per row, which vectorise), scattered back. `columns` holds the real parts
    /// column-major, then the imaginary parts. Inlined so each literal `dimension` is specialised.
    @inline(__always)
    private static func dense(_ s: UnsafeMutablePointer<Double>, _ range: Range<Int>, _ gaps: [Int], _ controls: Int,
                              _ offsets: UnsafePointer<Int>, _ columns: UnsafePointer<Double>, dimension d: Int) {
        let g0 = gaps[0], g1 = gaps[1]
        let imaginary = columns + d * d
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 4 * d) { scratch in
            let xr = scratch.baseAddress!, xi = xr + d, yr = xi + d, yi = yr + d
            for k in range {
                let base = Self.base(k, gaps, g0, g1) | controls
                for j in 0 ..< d {
                    let i = 2 * (base | offsets[j])
                    xr[j] = s[i]
                    xi[j] = s[i + 1]
                    yr[j] = 0
                    yi[j] = 0
                }
                for column in 0 ..< d {
                    let ar = columns + column * d, ai = imaginary + column * d, vr = xr[column], vi = xi[column]
                    for row in 0 ..< d {
                        yr[row] += ar[row] * vr - ai[row] * vi
                        yi[row] += ar[row] * vi + ai[row] * vr
                    }
                }
                for j in 0 ..< d {
                    let i = 2 * (base | offsets[j])
                    s[i] = yr[j]
                    s[i + 1] = yi[j]
                }
            }
        }
    }
}
