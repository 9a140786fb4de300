import GraphCore

/// Relational graph convolution with basis decomposition, Schlichtkrull et al., "Modeling
/// Relational Data with Graph Convolutional Networks" (ESWC 2018, arXiv:1703.06103), as PyG's
/// `RGCNConv(num_bases=B, aggr="mean")`:
///
///     x'ᵢ = x_i W₀ + Σ_r mean_{j →_r i} x_j W_r + b,      W_r = Σ_b a_rb V_b
///
/// Composed from primitives: each relation's weights `W_r` as a combination of the bases' column
/// blocks scaled by the `1 × 1` coefficients (small `in × out` products), then `x W_r` through
/// the relation's cached mean operator.
///
/// **Shapes:** input `V × in`; `bases` `in × B·out` (`V_b` the `b`-th `out`-wide block);
/// `coefficients` `R × B`; `rootWeight` `in × out`; `bias` `1 × out`; output `V × out`.
public struct RGCNConv: Layer {
    /// The basis matrices side by side, `in × B·out`.
    public let bases: Tensor
    /// `a_rb`, `R × B`.
    public let coefficients: Tensor
    /// `W₀`, applied to the node itself.
    public let rootWeight: Tensor
    /// `1 × out`, or `nil`.
    public let bias: Tensor?

    /// The input of a relational layer: node features and one message graph per relation
    /// (``MessageGraph/splitByEdgeType(relations:)``).
    public struct Input {
        public var features: Tensor
        public let relations: [MessageGraph]

        /// Pairs features and relation graphs (each over the features' rows). - Complexity: O(R)
        public init(_ features: Tensor, _ relations: [MessageGraph]) {
            precondition(relations.allSatisfy { $0.nodeCount == features.rows },
                         "each relation graph must have one node per feature row (\(features.rows))")
            self.features = features
            self.relations = relations
        }
    }

    /// A layer over existing parameter tensors. - Complexity: O(1)
    public init(bases: Tensor, coefficients: Tensor, rootWeight: Tensor, bias: Tensor?) {
        let out = rootWeight.columns
        precondition(coefficients.columns >= 1, "RGCNConv needs at least one basis")
        precondition(bases.rows == rootWeight.rows && bases.columns == coefficients.columns * out,
                     "bases must be \(rootWeight.rows)×\(coefficients.columns * out) for \(coefficients.columns) bases of width \(out)")
        self.bases = bases
        self.coefficients = coefficients
        self.rootWeight = rootWeight
        self.bias = bias
    }

    /// Number of relations `R`. - Complexity: O(1)
    public var relationCount: Int { coefficients.rows }

    /// `x W₀ + Σ_r mean_r(x W_r) + b`. - Complexity: O(V × in × (R + 1) × out + R × B × in × out + E × out).
    public func callAsFunction(_ input: Input) -> Tensor {
        precondition(input.relations.count == relationCount, "\(input.relations.count) relation graphs for \(relationCount) relations")
        let x = input.features, out = rootWeight.columns, basisCount = coefficients.columns
        let blocks = (0 ..< basisCount).map { bases.sliceColumns($0 * out ..< ($0 + 1) * out) }
        var result = x.matmul(rootWeight)
        for (r, graph) in input.relations.enumerated() where graph.graph.edgeCount > 0 {
            let row = coefficients.gatherRows([Int32(r)])
            let scaled = (0 ..< basisCount).map { blocks[$0] * row.sliceColumns($0 ..< $0 + 1) }
            let weights = scaled.dropFirst().reduce(scaled[0], +)
            result = result + x.matmul(weights).spmm(graph.meanOperator)
        }
        return bias.map { result + $0 } ?? result
    }

    /// `bases`, `coefficients`, `rootWeight` and, when present, `bias`.
    public var namedParameters: [NamedParameter] {
        [NamedParameter("bases", bases), NamedParameter("coefficients", coefficients), NamedParameter("rootWeight", rootWeight)]
            + (bias.map { [NamedParameter("bias", $0)] } ?? [])
    }
}

extension RGCNConv {
    /// Glorot-initialised bases and root weight, coefficients and a zero bias.
    /// - Complexity: O(in × (B + 1) × out + R × B)
    public init(inputSize: Int, outputSize: Int, relations: Int, bases: Int, bias: Bool = true,
                generator: inout SeededGenerator) {
        self.init(bases: .parameter(Initializers.glorotUniform(inputSize, bases * outputSize, using: &generator), name: "bases"),
                  coefficients: .parameter(Initializers.glorotUniform(relations, bases, using: &generator), name: "coefficients"),
                  rootWeight: .parameter(Initializers.glorotUniform(inputSize, outputSize, using: &generator), name: "rootWeight"),
                  bias: bias ? .parameter(Matrix(rows: 1, columns: outputSize), name: "bias") : nil)
    }
}
