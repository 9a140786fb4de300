import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GraphCore

/// `graphtool parasitics dataset`: the corpus, its split and the trivial baselines.
struct ParasiticsDataset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Report a corpus of extracted designs, its split and the trivial baselines.",
        discussion: """
            Reads every design of DATA_DIR, builds its graph from the netlist and its targets from \
            the SPEF, and reports sizes, what did not map, the coupled pairs by kind and the \
            capacitance classes. The baselines (the training mean, a per-fanout average as a \
            wire-load model, and a linear fit on the net features) are fitted on the training \
            designs and scored on the validation and test designs. With --write-split, the split \
            is made first (seeded, by design, 70/15/15) and written to the --split file.
            """
    )

    @OptionGroup var corpus: ParasiticsCorpusOptions
    @Flag(help: "Make a new split of DATA_DIR's designs with --seed and write it to the --split file.") var writeSplit = false
    @Option(help: "Random seed of a new split.") var seed: UInt64 = 1
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    func run() throws {
        do {
            let library = try LibertyReader.read(contentsOf: corpus.liberty)
            let entries = try ParasiticCorpus.entries(in: corpus.dataDirectory)
            if writeSplit {
                let split = ParasiticSplit(designs: entries.map(\.design), seed: seed)
                try FileIO.writeAtomically(Array(split.tsv.utf8), to: corpus.split)
                progressOptions.reporting.note("graphtool parasitics: wrote the split of \(entries.count) designs to \(corpus.split)")
            }
            let loaded = try ParasiticsLoadedCorpus(options: corpus, entries: entries, library: library, progress: progressOptions.line())
            let report = ParasiticsDatasetReport(loaded)
            if json {
                print(try report.jsonText())
            } else {
                print(report.text)
            }
        } catch let error as ValidationError {
            throw error
        } catch {
            StandardError.line("graphtool parasitics dataset: \(error)")
            throw ExitCode.failure
        }
    }
}
