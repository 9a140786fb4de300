/// A parameterless pointwise layer (for ``Sequential``).
public struct Activation: ParameterlessLayer {
    /// Name shown in descriptions.
    public let name: String
    let function: (Tensor) -> Tensor

    /// An activation applying `function`. - Complexity: O(1)
    public init(name: String, _ function: @escaping (Tensor) -> Tensor) {
        self.name = name
        self.function = function
    }

    /// `function(x)`. - Complexity: that of the function, O(size) for the built-ins.
    public func callAsFunction(_ x: Tensor) -> Tensor { function(x) }

    /// `max(x, 0)`.
    public static var relu: Activation { Activation(name: "relu") { $0.relu() } }
    /// Exponential linear unit, α = 1.
    public static var elu: Activation { Activation(name: "elu") { $0.elu() } }
    /// Hyperbolic tangent.
    public static var tanh: Activation { Activation(name: "tanh") { $0.tanh() } }
    /// Logistic sigmoid.
    public static var sigmoid: Activation { Activation(name: "sigmoid") { $0.sigmoid() } }
    /// Leaky ReLU with negative slope `slope`.
    public static func leakyRelu(_ slope: Float = 0.01) -> Activation {
        Activation(name: "leakyRelu") { $0.leakyRelu(negativeSlope: slope) }
    }
}
