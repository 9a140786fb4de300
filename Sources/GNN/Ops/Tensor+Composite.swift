import GraphCore

// Ops composed from the primitives of `Primitives.swift`: none has backward code of its own.

extension Tensor {
    /// A `1×1` constant. - Complexity: O(1)
    public static func scalar(_ x: Float) -> Tensor { Tensor(Matrix(rows: 1, columns: 1, repeating: x), name: "scalar") }

    /// `−x`, as `x · (−1)`. - Complexity: O(size)
    public static prefix func - (x: Tensor) -> Tensor { x * .scalar(-1) }
    /// `x + s` for every entry. - Complexity: O(size)
    public static func + (x: Tensor, s: Float) -> Tensor { x + .scalar(s) }
    /// `s + x` for every entry. - Complexity: O(size)
    public static func + (s: Float, x: Tensor) -> Tensor { .scalar(s) + x }
    /// `x − s` for every entry. - Complexity: O(size)
    public static func - (x: Tensor, s: Float) -> Tensor { x - .scalar(s) }
    /// `s − x` for every entry. - Complexity: O(size)
    public static func - (s: Float, x: Tensor) -> Tensor { .scalar(s) - x }
    /// `x · s` for every entry. - Complexity: O(size)
    public static func * (x: Tensor, s: Float) -> Tensor { x * .scalar(s) }
    /// `s · x` for every entry. - Complexity: O(size)
    public static func * (s: Float, x: Tensor) -> Tensor { .scalar(s) * x }
    /// `x / s` for every entry. - Complexity: O(size)
    public static func / (x: Tensor, s: Float) -> Tensor { x * .scalar(1 / s) }
    /// `s / x` for every entry. - Complexity: O(size)
    public static func / (s: Float, x: Tensor) -> Tensor { .scalar(s) / x }

    /// Sum of all entries, `1×1`. - Complexity: O(size)
    public func sum() -> Tensor { sumColumns().sumRows() }
    /// Mean of all entries, `1×1`. - Complexity: O(size)
    public func mean() -> Tensor { sum() * (1 / Float(max(rows * columns, 1))) }
    /// Mean of each row, `N×1`. - Complexity: O(size)
    public func meanRows() -> Tensor { sumRows() * (1 / Float(max(columns, 1))) }
    /// Mean of each column, `1×C`. - Complexity: O(size)
    public func meanColumns() -> Tensor { sumColumns() * (1 / Float(max(rows, 1))) }

    /// Segment mean: the average of the rows of each segment (0 for an empty one), as the
    /// segment sum divided by the segment sizes. - Complexity: O(E × C + count × C)
    public func segmentMean(_ segmentIDs: [Int32], count: Int) -> Tensor {
        var sizes = [Float](repeating: 0, count: count)
        for s in segmentIDs { sizes[Int(s)] += 1 }
        let inverse = try! Matrix(rows: count, columns: 1, values: sizes.map { $0 > 0 ? 1 / $0 : 0 })
        return segmentSum(segmentIDs, count: count) * Tensor(inverse, name: "1/segmentSize")
    }

    /// Added to each squared row norm in ``rowNormalized()`` so a zero row stays zero with a
    /// finite gradient (norms are floored near `1e-4`).
    public static let rowNormEpsilon: Float = 1e-8

    /// Each row divided by its Euclidean norm, `x / √(Σⱼ xⱼ² + ε)` with ε = ``rowNormEpsilon``.
    /// - Complexity: O(N × C)
    public func rowNormalized() -> Tensor {
        self / (squared().sumRows() + Tensor.rowNormEpsilon).squareRoot()
    }

    /// Added to each row variance in ``layerNormalized()``.
    public static let layerNormEpsilon: Float = 1e-5

    /// Each row centred and scaled to unit variance, `(x − mean) / √(var + ε)` (layer
    /// normalisation without the affine part, Ba et al. 2016, arXiv:1607.06450; ε =
    /// ``layerNormEpsilon``): keeps deep sum-aggregating layers at a fixed scale without batch
    /// statistics. - Complexity: O(N × C)
    public func layerNormalized() -> Tensor {
        let centered = self - meanRows()
        return centered / (centered.squared().meanRows() + Tensor.layerNormEpsilon).squareRoot()
    }

    /// Cosine similarity of the rows at each pair, `out[p] = cos(x[first[p]], x[second[p]])`: the
    /// fused inner products (``edgeInnerProducts(sources:targets:threads:)``, one thread) of the
    /// ``rowNormalized()`` rows, so no `P × C` gathered copies are made.
    ///
    /// **Shapes:** `N × C` → `P × 1`, `P = first.count == second.count`.
    /// - Complexity: O(N × C + P × C)
    public func pairCosines(_ first: [Int32], _ second: [Int32]) -> Tensor {
        rowNormalized().edgeInnerProducts(sources: first, targets: second, threads: 1)
    }

    /// Dense row-vector product: `x · W + b` with `b` a `1×C` row. - Complexity: O(N × in × out)
    public func linear(_ weight: Tensor, bias: Tensor?) -> Tensor {
        let product = matmul(weight)
        return bias.map { product + $0 } ?? product
    }
}
