import ArgumentParser
import CircuitLearning
import EDA
import Foundation

/// `graphtool parasitics evaluate`: score a model and the baselines on held-out designs.
struct ParasiticsEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a parasitic estimator beside the baselines on held-out designs.",
        discussion: """
            Reads the designs of one part of the split (test by default) and the training \
            designs (to fit the baselines), and prints, for the mean, the per-fanout wire-load \
            model, the linear fit and the model: R², MAE, MAPE and class macro-F1 of net total, \
            ground and coupling capacitance; and for coupling, AUC/AP of coupled pairs (at least \
            0.1 fF) against as many sampled uncoupled pairs and R² of the capacitance of the \
            coupled pairs, beside a graph-distance baseline.

            With --transfer DIR, the scored designs are the --part of --transfer-split in DIR, \
            read with --transfer-liberty: another technology, the model and the baselines still \
            fitted on this corpus (train with --technology-independent for that).
            """
    )

    @OptionGroup var corpus: ParasiticsCorpusOptions
    @Option(help: "The trained model (safetensors from `parasitics train`).") var model: String
    @Option(help: "The part of the split to score: validation or test.") var part: HeldOutPart = .test
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Option(help: "Score the designs of this other corpus instead (transfer between technologies).") var transfer: String?
    @Option(help: "The Liberty library of the --transfer corpus.") var transferLiberty: String?
    @Option(help: "The split of the --transfer corpus.") var transferSplit: String?
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func validate() throws {
        guard (transfer == nil) == (transferLiberty == nil) && (transfer == nil) == (transferSplit == nil) else {
            throw ValidationError("--transfer needs --transfer-liberty and --transfer-split (and they need --transfer)")
        }
    }
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        do {
            let library = try LibertyReader.read(contentsOf: corpus.liberty)
            let (estimator, _) = try ParasiticEstimator.load(from: model)
            let scored = part.splitPart
            let progress = progressOptions.line()
            let data = try ParasiticsLoadedCorpus(options: corpus, library: library, only: transfer == nil ? [.train, scored] : [.train], progress: progress)
            var designs = data[scored]
            if let transfer, let transferLiberty, let transferSplit {
                var other = corpus
                (other.dataDirectory, other.liberty, other.split) = (transfer, transferLiberty, transferSplit)
                designs = try ParasiticsLoadedCorpus(options: other, library: LibertyReader.read(contentsOf: transferLiberty), only: [scored],
                                                     progress: progress)[scored]
            }
            let report = ParasiticsScoresReport(part: scored, designs: designs, train: data[.train], model: estimator, threads: threadCount.count)
            print(json ? try report.jsonText() : report.text)
        } catch {
            StandardError.line("graphtool parasitics evaluate: \(error)")
            throw ExitCode.failure
        }
    }
}
