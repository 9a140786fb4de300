import EDA
import Foundation
import GNN
import GraphCore

/// A pretrained circuit encoder with the heads of its pretraining objectives: what
/// `graphtool pretrain` saves and `graphtool embed` loads. The encoder is the DeepGate-style
/// ``CircuitEncoder`` or the ``CircuitGIN`` baseline; the heads are ``ProbabilityHead`` (signal
/// probability) and ``MaskedGateModel`` (masked gate modeling).
///
/// Checkpoints are safetensors files whose `__metadata__` holds ``configuration`` (format,
/// architecture, hidden size), so ``load(from:)`` rebuilds the right shapes before loading.
public struct CircuitModel: Layer {
    /// Which encoder.
    public enum Architecture: String, Sendable, CaseIterable {
        /// ``CircuitEncoder``, level-parallel forward and reverse passes.
        case deepgate
        /// ``CircuitGIN``, four GIN layers over the undirected fanin graph.
        case gin
    }

    /// The encoder's kind.
    public let architecture: Architecture
    /// The analytic probability estimate the probability head's prior reads (circuits must be
    /// prepared with it: `PreparedCircuit(aig, estimate: model.probabilityEstimate)`); a head
    /// without a prior reads none, and records the cheapest, `independence`.
    public let probabilityEstimate: ProbabilityEstimate
    /// The hidden size `H` (embeddings are `2H` wide).
    public let hidden: Int
    /// The encoder.
    public let encoder: any CircuitEncoding
    /// Signal-probability head.
    public let probability: ProbabilityHead
    /// Masked-gate decoder.
    public let masked: MaskedGateModel

    /// The `format` value of checkpoints this type writes and reads.
    public static let format = "graphtool-circuit-encoder-1"
    /// GIN layers of the baseline.
    public static let ginDepth = 4

    /// How the probability head uses the independence prior (``ProbabilityHead/Prior``).
    public var probabilityPrior: ProbabilityHead.Prior { probability.prior }

    /// The checkpoint metadata value of each ``ProbabilityHead/Prior`` (`residual` was the first
    /// and keeps its name, `independence`).
    static let priorNames: [ProbabilityHead.Prior: String] = [.none: "none", .residual: "independence", .input: "independence-input"]

    /// A freshly initialised model. - Complexity: O(H²)
    public init(architecture: Architecture = .deepgate, hidden: Int = 32, seed: UInt64 = 1,
                probabilityPrior: ProbabilityHead.Prior = .none, probabilityEstimate: ProbabilityEstimate = .standard) {
        if case let .cuts(size) = probabilityEstimate {
            precondition((2 ... AIG.maximumProbabilityCutSize).contains(size),
                         "cut size \(size) outside 2...\(AIG.maximumProbabilityCutSize)")
        }
        var rng = SeededGenerator(seed: seed)
        self.architecture = architecture
        self.probabilityEstimate = probabilityPrior == .none ? .independence : probabilityEstimate
        self.hidden = hidden
        switch architecture {
        case .deepgate: encoder = CircuitEncoder(hidden: hidden, generator: &rng)
        case .gin: encoder = CircuitGIN(width: 2 * hidden, depth: CircuitModel.ginDepth, generator: &rng)
        }
        probability = ProbabilityHead(width: 2 * hidden, hidden: hidden, prior: probabilityPrior, generator: &rng)
        masked = MaskedGateModel(width: 2 * hidden, hidden: hidden, generator: &rng)
    }

    /// The embedding width `2H`. - Complexity: O(1)
    public var embeddingWidth: Int { encoder.embeddingWidth }

    /// The embedding columns that carry a gate's function: the forward half `[0, H)` of the
    /// DeepGate-style encoder (its state computed from the fanin cone only), every column of
    /// the GIN baseline. - Complexity: O(1)
    public var functionalColumns: Range<Int> { architecture == .deepgate ? 0 ..< hidden : 0 ..< embeddingWidth }

    /// One embedding row per AIG variable. - Complexity: that of the encoder.
    public func callAsFunction(_ circuit: PreparedCircuit) -> Tensor { encoder(circuit) }

    /// `encoder.*`, `probability.*`, `masked.*`.
    public var namedParameters: [NamedParameter] {
        encoder.namedParameters.prefixed("encoder") + headParameters
    }

    /// `probability.*`, `masked.*`: what pretraining with a frozen encoder trains.
    public var headParameters: [NamedParameter] {
        probability.namedParameters.prefixed("probability") + masked.namedParameters.prefixed("masked")
    }

    /// What a checkpoint needs to rebuild this model. - Complexity: O(1)
    public var configuration: [String: String] {
        ["format": CircuitModel.format, "architecture": architecture.rawValue, "hidden": String(hidden),
         "probabilityPrior": CircuitModel.priorNames[probabilityPrior]!, "probabilityEstimate": probabilityEstimate.name]
    }

    /// Saves parameters and ``configuration`` plus `extra` metadata (corpus, command, metrics)
    /// atomically. - Throws: `CheckpointError.io`. - Complexity: O(parameters)
    public func save(to url: URL, metadata extra: [String: String] = [:]) throws {
        try saveCheckpoint(to: url, configuration: configuration.merging(extra) { mine, _ in mine })
    }

    /// Reads a checkpoint written by ``save(to:metadata:)``.
    /// - Throws: `CheckpointError` for unreadable or mismatched files, `CircuitModelError` for a
    ///   file that is not a circuit-encoder checkpoint.
    /// - Complexity: O(file size)
    public static func load(from url: URL) throws -> (model: CircuitModel, metadata: [String: String]) {
        let contents = try SafeTensors.read(from: url)
        let meta = contents.metadata
        guard meta["format"] == format, let arch = meta["architecture"].flatMap(Architecture.init(rawValue:)),
              let hidden = meta["hidden"].flatMap(Int.init), hidden > 0 else {
            throw CircuitModelError.notACircuitModel(path: url.path, format: meta["format"])
        }
        // Checkpoints from before the cut estimate have no `probabilityEstimate`: independence.
        guard let estimate = ProbabilityEstimate(name: meta["probabilityEstimate"] ?? "independence") else {
            throw CircuitModelError.unknownEstimate(path: url.path, name: meta["probabilityEstimate"]!)
        }
        let prior = CircuitModel.priorNames.first { $0.value == meta["probabilityPrior"] }?.key ?? .none
        // The shapes follow from the metadata's hidden size; check that the file holds exactly
        // that many floats before building (allocating) a model of that size.
        let stored = contents.tensors.values.reduce(0) { $0 + $1.values.count }
        let needed = parameterCount(architecture: arch, hidden: hidden, prior: prior)
        guard needed == stored else {
            throw CircuitModelError.sizeMismatch(path: url.path, hidden: hidden, needed: needed, stored: stored)
        }
        let model = CircuitModel(architecture: arch, hidden: hidden, probabilityPrior: prior, probabilityEstimate: estimate)
        try model.loadParameters(from: contents)
        return (model, meta)
    }
}

/// A checkpoint that is not a circuit encoder.
public enum CircuitModelError: Error, Equatable, CustomStringConvertible {
    /// The file's metadata does not name this format.
    case notACircuitModel(path: String, format: String?)
    /// The file names a probability estimate this version does not know.
    case unknownEstimate(path: String, name: String)
    /// The metadata's hidden size needs `needed` parameters (`nil`: more than fit in an `Int`),
    /// but the file's tensors hold `stored` floats.
    case sizeMismatch(path: String, hidden: Int, needed: Int?, stored: Int)

    /// What is wrong, on one line (see `_oneLineMessage`). - Complexity: O(message length)
    public var description: String { _oneLineMessage(text) }

    private var text: String {
        switch self {
        case let .notACircuitModel(path, format):
            return "\(path): not a circuit-encoder checkpoint (metadata format \(format.map { "'\($0)'" } ?? "missing"), expected '\(CircuitModel.format)'); train one with 'graphtool pretrain --corpus DIR --save \(path)'"
        case let .unknownEstimate(path, name):
            return "\(path): unknown probability estimate '\(name)' in the metadata (expected 'independence' or 'cuts-K' with K in 2...\(AIG.maximumProbabilityCutSize))"
        case let .sizeMismatch(path, hidden, needed, stored):
            return "\(path): the metadata's hidden size \(hidden) needs \(needed.map(String.init) ?? "more than \(Int.max)") parameters, but the file holds \(stored) floats; the file is damaged or was not written by 'graphtool pretrain'"
        }
    }
}
