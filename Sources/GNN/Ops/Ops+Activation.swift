import Foundation
import GraphCore

/// `max(x, 0)`; derivative 1 for x > 0, else 0.
struct ReLURule: PointwiseRule {
    var name: String { "relu" }
    func value(_ x: Float) -> Float { x > 0 ? x : 0 }
    func derivative(x: Float, y: Float) -> Float { x > 0 ? 1 : 0 }
}

/// `x` for x > 0, else `slope · x`; derivative 1 or `slope`.
struct LeakyReLURule: PointwiseRule {
    let slope: Float
    var name: String { "leakyRelu" }
    func value(_ x: Float) -> Float { x > 0 ? x : slope * x }
    func derivative(x: Float, y: Float) -> Float { x > 0 ? 1 : slope }
}

/// `x` for x > 0, else `α(eˣ − 1)` (Clevert et al. 2016); derivative 1 or `y + α`.
struct ELURule: PointwiseRule {
    let alpha: Float
    var name: String { "elu" }
    func value(_ x: Float) -> Float { x > 0 ? x : alpha * (Foundation.exp(x) - 1) }
    func derivative(x: Float, y: Float) -> Float { x > 0 ? 1 : y + alpha }
}

/// `1 / (1 + e⁻ˣ)`, computed without overflow for either sign; derivative `y(1 − y)`.
struct SigmoidRule: PointwiseRule {
    var name: String { "sigmoid" }
    func value(_ x: Float) -> Float {
        if x >= 0 { return 1 / (1 + Foundation.exp(-x)) }
        let e = Foundation.exp(x)
        return e / (1 + e)
    }
    func derivative(x: Float, y: Float) -> Float { y * (1 - y) }
}

/// `tanh x`; derivative `1 − y²`.
struct TanhRule: PointwiseRule {
    var name: String { "tanh" }
    func value(_ x: Float) -> Float { Foundation.tanh(x) }
    func derivative(x: Float, y: Float) -> Float { 1 - y * y }
}

/// `log(1 + eˣ)` as `max(x, 0) + log1p(e^−|x|)`, stable for large |x|; derivative `σ(x)`.
struct SoftplusRule: PointwiseRule {
    var name: String { "softplus" }
    func value(_ x: Float) -> Float { max(x, 0) + Foundation.log1p(Foundation.exp(-abs(x))) }
    func derivative(x: Float, y: Float) -> Float { SigmoidRule().value(x) }
}

extension Tensor {
    /// `max(x, 0)` element-wise. - Complexity: O(size)
    public func relu() -> Tensor { pointwise(ReLURule()) }
    /// `x` where positive, `negativeSlope · x` elsewhere (GAT uses 0.2). - Complexity: O(size)
    public func leakyRelu(negativeSlope: Float = 0.01) -> Tensor { pointwise(LeakyReLURule(slope: negativeSlope)) }
    /// Exponential linear unit, `α(eˣ − 1)` for negative x. - Complexity: O(size)
    public func elu(alpha: Float = 1) -> Tensor { pointwise(ELURule(alpha: alpha)) }
    /// Logistic sigmoid, overflow-free. - Complexity: O(size)
    public func sigmoid() -> Tensor { pointwise(SigmoidRule()) }
    /// Hyperbolic tangent. - Complexity: O(size)
    public func tanh() -> Tensor { pointwise(TanhRule()) }
    /// `log(1 + eˣ)`, stable for large |x|. - Complexity: O(size)
    public func softplus() -> Tensor { pointwise(SoftplusRule()) }
}
