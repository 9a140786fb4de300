import GraphCore

/// A first-order optimizer: reads each parameter's accumulated gradient, updates the parameter
/// in place, then clears the gradient for the next step. State (momenta) is kept per parameter
/// name, so it follows the parameter across steps and checkpoints.
public protocol Optimizer {
    /// Applies one update to every parameter that has a gradient, then clears the gradients.
    /// - Complexity: O(total parameter count)
    mutating func step(_ parameters: [NamedParameter])
}

extension Tensor {
    /// Runs `update(value, gradient, count)` over a parameter's storage in place, then clears the
    /// gradient; does nothing when there is no gradient. In place, because `backward` has released
    /// the tape, so the value's storage is unshared. - Complexity: O(size) plus `update`.
    func updateInPlace(_ update: (UnsafeMutablePointer<Float>, UnsafePointer<Float>, Int) -> Void) {
        guard let gradient = node.gradient else { return }
        precondition(gradient.rows == node.value.rows && gradient.columns == node.value.columns,
                     "gradient shape \(gradient.shape) differs from parameter shape \(node.value.shape)")
        gradient.values.withUnsafeBufferPointer { g in
            node.value.withUnsafeMutableValues { v in
                update(v.baseAddress!, g.baseAddress!, v.count)
            }
        }
        node.gradient = nil
    }
}

extension Array where Element == NamedParameter {
    /// Clears every gradient (`zero_grad` in PyTorch). - Complexity: O(count)
    public func clearGradients() {
        for p in self { p.tensor.gradient = nil }
    }
}
