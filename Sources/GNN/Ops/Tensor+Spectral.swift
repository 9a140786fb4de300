import Foundation
import GraphCore

// Spectral ops composed from `symmetricEigen()`: no backward code of their own.

extension Tensor {
    /// Added to each squared singular value before its square root in ``nuclearNorm()``, so a
    /// rank-deficient matrix keeps a finite gradient.
    public static let nuclearNormEpsilon: Float = 1e-8

    /// The nuclear norm `‖X‖_* = Σᵢ σᵢ(X)`, as `Σᵢ √(λᵢ(XᵀX) + ε)` with ε = ``nuclearNormEpsilon``
    /// (the Gram matrix is taken on the smaller side). Its gradient is `U Vᵀ` for the thin SVD
    /// `X = U Σ Vᵀ` of a full-rank `X`.
    ///
    /// **Shapes:** `r × c` → `1 × 1`.
    /// - Complexity: O(r × c × min(r, c) + min(r, c)³)
    public func nuclearNorm() -> Tensor {
        let gram = rows >= columns ? matmul(self, transposeSelf: true) : matmul(self, transposeOther: true)
        return (gram.symmetricEigen().values.clamped(min: 0) + Tensor.nuclearNormEpsilon).squareRoot().sum()
    }

    /// The first `rank` left singular vectors of this matrix (the eigenvectors of `X Xᵀ` with the
    /// largest eigenvalues), as columns, each sign fixed by its largest entry.
    ///
    /// **Shapes:** `n × c` → `n × rank`.
    /// - Complexity: O(n² × c + n³)
    public func leftSingularVectors(rank: Int) -> Tensor {
        precondition(rank >= 1 && rank <= rows, "rank \(rank) outside 1...\(rows)")
        return matmul(self, transposeOther: true).symmetricEigen().vectors.sliceColumns(0 ..< rank)
    }

    /// The binary-concrete (relaxed Bernoulli) sample of Maddison et al. 2017 ("The Concrete
    /// Distribution", arXiv:1611.00712) for these logits:
    /// `σ((log ε − log(1 − ε) + logits) / τ)` with `ε` the given uniform noise in (0, 1) and τ the
    /// temperature; as τ → 0 it is 1 with probability σ(logits).
    ///
    /// **Shapes:** logits and `noise` alike, any shape.
    /// - Complexity: O(size)
    public func binaryConcrete(noise: Matrix, temperature: Float) -> Tensor {
        precondition(temperature > 0, "the binary-concrete temperature must be positive, not \(temperature)")
        let logistic = noise.map { u in Foundation.log(u) - Foundation.log(1 - u) }
        return ((self + Tensor(logistic, name: "logisticNoise")) / temperature).sigmoid()
    }
}
