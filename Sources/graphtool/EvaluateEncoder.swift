import ArgumentParser
import CircuitLearning
import EDA
import Foundation

/// `graphtool evaluate-encoder`: how well a circuit-encoder model does on held-out circuits.
struct EvaluateEncoder: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate-encoder",
        abstract: "Measure a circuit encoder on circuits: signal-probability MAE, masked-gate reconstruction, truth-table similarity.",
        discussion: """
            For each circuit: the mean absolute error of the predicted signal probability of every \
            input and AND against simulation (exact up to 16 inputs, else --patterns seeded random \
            patterns), next to the trivial baseline that predicts the circuit's mean probability and \
            the model's analytic estimate alone (the prior its probability head corrects); \
            and, at each --mask-ratios ratio, the accuracy of reconstructing the masked gates' kind, \
            inverted-fanin count and fanout bucket with the masked gates hidden from the encoder, \
            next to the majority class of the masked gates and, as a leak control, the accuracy \
            when the encoder sees the masked gates (only their embeddings masked); \
            and for --similarity-pairs seeded pairs of ANDs of close signal probability, the Pearson \
            correlation and mean absolute error between (1 − cos)/2 of their functional (forward) \
            embeddings and their truth-table distance (share of 1,024 simulation patterns, \
            exhaustive up to 10 inputs, under which they differ). \
            One line per circuit and the mean over the circuits on stdout (or one JSON document). \
            With --equivalents DIR, measures equivalence retrieval instead: each file and its \
            equivalent DIR/<same name> (e.g. ABC-optimised) are embedded, and a query counts when \
            its nearest other circuit by cosine similarity of the graph embeddings is its equivalent \
            (top-1 accuracy over all 2N circuits), next to the trivial baseline, nearest by \
            (inputs, latches, outputs, log ANDs); then again within groups of equal interface \
            (same inputs, latches, outputs), where the baseline is nearest by log ANDs and chance.
            """
    )

    @Argument(help: "Circuit files to evaluate (never the training corpus).") var files: [String]
    @Option(help: "Model checkpoint (default: the shipped model).") var model: String?
    @Option(help: "Random patterns for the probability truth above 16 inputs.") var patterns = 65536
    @Option(help: "Comma-separated mask ratios.") var maskRatios = "0.15,0.3,0.5"
    @Option(help: "Gate pairs per circuit for the truth-table similarity.") var similarityPairs = 4096
    @Option(help: "Seed of the patterns, masks and pairs.") var seed: UInt64 = 7
    @Option(help: "Directory of equivalent copies (same file names): measure equivalence retrieval instead.") var equivalents: String?
    @Flag(help: "Print one JSON document.") var json = false

    func run() throws {
        do {
            guard similarityPairs >= 1 else { throw ValidationError("--similarity-pairs must be at least 1") }
            let ratios = maskRatios.split(separator: ",").compactMap { Double($0) }
            guard !ratios.isEmpty, ratios.allSatisfy({ $0 > 0 && $0 < 1 }) else {
                throw ValidationError("--mask-ratios needs numbers in (0, 1), e.g. 0.15,0.3,0.5")
            }
            let path = try model ?? ModelLocator.locate()
            let (m, _) = try CircuitModel.load(from: URL(fileURLWithPath: path))
            if let equivalents {
                try retrieval(model: m, modelPath: path, directory: equivalents)
                return
            }
            var rows: [CircuitEvaluation] = []
            for file in files {
                let labelled = try TrainingCircuit(name: file, aig: CircuitFile.read(file), estimate: m.probabilityEstimate,
                                                   patterns: patterns, seed: seed)
                rows.append(m.evaluate(labelled, maskRatios: ratios, similarityPairs: similarityPairs, seed: seed))
                if !json { print(line(rows.last!, ratios)) }
            }
            guard !rows.isEmpty else { return }
            let mean = CircuitEvaluation.Mean(rows)
            if json {
                print(try JSONText.of(Report(model: path, rows: rows, mean: mean)))
            } else {
                let estimate = mean.estimateMAE.map { String(format: ", %@ estimate alone %.4f", m.probabilityEstimate.name, $0) } ?? ""
                print(String(format: "mean over %d circuits: probability MAE %.4f (mean baseline %.4f%@)",
                             rows.count, mean.probabilityMAE, mean.meanBaselineMAE, estimate))
                print(String(format: "mean truth-table similarity (%d pairs per circuit): correlation %.3f, MAE %.4f",
                             similarityPairs, mean.truthTableCorrelation, mean.truthTableMAE))
                for r in ratios {
                    let a = mean.masked[String(r)]!, v = mean.maskedVisible[String(r)]!
                    print(String(format: "mean masked @%.2f: kind %.3f (majority %.3f)  inversions %.3f (%.3f)  fanout %.3f (%.3f); masked gates visible to the encoder (leak control): kind %.3f  inversions %.3f  fanout %.3f",
                                 r, a.kind, a.kindMajority, a.inversions, a.inversionsMajority, a.fanout, a.fanoutMajority,
                                 v.kind, v.inversions, v.fanout))
                }
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            FileHandle.standardError.write(Data("graphtool evaluate-encoder: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }

    /// The JSON document; bump `format` when fields change meaning.
    struct Report: Codable {
        var format = 2
        var model: String
        var rows: [CircuitEvaluation]
        var mean: CircuitEvaluation.Mean
    }

    private func line(_ row: CircuitEvaluation, _ ratios: [Double]) -> String {
        let masked = ratios.map { r -> String in
            let a = row.masked[String(r)]!
            return String(format: "@%.2f kind %.2f/%.2f inv %.2f/%.2f fanout %.2f/%.2f", r, a.kind, a.kindMajority,
                          a.inversions, a.inversionsMajority, a.fanout, a.fanoutMajority)
        }.joined(separator: "  ")
        let estimate = row.estimateMAE.map { String(format: ", estimate alone %.4f", $0) } ?? ""
        return String(format: "%@: and %d lev %d  probability MAE %.4f (mean baseline %.4f%@)  %@  truth-table r %.3f MAE %.3f  %.1f s",
                      row.name, row.ands, row.levels, row.probabilityMAE, row.meanBaselineMAE, estimate, masked,
                      row.truthTable.correlation, row.truthTable.meanAbsoluteError, row.seconds)
    }
}
