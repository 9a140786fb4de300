import ArgumentParser
import Foundation
import Metagenomics

/// `graphtool bin evaluate`: AMBER-style scores of a binning against a gold standard.
struct BinEvaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Score a binning against a gold standard, as AMBER does (base pairs).",
        discussion: """
            Both files are CAMI bioboxes binnings; the gold standard needs a LENGTH column. \
            Each bin maps to the genome holding most of its bases. Prints average purity (over \
            bins) and completeness (over gold genomes), their F1, accuracy, the adjusted Rand \
            index, and the genomes recovered at > 90 % completeness with < 5 % contamination \
            and at > 50 % with < 10 %.
            """
    )

    @Option(help: "Gold standard (CAMI bioboxes with LENGTH).") var gold: String
    @Argument(help: "The binning to score (CAMI bioboxes).") var binning: String
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func run() throws {
        let scores = try BinningEvaluation(binning: CAMIBinningFile.read(path: binning),
                                           gold: CAMIBinningFile.read(path: gold), goldPath: gold)
        if scores.unknownSequences > 0 {
            StandardError.line("warning: \(scores.unknownSequences) sequences of \(binning) are not in \(gold); left out")
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(scores), as: UTF8.self))
            return
        }
        print(String(format: """
            bins %d, genomes %d, assigned %.4f of the gold bases
            average purity %.4f, average completeness %.4f, F1 %.4f
            accuracy %.4f, adjusted Rand index %.4f
            genomes recovered: %d at >90%%/<5%%, %d at >50%%/<10%%
            """, scores.bins, scores.genomes, scores.assignedFraction, scores.averagePurity, scores.averageCompleteness,
            scores.f1, scores.accuracy, scores.adjustedRandIndex, scores.recovered90_5, scores.recovered50_10))
    }
}
