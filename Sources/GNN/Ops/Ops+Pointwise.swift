import Foundation
import GraphCore

/// `eˣ`; derivative `y`.
struct ExpRule: PointwiseRule {
    var name: String { "exp" }
    func value(_ x: Float) -> Float { Foundation.exp(x) }
    func derivative(x: Float, y: Float) -> Float { y }
}

/// Natural logarithm; derivative `1/x`.
struct LogRule: PointwiseRule {
    var name: String { "log" }
    func value(_ x: Float) -> Float { Foundation.log(x) }
    func derivative(x: Float, y: Float) -> Float { 1 / x }
}

/// `x²`; derivative `2x`.
struct SquareRule: PointwiseRule {
    var name: String { "square" }
    func value(_ x: Float) -> Float { x * x }
    func derivative(x: Float, y: Float) -> Float { 2 * x }
}

/// `√x`; derivative `1 / (2y)` (unbounded at 0, so keep inputs positive, e.g. with an epsilon).
struct SquareRootRule: PointwiseRule {
    var name: String { "sqrt" }
    func value(_ x: Float) -> Float { x.squareRoot() }
    func derivative(x: Float, y: Float) -> Float { 0.5 / y }
}

/// `min(max(x, lower), upper)`; derivative 1 inside the interval, 0 where clamped.
struct ClampRule: PointwiseRule {
    let lower: Float, upper: Float
    var name: String { "clamp" }
    func value(_ x: Float) -> Float { Swift.min(Swift.max(x, lower), upper) }
    func derivative(x: Float, y: Float) -> Float { x >= lower && x <= upper ? 1 : 0 }
}

extension Tensor {
    /// `eˣ` element-wise. - Complexity: O(size)
    public func exp() -> Tensor { pointwise(ExpRule()) }
    /// Natural logarithm element-wise. - Complexity: O(size)
    public func log() -> Tensor { pointwise(LogRule()) }
    /// `x²` element-wise. - Complexity: O(size)
    public func squared() -> Tensor { pointwise(SquareRule()) }
    /// `√x` element-wise, for `x ≥ 0` (the gradient is unbounded at 0). - Complexity: O(size)
    public func squareRoot() -> Tensor { pointwise(SquareRootRule()) }
    /// Each entry clamped to `lower ... upper` (no gradient where clamped). - Complexity: O(size)
    public func clamped(min lower: Float = -.infinity, max upper: Float = .infinity) -> Tensor {
        pointwise(ClampRule(lower: lower, upper: upper))
    }
}
