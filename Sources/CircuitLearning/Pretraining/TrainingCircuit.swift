import EDA
import GraphCore

/// One circuit of a pretraining corpus with its labels, computed once: the prepared circuit,
/// the masked-gate attributes, every variable's signal probability (exact simulation up to
/// ``AIG/exhaustiveSourceLimit`` sources, otherwise `patterns` seeded random patterns) and every
/// variable's simulation signature for the truth-table similarity objective (when asked for).
public struct TrainingCircuit {
    /// A name for reports (usually the file name).
    public let name: String
    /// The encoder input.
    public let circuit: PreparedCircuit
    /// Masked-gate labels.
    public let attributes: GateAttributes
    /// Signal probability per variable.
    public let probabilities: [Float]
    /// Per variable, its values under ``signaturePatterns`` patterns (the exact truth table when
    /// the circuit has at most 10 sources); `nil` when labelled `withSignatures: false`.
    public let signatures: SimulationSignatures?

    /// The ANDs in order of signal probability, for drawing truth-table pairs
    /// (``TruthTableSimilarity/gateOrder(_:probabilities:)``); empty without ``signatures``.
    public let gateOrder: [Int32]

    /// Patterns of ``signatures``: 16 words per variable.
    public static let signaturePatterns = 1024

    /// Labels `aig` and prepares it with `estimate` (the model's ``CircuitModel/probabilityEstimate``);
    /// `seed` seeds the random patterns of probabilities and signatures. `withSignatures: false`
    /// saves the signatures' 128 B per variable when the truth-table objective is off.
    /// - Throws: `GraphError` from preparing, `AIGError` from simulation.
    /// - Complexity: O(M · 2^sources / 64) exact, else O(M · patterns / 64), plus preparation
    ///   and O(M · 16 + A log A) for the signatures and gate order.
    public init(name: String, aig: AIG, estimate: ProbabilityEstimate, patterns: Int = 8192, seed: UInt64 = 1,
                withSignatures: Bool = true) throws {
        self.name = name
        circuit = try PreparedCircuit(aig, estimate: estimate)
        attributes = GateAttributes(aig)
        let exact = aig.inputs.count + aig.latches.count <= AIG.exhaustiveSourceLimit
        let p = exact ? try aig.exactSignalProbabilities(threads: 1)
                      : try aig.signalProbabilities(patternCount: patterns, seed: seed, threads: 1)
        probabilities = p.map { Float($0) }
        signatures = withSignatures ? try aig.simulationSignatures(patternCount: TrainingCircuit.signaturePatterns, seed: seed) : nil
        gateOrder = withSignatures ? TruthTableSimilarity.gateOrder(aig, probabilities: probabilities) : []
    }

    /// The rows the probability objective uses (inputs, latches and ANDs). - Complexity: O(1)
    public var rows: [Int32] { attributes.candidates }

    /// The probability targets of ``rows``. - Complexity: O(rows)
    public var targets: [Float] { rows.map { probabilities[Int($0)] } }
}
