import GraphCore

/// A trainable parameter and its dotted path in the model, e.g. `encoder.conv1.weight`.
public struct NamedParameter {
    /// Dotted path, unique within a model; the key in checkpoints and optimizer state.
    public let name: String
    /// The parameter's tape leaf (shared with the layer that owns it).
    public let tensor: Tensor

    /// Pairs a name and a parameter tensor. - Complexity: O(1)
    public init(_ name: String, _ tensor: Tensor) {
        self.name = name
        self.tensor = tensor
    }
}

/// Anything holding named trainable parameters: layers and whole models. Optimizers and
/// checkpoints work on any of them.
public protocol Parameterized {
    /// Every parameter with its path relative to this object (`weight`, `conv1.bias`), in a
    /// fixed order.
    var namedParameters: [NamedParameter] { get }
}

/// A neural-network layer: a function of its input and its parameters.
///
/// Layers are **value types** (structs, after swift-apis' `Layer`): their configuration —
/// sizes, heads, flags, constant matrices — is plain immutable data. Their parameters are
/// ``Tensor`` handles to tape leaves, so the dynamic tape of each step, the optimizer and any
/// layer sharing a weight all refer to one parameter, updated in place (as `nn.Parameter` in
/// PyTorch). Copying a layer therefore shares its parameters; load a checkpoint into a freshly
/// initialised layer to get an independent one.
public protocol Layer<Input, Output>: Parameterized {
    /// What the layer consumes (a ``Tensor``, or ``GraphInput`` for graph convolutions).
    associatedtype Input
    /// What the layer produces.
    associatedtype Output

    /// The forward pass, recorded on the tape.
    func callAsFunction(_ input: Input) -> Output
}

/// A layer without parameters (activations, reshapes).
public protocol ParameterlessLayer: Layer {}

extension ParameterlessLayer {
    /// No parameters. - Complexity: O(1)
    public var namedParameters: [NamedParameter] { [] }
}

/// Node features plus the graph they live on: the input of a graph convolution.
public struct GraphInput {
    /// Node features, `V × C`.
    public var features: Tensor
    /// The graph, with its cached sparse operators.
    public let graph: MessageGraph

    /// Pairs features and graph. - Complexity: O(1)
    public init(_ features: Tensor, _ graph: MessageGraph) {
        precondition(features.rows == graph.nodeCount,
                     "features have \(features.rows) rows but the graph has \(graph.nodeCount) nodes; pass one feature row per node")
        self.features = features
        self.graph = graph
    }
}

extension Layer where Input == GraphInput {
    /// `layer(x, graph)`, the same as `layer(GraphInput(x, graph))`.
    public func callAsFunction(_ features: Tensor, _ graph: MessageGraph) -> Output {
        self(GraphInput(features, graph))
    }
}

extension Array where Element == NamedParameter {
    /// The parameters with `prefix.` put before each name. - Complexity: O(count)
    public func prefixed(_ prefix: String) -> [NamedParameter] {
        map { NamedParameter("\(prefix).\($0.name)", $0.tensor) }
    }
}
