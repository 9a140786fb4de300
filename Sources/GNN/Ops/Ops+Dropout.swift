import GraphCore

extension Tensor {
    /// Inverted dropout (Srivastava et al. 2014): each entry is zeroed with probability `p` and
    /// the survivors scaled by `1/(1 − p)`, so the expectation is unchanged. Backward multiplies
    /// by the same mask. Returns `self` unchanged when `training` is false or `p == 0`.
    ///
    /// Each 64-bit draw from `generator` decides two entries (32 bits each), so a seed fixes the
    /// mask; the mask is only kept when a gradient will need it.
    /// - Precondition: `0 ≤ p < 1`.
    /// - Complexity: O(size)
    public func dropout(_ p: Float, using generator: inout SeededGenerator, training: Bool = true) -> Tensor {
        precondition(p >= 0 && p < 1, "dropout probability \(p) must be in [0, 1)")
        guard training, p > 0 else { return self }
        let keep = 1 / (1 - p)
        let threshold = UInt32(min(Double(p) * 4_294_967_296, 4_294_967_295))
        let count = rows * columns
        var mask = requiresGradient ? [Float](repeating: 0, count: count) : []
        let y = value.values.withUnsafeBufferPointer { src in
            mask.withUnsafeMutableBufferPointer { m in
                Kernels.matrix(rows: rows, columns: columns) { out, n in
                    Tensor.dropoutKernel(src.baseAddress!, out, m.isEmpty ? nil : m.baseAddress, n,
                                         threshold: threshold, keep: keep, &generator)
                }
            }
        }
        let maskMatrix = requiresGradient ? try! Matrix(rows: rows, columns: columns, values: mask) : nil
        return Tensor.record("dropout", value: y, parents: [self]) { g, _ in
            [Kernels.zip(g, maskMatrix!, *)]
        }
    }

    /// `out[i] = x[i] · scaleᵢ` with `scaleᵢ` 0 when a 32-bit draw falls below `threshold`,
    /// else `keep`; the scales go to `mask` when given. Two draws per 64-bit word.
    private static func dropoutKernel(_ x: UnsafePointer<Float>, _ out: UnsafeMutablePointer<Float>,
                                      _ mask: UnsafeMutablePointer<Float>?, _ n: Int,
                                      threshold: UInt32, keep: Float, _ generator: inout SeededGenerator) {
        var rng = generator
        var i = 0
        while i < n {
            let bits = rng.next()
            let first = keep * kept(UInt32(truncatingIfNeeded: bits), threshold)
            out[i] = x[i] * first
            mask?[i] = first
            if i + 1 < n {
                let second = keep * kept(UInt32(truncatingIfNeeded: bits >> 32), threshold)
                out[i + 1] = x[i + 1] * second
                mask?[i + 1] = second
            }
            i += 2
        }
        generator = rng
    }

    /// 1 when `word ≥ threshold`, else 0, computed without a branch (the comparison is random).
    @inline(__always)
    private static func kept(_ word: UInt32, _ threshold: UInt32) -> Float {
        let borrow = (UInt64(word) &- UInt64(threshold)) >> 63  // 1 exactly when word < threshold
        return Float(1 &- borrow)
    }
}
