import Foundation
import GraphCore

/// A pointwise primitive: its forward function and its local derivative side by side (the shape
/// of tinygrad's `class Relu(Function)`). The derivative may use the input `x` or the output `y`,
/// whichever is cheaper. Being a generic parameter, each rule is specialised and inlined into the
/// loops of ``Tensor/pointwise(_:)``.
protocol PointwiseRule {
    /// The op name recorded on the tape.
    var name: String { get }
    /// `y = f(x)`.
    func value(_ x: Float) -> Float
    /// `dy/dx` at `x`, where `y = f(x)`.
    func derivative(x: Float, y: Float) -> Float
}

extension Tensor {
    /// Applies a pointwise rule; backward is `g ⊙ f'(x)`. - Complexity: O(size)
    func pointwise<Rule: PointwiseRule>(_ rule: Rule) -> Tensor {
        let x = value
        let y = Kernels.map(x) { rule.value($0) }
        return Tensor.record(rule.name, value: y, parents: [self]) { g, _ in
            [Kernels.zip3(g, x, y) { g, x, y in g * rule.derivative(x: x, y: y) }]
        }
    }
}
