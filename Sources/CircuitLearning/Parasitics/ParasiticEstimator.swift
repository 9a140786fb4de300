import GNN
import GraphCore

/// The parasitic estimator: a GraphSAGE (or GAT) encoder over the device/pin/net graph and three heads —
/// net capacitance regression (`log10` fF of total, ground and coupling, standardised), the
/// five `CapacitanceScale` classes of the total, and a coupled-pair decoder (link logit and
/// `log10` fF). Devices enter with a learned embedding of their cell type.
///
///     h⁰ = LayerNorm(W [x, e(cell)] + b),   hˡ⁺¹ = LayerNorm(hˡ + ReLU(SAGE(hˡ)))
///
/// With `.gat` convolutions, SAGE is replaced by `GATConv` with `gatHeads` concatenated heads
/// of width `hidden / gatHeads` (the GAT baseline of the issue).
///
/// **Shapes:** node features `V × ParasiticFeature.count`; embeddings `V × hidden`.
public final class ParasiticEstimator: Parameterized {
    /// What the checkpoint needs to rebuild the model.
    public struct Configuration: Sendable, Equatable {
        /// The message-passing layer of the encoder.
        public enum Convolution: String, Sendable, CaseIterable {
            case sage, gat
        }
        public var convolution = Convolution.sage
        /// Attention heads of a `.gat` encoder (they must divide `hidden`).
        public var gatHeads = 4
        public var hidden = 64
        public var layers = 4
        public var cellEmbedding = 16
        /// The Liberty library's cell count (the cell-type vocabulary).
        public var cellTypes: Int
        /// Mean and standard deviation of the training `log10` fF of total, ground, coupling.
        public var targetMean: [Float] = [0, 0, 0], targetScale: [Float] = [1, 1, 1]

        public init(cellTypes: Int) { self.cellTypes = cellTypes }
    }

    public let configuration: Configuration
    let cellTable: Tensor
    let input: Linear
    let convolutions: [any Layer<GraphInput, Tensor>]
    let netHidden: Linear, netOutput: Linear, classOutput: Linear
    let pairHidden: Linear, pairOutput: Linear
    /// `log σ` of Balanced MSE's noise.
    let logNoise: Tensor

    /// A freshly initialised model. - Complexity: O(parameters)
    public init(_ configuration: Configuration, generator: inout SeededGenerator) {
        self.configuration = configuration
        let h = configuration.hidden, e = configuration.cellEmbedding
        var table = Matrix(rows: configuration.cellTypes + 1, columns: e)
        table.withUnsafeMutableValues { v in for i in v.indices { v[i] = 0.1 * generator.nextGaussian() } }
        cellTable = .parameter(table, name: "cellTable")
        input = Linear(inputSize: ParasiticFeature.count + e, outputSize: h, generator: &generator)
        convolutions = (0 ..< configuration.layers).map { _ in
            switch configuration.convolution {
            case .sage: SAGEConv(inputSize: h, outputSize: h, generator: &generator)
            case .gat: GATConv(inputSize: h, outputSize: h / configuration.gatHeads, heads: configuration.gatHeads, generator: &generator)
            }
        }
        netHidden = Linear(inputSize: h, outputSize: h, generator: &generator)
        netOutput = Linear(inputSize: h, outputSize: NetCapacitance.allCases.count, generator: &generator)
        classOutput = Linear(inputSize: h, outputSize: CapacitanceScale.classCount, generator: &generator)
        pairHidden = Linear(inputSize: 2 * h, outputSize: h, generator: &generator)
        pairOutput = Linear(inputSize: h, outputSize: 2, generator: &generator)
        logNoise = .parameter(Matrix(rows: 1, columns: 1, repeating: -1), name: "logNoise")
    }

    /// Every parameter, by name.
    public var namedParameters: [NamedParameter] {
        var all = encoderParameters
        all.append(NamedParameter("logNoise", logNoise))
        let heads: [(String, Linear)] = [("netHidden", netHidden), ("netOutput", netOutput), ("classOutput", classOutput),
                                         ("pairHidden", pairHidden), ("pairOutput", pairOutput)]
        for (name, layer) in heads { all += layer.namedParameters.prefixed(name) }
        return all
    }

    /// The encoder's parameters (what contrastive pre-training learns).
    public var encoderParameters: [NamedParameter] {
        var all = [NamedParameter("cellTable", cellTable)] + input.namedParameters.prefixed("input")
        for (k, convolution) in convolutions.enumerated() { all += convolution.namedParameters.prefixed("convolution\(k)") }
        return all
    }

    /// Node embeddings. `features` may be perturbed (pre-training views); `cells` gives each
    /// node's row of the cell table (`cellTypes` for pins and nets).
    /// - Complexity: O(layers × (V × hidden² + E × hidden))
    public func encode(features: Tensor, cells: [Int32], graph: MessageGraph) -> Tensor {
        let x = Tensor.concatColumns([features, cellTable.gatherRows(cells)])
        var h = input(x).layerNormalized()
        for convolution in convolutions {
            h = (h + convolution(GraphInput(h, graph)).relu()).layerNormalized()
        }
        return h
    }

    /// Standardised `log10` fF of total, ground and coupling capacitance, per row of `nets`.
    /// **Shapes:** `nets` `N × hidden` → `N × 3`.
    public func netCapacitance(_ nets: Tensor) -> Tensor { netOutput(netHidden(nets).relu()) }

    /// Logits of the five total-capacitance classes. **Shapes:** `N × hidden` → `N × 5`.
    public func netClassLogits(_ nets: Tensor) -> Tensor { classOutput(nets) }

    /// Per pair: the link logit (column 0) and `log10` fF of the coupling (column 1), from the
    /// symmetric `[hₐ ⊙ h_b, hₐ + h_b]`. **Shapes:** `first`, `second` `P × hidden` → `P × 2`.
    public func pairScores(_ first: Tensor, _ second: Tensor) -> Tensor {
        pairOutput(pairHidden(Tensor.concatColumns([first * second, first + second])).relu())
    }

    /// The BMC noise parameter.
    public var noise: Tensor { logNoise }
}
