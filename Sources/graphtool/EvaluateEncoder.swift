import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore

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
            inverted-fanin count and fanout bucket, next to the majority class of the masked gates; \
            and for --similarity-pairs seeded pairs of ANDs of close signal probability, the Pearson \
            correlation and mean absolute error between (1 − cos)/2 of their functional (forward) \
            embeddings and their truth-table distance (share of 1,024 simulation patterns, \
            exhaustive up to 10 inputs, under which they differ). \
            One line per circuit and the mean over the circuits on stdout (or one JSON document). \
            With --equivalents DIR, measures equivalence retrieval instead: each file and its \
            equivalent DIR/<same name> (e.g. ABC-optimised) are embedded, and a query counts when \
            its nearest other circuit by cosine similarity of the graph embeddings is its equivalent \
            (top-1 accuracy over all 2N circuits).
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

    /// One circuit's numbers.
    struct Row: Codable {
        var file: String
        var ands: Int
        var levels: Int
        var probabilityMAE: Double
        /// The model's analytic estimate alone (its probability head's prior), `nil` without one.
        var estimateMAE: Double?
        var meanBaselineMAE: Double
        var masked: [String: MaskedAccuracy]
        var truthTable: TruthTableSimilarity.Agreement
        var seconds: Double
    }

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
            var rows: [Row] = []
            for file in files {
                let clock = ContinuousClock(), start = clock.now
                let labelled = try TrainingCircuit(name: file, aig: CircuitFile.read(file), estimate: m.probabilityEstimate,
                                                   patterns: patterns, seed: seed)
                let row: Row = Tensor.withoutTape {
                    let z = m(labelled.circuit)
                    let predicted = m.predictedProbabilities(z, labelled.circuit)
                    let truth = labelled.probabilities, gates = labelled.rows
                    let mean = gates.reduce(0.0) { $0 + Double(truth[Int($1)]) } / Double(max(gates.count, 1))
                    let baseline = gates.reduce(0.0) { $0 + abs(Double(truth[Int($1)]) - mean) } / Double(max(gates.count, 1))
                    var masked: [String: MaskedAccuracy] = [:]
                    for r in ratios {
                        masked[String(r)] = m.maskedAccuracy(z, circuit: labelled.circuit, attributes: labelled.attributes,
                                                             ratio: r, seed: seed)
                    }
                    var rng = SeededGenerator(seed: seed)
                    let pairs = TruthTableSimilarity.samplePairs(labelled.gateOrder, count: similarityPairs, using: &rng)
                    let truthTable = TruthTableSimilarity.agreement(
                        predicted: TruthTableSimilarity.predicted(z.sliceColumns(m.functionalColumns), pairs).value.values,
                        truth: TruthTableSimilarity.targets(pairs, labelled.signatures!).values)
                    let d = clock.now - start
                    return Row(file: file, ands: labelled.circuit.aig.andCount,
                               levels: labelled.circuit.schedule.forward.count - 1,
                               probabilityMAE: CircuitModel.meanAbsoluteError(predicted, truth, rows: gates),
                               estimateMAE: m.probability.usesPrior
                                   ? CircuitModel.meanAbsoluteError(labelled.circuit.priorProbabilities, truth, rows: gates) : nil,
                               meanBaselineMAE: baseline, masked: masked, truthTable: truthTable,
                               seconds: Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18)
                }
                rows.append(row)
                if !json { print(line(row, ratios)) }
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                print(String(decoding: try encoder.encode(Report(model: path, rows: rows)), as: UTF8.self))
            } else {
                let n = Double(rows.count)
                let estimate = rows.allSatisfy { $0.estimateMAE != nil }
                    ? String(format: ", %@ estimate alone %.4f", m.probabilityEstimate.name, rows.map { $0.estimateMAE! }.reduce(0, +) / n) : ""
                print(String(format: "mean over %d circuits: probability MAE %.4f (mean baseline %.4f%@)",
                             rows.count, rows.map(\.probabilityMAE).reduce(0, +) / n, rows.map(\.meanBaselineMAE).reduce(0, +) / n, estimate))
                print(String(format: "mean truth-table similarity (%d pairs per circuit): correlation %.3f, MAE %.4f",
                             similarityPairs, rows.map(\.truthTable.correlation).reduce(0, +) / n,
                             rows.map(\.truthTable.meanAbsoluteError).reduce(0, +) / n))
                for r in ratios {
                    let key = String(r)
                    let acc = rows.map { $0.masked[key]! }
                    func avg(_ f: (MaskedAccuracy) -> Double) -> Double { acc.map(f).reduce(0, +) / n }
                    print(String(format: "mean masked @%.2f: kind %.3f (majority %.3f)  inversions %.3f (%.3f)  fanout %.3f (%.3f)",
                                 r, avg(\.kind), avg(\.kindMajority), avg(\.inversions), avg(\.inversionsMajority),
                                 avg(\.fanout), avg(\.fanoutMajority)))
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
        var format = 1
        var model: String
        var rows: [Row]
    }

    private func line(_ row: Row, _ ratios: [Double]) -> String {
        let masked = ratios.map { r -> String in
            let a = row.masked[String(r)]!
            return String(format: "@%.2f kind %.2f/%.2f inv %.2f/%.2f fanout %.2f/%.2f", r, a.kind, a.kindMajority,
                          a.inversions, a.inversionsMajority, a.fanout, a.fanoutMajority)
        }.joined(separator: "  ")
        let estimate = row.estimateMAE.map { String(format: ", estimate alone %.4f", $0) } ?? ""
        return String(format: "%@: and %d lev %d  probability MAE %.4f (mean baseline %.4f%@)  %@  truth-table r %.3f MAE %.3f  %.1f s",
                      row.file, row.ands, row.levels, row.probabilityMAE, row.meanBaselineMAE, estimate, masked,
                      row.truthTable.correlation, row.truthTable.meanAbsoluteError, row.seconds)
    }
}
