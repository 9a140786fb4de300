import GraphCore

/// A dense affine layer, `y = x W + b`.
///
/// **Shapes:** input `N × in`; `weight` is `in × out`; `bias` is `1 × out`; output `N × out`.
public struct Linear: Layer {
    /// `in × out`.
    public let weight: Tensor
    /// `1 × out`, or `nil` for no bias.
    public let bias: Tensor?

    /// A layer over existing parameter tensors. - Complexity: O(1)
    public init(weight: Tensor, bias: Tensor?) {
        precondition(bias == nil || (bias!.rows == 1 && bias!.columns == weight.columns),
                     "bias must be 1×\(weight.columns)")
        self.weight = weight
        self.bias = bias
    }

    /// `x W + b`. - Complexity: O(N × in × out)
    public func callAsFunction(_ x: Tensor) -> Tensor { x.linear(weight, bias: bias) }

    /// `weight` and, when present, `bias`.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("weight", weight)] + (bias.map { [NamedParameter("bias", $0)] } ?? [])
    }
}

extension Linear {
    /// A Glorot-initialised weight and a zero bias. - Complexity: O(in × out)
    public init(inputSize: Int, outputSize: Int, bias: Bool = true, generator: inout SeededGenerator) {
        self.init(weight: .parameter(Initializers.glorotUniform(inputSize, outputSize, using: &generator), name: "weight"),
                  bias: bias ? .parameter(Matrix(rows: 1, columns: outputSize), name: "bias") : nil)
    }
}
