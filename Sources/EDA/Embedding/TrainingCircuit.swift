import GraphCore

/// One circuit of a pretraining corpus with its labels, computed once: the prepared circuit,
/// the masked-gate attributes and every variable's signal probability (exact simulation up to
/// ``AIG/exhaustiveSourceLimit`` sources, otherwise `patterns` seeded random patterns).
public struct TrainingCircuit {
    /// A name for reports (usually the file name).
    public let name: String
    /// The encoder input.
    public let circuit: PreparedCircuit
    /// Masked-gate labels.
    public let attributes: GateAttributes
    /// Signal probability per variable.
    public let probabilities: [Float]

    /// Labels `aig` and prepares it with `estimate` (the model's ``CircuitModel/probabilityEstimate``).
    /// - Throws: `GraphError` from preparing, `AIGError` from simulation.
    /// - Complexity: O(M · 2^sources / 64) exact, else O(M · patterns / 64), plus preparation.
    public init(name: String, aig: AIG, estimate: ProbabilityEstimate, patterns: Int = 8192, seed: UInt64 = 1) throws {
        self.name = name
        circuit = try PreparedCircuit(aig, estimate: estimate)
        attributes = GateAttributes(aig)
        let exact = aig.inputs.count + aig.latches.count <= AIG.exhaustiveSourceLimit
        let p = exact ? try aig.exactSignalProbabilities(threads: 1)
                      : try aig.signalProbabilities(patternCount: patterns, seed: seed, threads: 1)
        probabilities = p.map { Float($0) }
    }

    /// The rows the probability objective uses (inputs, latches and ANDs). - Complexity: O(1)
    public var rows: [Int32] { attributes.candidates }

    /// The probability targets of ``rows``. - Complexity: O(rows)
    public var targets: [Float] { rows.map { probabilities[Int($0)] } }
}
