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
