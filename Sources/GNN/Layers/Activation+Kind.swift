extension Activation {
    /// A built-in nonlinearity as a plain value, for configurations that must be `Sendable`.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case relu, elu, tanh, sigmoid

        /// The nonlinearity of `x`. - Complexity: O(size)
        public func apply(_ x: Tensor) -> Tensor {
            switch self {
            case .relu: return x.relu()
            case .elu: return x.elu()
            case .tanh: return x.tanh()
            case .sigmoid: return x.sigmoid()
            }
        }
    }
}
