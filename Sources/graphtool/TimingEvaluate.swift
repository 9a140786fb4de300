import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GraphCore

/// `graphtool timing evaluate`: score a timing predictor and the STA baselines on held-out designs.
struct TimingEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a timing predictor beside STA without SPEF on held-out designs.",
        discussion: """
            Reads the samples of one part of the split (test by default) and prints, against \
            STA with the SPEF: R² and mean absolute error (ps) of late arrivals and slews at the \
            data pins and ports (off the clock network; rise and fall), and of endpoint slacks \
            under the tight clock, for the model, for STA \
            without SPEF (ideal wires, zero wire load) and for STA with the library's wire-load \
            model; pooled over the designs and per design.
            """
    )

    @OptionGroup var data: TimingDatasetOptions
    @Option(help: "The trained model (safetensors from `timing train`).") var model: String
    @Option(help: "The part of the split to score: validation or test.") var part: HeldOutPart = .test
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        BLASThreads.limit(to: threadCount.count)
        do {
            let (predictor, _) = try TimingPredictor.load(from: model)
            let scored = part.splitPart
            let samples = try data.load([scored], progress: progressOptions.line()).1[scored] ?? []
            let clock = ContinuousClock(), start = clock.now
            let predictions = samples.map { predictor.predict($0, threads: threadCount.count) }
            let elapsed = clock.now - start
            let report = TimingEvaluateReport(part: part.rawValue, architecture: predictor.configuration.kind.rawValue, samples: samples,
                                              predictions: predictions,
                                              predictSeconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18)
            print(json ? try JSONText.of(report) : report.text)
        } catch {
            StandardError.line("graphtool timing evaluate: \(error)")
            throw ExitCode.failure
        }
    }
}

/// The JSON document of `graphtool timing evaluate --json`: the model's pooled scores at the
/// top level (`r2_arrival`, `mae_arrival_ps`, `r2_slack`, `mae_slack_ps`…), the baselines'
/// beside them, and every design's.
struct TimingEvaluateReport: Codable {
    struct Design: Codable {
        var design: String
        var nodes: Int
        var model: TimingScores
        var sta_without_spef: TimingScores
        var sta_wire_load: TimingScores
    }

    var format = 1
    var part: String
    var architecture: String
    var designs: Int
    var r2_arrival: Double?, mae_arrival_ps: Double?, r2_slew: Double?, mae_slew_ps: Double?, r2_slack: Double?, mae_slack_ps: Double?
    /// The arrivals and endpoints scored (the same for every method that predicts every pin).
    var arrivals: Int, endpoints: Int
    var sta_without_spef: TimingScores
    var sta_wire_load: TimingScores
    var predict_seconds: Double
    var per_design: [Design]

    init(part: String, architecture: String, samples: [TimingSample], predictions: [TimingValues], predictSeconds: Double) {
        self.part = part
        self.architecture = architecture
        designs = samples.count
        let model = TimingScores(predictions, samples: samples)
        (r2_arrival, mae_arrival_ps, r2_slew, mae_slew_ps, r2_slack, mae_slack_ps) =
            (model.r2Arrival, model.maeArrival, model.r2Slew, model.maeSlew, model.r2Slack, model.maeSlack)
        (arrivals, endpoints) = (model.arrivals, model.endpoints)
        sta_without_spef = TimingScores(samples.map(\.ideal), samples: samples)
        sta_wire_load = TimingScores(samples.map(\.wireLoad), samples: samples)
        predict_seconds = predictSeconds
        per_design = zip(samples, predictions).map { sample, prediction in
            Design(design: sample.design, nodes: sample.nodeCount, model: TimingScores([prediction], samples: [sample]),
                   sta_without_spef: TimingScores([sample.ideal], samples: [sample]), sta_wire_load: TimingScores([sample.wireLoad], samples: [sample]))
        }
    }

    var text: String {
        ["\(part) (\(designs) designs)",
                "  \(architecture): " + TimingScoresText.line(r2_arrival, mae_arrival_ps, r2_slew, mae_slew_ps, r2_slack, mae_slack_ps),
                "  STA without SPEF: " + TimingScoresText.line(sta_without_spef),
                "  STA wire-load model: " + TimingScoresText.line(sta_wire_load)].joined(separator: "\n")
    }
}
