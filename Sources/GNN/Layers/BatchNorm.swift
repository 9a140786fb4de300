import GraphCore

/// Batch normalisation over the rows of a batch, Ioffe & Szegedy, "Batch Normalization"
/// (ICML 2015, arXiv:1502.03167), as PyTorch's `BatchNorm1d` with its defaults:
///
///     training:   y = (x − mean_B x) / √(var_B x + ε) · γ + β     (biased batch variance)
///     inference:  y = (x − μ) / √(σ² + ε) · γ + β                 (running statistics)
///
/// Each training call moves the running statistics toward the batch's,
/// `μ ← (1 − m) μ + m · mean_B x` and `σ² ← (1 − m) σ² + m · var_B x · B/(B − 1)` (unbiased).
/// Composed from tape primitives, so it has no backward code of its own.
///
/// **Shapes:** input `B × C` (B ≥ 2 in training); `scale` γ and `shift` β `1 × C`; output `B × C`.
public struct BatchNorm: Parameterized {
    /// γ, `1 × C`.
    public let scale: Tensor
    /// β, `1 × C`.
    public let shift: Tensor
    /// Weight `m` of the batch in the running statistics.
    public let momentum: Float
    /// ε added to the variance.
    public let epsilon: Float
    /// The running mean and variance (not parameters; shared by copies of the layer).
    public let running: RunningStatistics

    /// Running mean and variance, updated by training calls.
    public final class RunningStatistics: @unchecked Sendable {
        /// `1 × C`, starting at 0.
        public internal(set) var mean: Matrix
        /// `1 × C`, starting at 1.
        public internal(set) var variance: Matrix

        init(columns: Int) {
            mean = Matrix(rows: 1, columns: columns)
            variance = Matrix(rows: 1, columns: columns, repeating: 1)
        }
    }

    /// A layer over existing parameters. - Complexity: O(C)
    public init(scale: Tensor, shift: Tensor, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        precondition(scale.rows == 1 && shift.rows == 1 && scale.columns == shift.columns, "scale and shift must be 1×C")
        self.scale = scale
        self.shift = shift
        self.momentum = momentum
        self.epsilon = epsilon
        running = RunningStatistics(columns: scale.columns)
    }

    /// γ = 1 and β = 0 over `features` columns. - Complexity: O(features)
    public init(features: Int, momentum: Float = 0.1, epsilon: Float = 1e-5) {
        self.init(scale: .parameter(Matrix(rows: 1, columns: features, repeating: 1), name: "scale"),
                  shift: .parameter(Matrix(rows: 1, columns: features), name: "shift"),
                  momentum: momentum, epsilon: epsilon)
    }

    /// Normalises `x` with the batch statistics (`training`, updating the running ones) or the
    /// running statistics. - Precondition: at least 2 rows in training.
    /// - Complexity: O(B × C)
    public func callAsFunction(_ x: Tensor, training: Bool) -> Tensor {
        guard training else {
            let inverse = running.variance.map { 1 / ($0 + epsilon).squareRoot() }
            return (x - Tensor(running.mean, name: "runningMean")) * Tensor(inverse, name: "1/runningStd") * scale + shift
        }
        precondition(x.rows >= 2, "batch normalisation needs at least 2 rows in training, got \(x.rows)")
        let centered = x - x.meanColumns()
        let variance = centered.squared().meanColumns()
        let y = centered / (variance + epsilon).squareRoot() * scale + shift
        let m = momentum, unbiased = Float(x.rows) / Float(x.rows - 1)
        let batchMean = x.value.meanOfColumns()
        running.mean = running.mean.zipped(with: batchMean) { (1 - m) * $0 + m * $1 }
        running.variance = running.variance.zipped(with: variance.value) { (1 - m) * $0 + m * $1 * unbiased }
        return y
    }

    /// `scale` and `shift`.
    public var namedParameters: [NamedParameter] { [NamedParameter("scale", scale), NamedParameter("shift", shift)] }
}

extension Matrix {
    /// The mean of each column, `1 × C`. - Complexity: O(rows × columns)
    fileprivate func meanOfColumns() -> Matrix {
        var out = Matrix(rows: 1, columns: columns)
        for i in 0 ..< rows {
            for j in 0 ..< columns { out[0, j] += self[i, j] }
        }
        return out.map { $0 / Float(Swift.max(rows, 1)) }
    }

    /// `f` of the entries of two matrices of one shape. - Complexity: O(size)
    fileprivate func zipped(with other: Matrix, _ f: (Float, Float) -> Float) -> Matrix {
        try! Matrix(rows: rows, columns: columns, values: zip(values, other.values).map(f))
    }
}
