import GraphCore

/// Scales all gradients together so that their global L2 norm is at most `maxNorm`, as PyTorch's
/// `clip_grad_norm_` (scale `maxNorm / (norm + 1e-6)` when the norm exceeds `maxNorm`).
///
/// - Returns: the global norm before clipping (accumulated in `Double`).
/// - Complexity: O(total parameter count)
@discardableResult
public func clipGradientNorm(_ parameters: [NamedParameter], maxNorm: Float) -> Float {
    var total = 0.0
    for p in parameters {
        guard let g = p.tensor.gradient else { continue }
        for x in g.values { total += Double(x) * Double(x) }
    }
    let norm = Float(total.squareRoot())
    let scale = maxNorm / (norm + 1e-6)
    guard scale < 1 else { return norm }
    for p in parameters {
        guard var g = p.tensor.gradient else { continue }
        p.tensor.gradient = nil  // drop the stored copy so the scaling happens in place
        g.withUnsafeMutableValues { v in
            for i in v.indices { v[i] *= scale }
        }
        p.tensor.gradient = g
    }
    return norm
}
