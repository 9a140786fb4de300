import ArgumentParser
import CircuitLearning
import Distributed
import EDA
import Foundation
import GNN

extension CircuitModel.Architecture: ExpressibleByArgument {}
extension ProbabilityHead.Prior: ExpressibleByArgument {}
extension ProbabilityEstimate: ExpressibleByArgument {
    public init?(argument: String) { self.init(name: argument) }
    public var defaultValueDescription: String { name }
}

/// `graphtool pretrain`: train a circuit encoder on a corpus of circuits and save it.
struct Pretrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Pretrain a circuit encoder (masked gates, signal probability, truth-table similarity, functional alignment) on a corpus of circuits.",
        discussion: """
            Reads every circuit file (.aig, .aag, .blif, .bench, .v) directly in --corpus DIR, in \
            name order, labels each once (exact simulation up to 16 inputs, else --patterns seeded \
            random patterns), then trains: each step encodes one circuit, masks --mask-ratio of its \
            gates (hidden from the encoder, so their attributes do not reach their neighbours' \
            embeddings, and replaced in latent space by a mask token) and reconstructs their kind, \
            fanin inversions and fanout bucket, \
            regresses every gate's signal probability, and matches (1 − cos)/2 of the forward \
            embeddings of --truth-table-pairs gate pairs of close probability to their truth-table \
            distance (1,024 simulation patterns, exhaustive up to 10 inputs; \
            --truth-table-weight 0 turns this off). Circuits of the corpus with equal interfaces are \
            checked for equivalence once at load (exhaustive simulation up to 16 inputs, else no \
            difference under 65,536 random patterns), and a circuit with an equivalent is encoded \
            with it: an InfoNCE loss pulls their graph embeddings together against the graph \
            embeddings of --alignment-negatives recent other circuits (--alignment-weight 0 turns \
            this off). One line per epoch on stderr (none with --quiet); the model \
            is saved atomically to --save with the command, corpus and final metrics in its \
            metadata. --freeze-encoder keeps the encoder at its seeded initialisation and trains \
            only the heads: the untrained-encoder baseline. Single-threaded: set \
            OPENBLAS_NUM_THREADS=1 for reproducible timing. With --distributed under mpirun, each \
            step is a global batch of one circuit per rank (gradients averaged before the update), \
            masks and pairs are drawn from per-rank seeds, and rank 0 alone prints and saves.
            """
    )

    @Option(help: "Directory of training circuits (never the evaluation circuits).") var corpus: String
    @Option(help: "Where to write the model (.safetensors).") var save: String
    @Option(help: "Encoder: deepgate (level-parallel) or gin (baseline).") var architecture: CircuitModel.Architecture = .deepgate
    @Option(help: "Hidden size H (embeddings are 2H wide).") var hidden = 32
    @Option(help: "Passes over the corpus.") var epochs = 20
    @Option(help: "Adam learning rate.") var learningRate: Float = 3e-3
    @Option(help: "Share of gates masked per step.") var maskRatio = 0.3
    @Option(help: "Weight of the signal-probability loss (the masked-gate loss has weight 1).") var probabilityWeight: Float = 4
    @Option(help: "Weight of the truth-table similarity loss (0 turns it off).") var truthTableWeight: Float = 2
    @Option(help: "Gate pairs drawn per step for the truth-table similarity loss.") var truthTablePairs = 256
    @Option(help: "Weight of the functional-alignment loss between equivalent circuits (0 turns it off).") var alignmentWeight: Float = 1
    @Option(help: "InfoNCE temperature of the functional alignment.") var alignmentTemperature: Float = 0.1
    @Option(help: "Graph embeddings of recent circuits kept as the alignment's negatives.") var alignmentNegatives = 32
    @Option(help: "Seed of initialisation, corpus order, masks and pairs.") var seed: UInt64 = 1
    @Option(help: "Random patterns for probability labels of circuits with more than 16 inputs.") var patterns = 8192
    @Option(help: "Stop after this many seconds (the model so far is saved).") var timeLimit: Double?
    @Flag(help: "Train only the heads on the untrained encoder (a baseline; needs --truth-table-weight 0 --alignment-weight 0).")
    var freezeEncoder = false
    @Option(help: "How the probability head uses the analytic estimate: none, residual (corrects its logit) or input (reads it).") var probabilityPrior: ProbabilityHead.Prior = .residual
    @Option(help: "The analytic estimate: independence (p(a∧b) = p(a)p(b)) or cuts-K (exact over cuts of up to K leaves, K in 2...10); unused with --probability-prior none.") var probabilityEstimate: ProbabilityEstimate = .standard
    @OptionGroup var reporting: QuietOption
    @OptionGroup var parallel: DistributedOption

    func validate() throws {
        guard hidden >= 1, hidden <= 512 else { throw ValidationError("--hidden must be in 1...512, got \(hidden)") }
        guard epochs >= 1 else { throw ValidationError("--epochs must be at least 1") }
        guard maskRatio > 0, maskRatio < 1 else { throw ValidationError("--mask-ratio must be in (0, 1), got \(maskRatio)") }
        guard patterns >= 64 else { throw ValidationError("--patterns must be at least 64") }
        guard truthTableWeight >= 0, alignmentWeight >= 0 else { throw ValidationError("loss weights cannot be negative") }
        guard truthTablePairs >= 1 else { throw ValidationError("--truth-table-pairs must be at least 1") }
        guard alignmentTemperature > 0 else { throw ValidationError("--alignment-temperature must be positive") }
        guard alignmentNegatives >= 1 else { throw ValidationError("--alignment-negatives must be at least 1") }
        guard !freezeEncoder || (truthTableWeight == 0 && alignmentWeight == 0) else {
            throw ValidationError("--freeze-encoder trains only the heads, and the truth-table and alignment terms train only the encoder: add --truth-table-weight 0 --alignment-weight 0")
        }
    }

    func run() throws {
        do {
            try parallel.run(run)
        } catch {
            FileHandle.standardError.write(Data("graphtool pretrain: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    private func run(_ dataParallel: DataParallel?) throws {
        let isRoot = dataParallel?.communicator.isRoot ?? true
        let note: (String) -> Void = isRoot ? reporting.note : { _ in }
        let files = try corpusFiles()
        let model = CircuitModel(architecture: architecture, hidden: hidden, seed: seed, probabilityPrior: probabilityPrior,
                                 probabilityEstimate: probabilityEstimate)
        let samples = try files.map { path -> TrainingCircuit in
            try TrainingCircuit(name: (path as NSString).lastPathComponent, aig: CircuitFile.read(path), estimate: model.probabilityEstimate,
                                patterns: patterns, seed: seed, withSignatures: truthTableWeight > 0)
        }
        let gates = samples.reduce(0) { $0 + $1.circuit.aig.andCount }
        note("graphtool pretrain: \(samples.count) circuits, \(gates) ANDs; \(architecture.rawValue), H = \(hidden)")
        let equivalents = alignmentWeight > 0 ? try EquivalentCircuits.classes(samples.map(\.circuit.aig)) : []
        if alignmentWeight > 0 {
            let listed = equivalents.map { $0.map { samples[$0].name }.joined(separator: " = ") }.joined(separator: ", ")
            note("graphtool pretrain: \(listed.isEmpty ? "no equivalent circuits in the corpus, so no alignment steps" : "equivalent circuits: " + listed)")
        }
        var options = Pretraining.Options()
        options.epochs = epochs
        options.learningRate = learningRate
        options.maskRatio = maskRatio
        options.seed = seed
        options.timeLimit = timeLimit
        options.probabilityWeight = probabilityWeight
        options.truthTableWeight = truthTableWeight
        options.truthTablePairs = truthTablePairs
        options.alignmentWeight = alignmentWeight
        options.alignmentTemperature = alignmentTemperature
        options.alignmentNegatives = alignmentNegatives
        options.freezeEncoder = freezeEncoder
        options.processSeed = dataParallel?.seed(seed)
        let reports = try Pretraining.run(model, corpus: samples, equivalents: equivalents, options: options,
                                          synchronizer: dataParallel) { r in
            let truthTable = truthTableWeight > 0 ? String(format: "  truth-table %.4f", r.truthTableLoss) : ""
            let alignment = alignmentWeight > 0 ? String(format: "  alignment %.4f", r.alignmentLoss) : ""
            note(String(format: "epoch %3d  loss %.4f  probability %.4f  masked %.4f%@%@  train MAE %.4f  %.1f s",
                                  r.epoch, r.loss, r.probabilityLoss, r.maskedLoss, truthTable, alignment,
                                  r.probabilityMAE, r.seconds))
        }
        let last = reports.last!
        guard isRoot else { return }
        let command = (["graphtool"] + CommandLine.arguments.dropFirst()).joined(separator: " ")
        var metadata = [
            "command": command, "seed": String(seed), "epochs_run": String(last.epoch),
            "corpus": "\(samples.count) circuits, \(gates) ANDs: " + samples.map(\.name).joined(separator: ","),
            "objectives": (freezeEncoder ? "heads only, encoder frozen at its initialisation: " : "")
                + "masked gate modeling (ratio \(maskRatio), masked gates hidden from the encoder) + signal probability (weight \(probabilityWeight))"
                + (truthTableWeight > 0 ? " + truth-table similarity (weight \(truthTableWeight), \(truthTablePairs) pairs)" : "")
                + (alignmentWeight > 0 ? " + functional alignment (weight \(alignmentWeight), temperature \(alignmentTemperature), \(alignmentNegatives) negatives, \(equivalents.count) classes)" : ""),
            "final_train_loss": String(format: "%.4f", last.loss),
            "final_train_probability_mae": String(format: "%.4f", last.probabilityMAE),
        ]
        if truthTableWeight > 0 { metadata["final_train_truth_table_loss"] = String(format: "%.4f", last.truthTableLoss) }
        if alignmentWeight > 0 { metadata["final_train_alignment_loss"] = String(format: "%.4f", last.alignmentLoss) }
        try model.save(to: URL(fileURLWithPath: save), metadata: metadata)
        print(String(format: "%@: %@ H=%d, %d epochs, %.0f s, train loss %.4f, train probability MAE %.4f",
                     save, architecture.rawValue, hidden, last.epoch, last.seconds, last.loss, last.probabilityMAE))
    }

    /// The circuit files directly in `corpus`, sorted by name.
    private func corpusFiles() throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CLIError.invalidValues(path: corpus, reason: "not a directory; pass a folder of circuits, e.g. made by scripts/make-corpus.sh")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus).sorted()
        let files = names.filter { CircuitFile.Format(path: $0) != nil }.map { (corpus as NSString).appendingPathComponent($0) }
        guard !files.isEmpty else {
            throw CLIError.invalidValues(path: corpus, reason: "holds no circuit files (\(CircuitFile.extensions.joined(separator: " ")))")
        }
        return files
    }
}
