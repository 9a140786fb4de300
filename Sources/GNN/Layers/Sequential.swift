/// Layers applied one after the other, `layers[k](… layers[0](x))`. Parameters are named by
/// position, as in PyTorch's `nn.Sequential`: `0.weight`, `2.bias`.
///
/// **Shapes:** each layer's output is the next layer's input.
public struct Sequential: Layer {
    /// The layers, in order.
    public let layers: [any Layer<Tensor, Tensor>]

    /// A sequence of tensor-to-tensor layers. - Complexity: O(layers.count)
    public init(_ layers: [any Layer<Tensor, Tensor>]) { self.layers = layers }

    /// The composition. - Complexity: the sum of the layers' costs.
    public func callAsFunction(_ x: Tensor) -> Tensor {
        layers.reduce(x) { input, layer in layer(input) }
    }

    /// Every layer's parameters, prefixed with its index.
    public var namedParameters: [NamedParameter] {
        layers.enumerated().flatMap { index, layer in layer.namedParameters.prefixed("\(index)") }
    }
}

extension Sequential {
    /// A sequence from a variadic list. - Complexity: O(layers.count)
    public init(_ layers: any Layer<Tensor, Tensor>...) { self.init(layers) }
}
