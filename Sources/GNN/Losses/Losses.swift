import GraphCore

/// Loss functions, each composed from tape primitives (no backward code of their own) and
/// averaged to a `1 × 1` tensor.
public enum Losses {
    /// Upper clamp of `log σ` in ``klDivergence(mu:logstd:)``, PyG's `MAX_LOGSTD`: keeps
    /// `exp(logstd)²` finite in Float32.
    public static let MAX_LOGSTD: Float = 10

    /// Binary cross-entropy on logits, `mean(softplus(x) − x·y)`, which equals
    /// `−mean(y log σ(x) + (1 − y) log(1 − σ(x)))` but never takes the log of 0 (softplus is
    /// computed as `max(x, 0) + log1p(e^−|x|)`).
    ///
    /// **Shapes:** `logits` and `targets` equal, any shape; targets in [0, 1].
    /// - Complexity: O(size)
    public static func binaryCrossEntropyWithLogits(_ logits: Tensor, targets: Matrix) -> Tensor {
        precondition(logits.value.shape == targets.shape, "logits \(logits.value.shape) vs targets \(targets.shape)")
        return (logits.softplus() - logits * Tensor(targets, name: "targets")).mean()
    }

    /// Mean squared error, `mean((p − t)²)`. - Complexity: O(size)
    public static func meanSquaredError(_ predictions: Tensor, targets: Matrix) -> Tensor {
        precondition(predictions.value.shape == targets.shape, "predictions \(predictions.value.shape) vs targets \(targets.shape)")
        return (predictions - Tensor(targets, name: "targets")).squared().mean()
    }

    /// Mean absolute error (L1), `mean |p − t|`, with `|x|` composed as `relu(x) + relu(−x)`
    /// (gradient ±1, 0 at a tie). - Complexity: O(size)
    public static func meanAbsoluteError(_ predictions: Tensor, targets: Matrix) -> Tensor {
        precondition(predictions.value.shape == targets.shape, "predictions \(predictions.value.shape) vs targets \(targets.shape)")
        let difference = predictions - Tensor(targets, name: "targets")
        return (difference.relu() + (-difference).relu()).mean()
    }

    /// InfoNCE with cosine similarities (van den Oord et al., arXiv:1807.03748; the form of
    /// SimCLR, Chen et al., ICML 2020): row `i` of `keys` is the positive of row `i` of
    /// `queries`, every other key and every row of `negatives` (constants, e.g. a memory bank
    /// of earlier embeddings as in MoCo, He et al., CVPR 2020) a negative:
    /// `−mean_i log softmax_j(cos(q_i, c_j) / τ)[i]` over the candidates `c = [keys; negatives]`.
    /// Zero when there is one key and no negative.
    ///
    /// **Shapes:** `queries`, `keys` `N × W`; `negatives` `K × W` (K may be 0).
    /// - Complexity: O(N × (N + K) × W)
    public static func infoNCE(queries: Tensor, keys: Tensor, negatives: Matrix, temperature: Float) -> Tensor {
        let (n, k) = (keys.rows, negatives.rows)
        precondition(queries.rows == n && queries.columns == keys.columns, "queries \(queries.value.shape) vs keys \(keys.value.shape)")
        precondition(k == 0 || negatives.columns == keys.columns, "negatives are \(negatives.columns) wide, keys \(keys.columns)")
        precondition(temperature > 0, "the temperature must be positive, got \(temperature)")
        let candidates = k == 0 ? keys
            : Tensor.gatherRows(from: [keys, Tensor(negatives, name: "negatives")],
                                block: [Int32](repeating: 0, count: n) + [Int32](repeating: 1, count: k),
                                rows: Array(0 ..< Int32(n)) + Array(0 ..< Int32(k)))
        let logits = queries.rowNormalized().matmul(candidates.rowNormalized(), transposeOther: true) * (1 / temperature)
        return crossEntropy(logProbabilities: logits.logSoftmax(), labels: Array(0 ..< n))
    }

    /// Negative log-likelihood of `labels` under row-wise log-probabilities (apply
    /// `logSoftmax()` first), averaged over rows: `−mean_i logp[i, labels[i]]`, PyTorch's
    /// `nll_loss` (cross-entropy on log-softmax outputs).
    ///
    /// **Shapes:** `logProbabilities` `N × C`; `labels.count == N`, each in `0 ..< C`.
    /// - Complexity: O(N × C)
    public static func crossEntropy(logProbabilities: Tensor, labels: [Int]) -> Tensor {
        let (n, classes) = (logProbabilities.rows, logProbabilities.columns)
        precondition(labels.count == n, "\(labels.count) labels for \(n) rows")
        var pick = Matrix(rows: n, columns: classes)
        for (i, label) in labels.enumerated() {
            precondition(label >= 0 && label < classes, "label \(label) of row \(i) is outside 0..<\(classes)")
            pick[i, label] = -1 / Float(max(n, 1))
        }
        return (logProbabilities * Tensor(pick, name: "labels")).sum()
    }

    /// The squared L2 norm of all `parameters` together, `Σ ‖p‖²`: with a factor `λ/2`, the
    /// penalty whose gradient `λ p` is PyTorch's `weight_decay`. - Complexity: O(parameter count)
    public static func squaredNorm(_ parameters: [NamedParameter]) -> Tensor {
        parameters.map { $0.tensor.squared().sum() }.reduce(Tensor.scalar(0), +)
    }

    /// KL divergence of the diagonal Gaussian `N(mu, exp(logstd)²)` from `N(0, I)`, summed over
    /// dimensions and averaged over rows, as PyG's `VGAE.kl_loss` (Kipf & Welling 2016,
    /// arXiv:1611.07308): `−½ mean_i Σ_j (1 + 2 logstd − mu² − exp(logstd)²)`, with `logstd`
    /// clamped above at ``MAX_LOGSTD``.
    ///
    /// **Shapes:** `mu`, `logstd` `N × D`.
    /// - Complexity: O(N × D)
    public static func klDivergence(mu: Tensor, logstd: Tensor) -> Tensor {
        let clamped = logstd.clamped(max: MAX_LOGSTD)
        let perRow = (1 + 2 * clamped - mu.squared() - clamped.exp().squared()).sumRows()
        return -0.5 * perRow.mean()
    }
}
