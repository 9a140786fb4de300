import CircuitLearning
import Foundation
import GraphCore
import ArgumentParser

/// `graphtool timing`: pre-routing timing prediction (TimingGCN-style).
struct TimingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timing",
        abstract: "Predict post-route arrival times, slews and slacks from a netlist, learned on routed designs.",
        discussion: """
            Each design becomes its timing graph (pins and ports; net edges driver → load, cell \
            edges input → output) with features from the netlist, the Liberty library and the \
            SDC only, and targets from graphtool's own STA with the design's SPEF. `dataset` \
            times the designs once and writes the samples, `train` fits a model, `evaluate` \
            scores it on held-out designs beside STA without SPEF and with the wire-load model, \
            and `predict` writes predicted per-pin timing in the columns of `graphtool sta --pins`.
            """,
        subcommands: [TimingDataset.self, TimingTrain.self, TimingEvaluate.self, TimingPredict.self]
    )
}

/// The samples directory and its split, shared by `timing train` and `timing evaluate`.
struct TimingDatasetOptions: ParsableArguments {
    @Option(help: "Directory of samples `graphtool timing dataset` wrote (NAME.safetensors).") var dataset: String
    @Option(help: "The by-design split (TSV: design<TAB>train|validation|test), e.g. benchmarks/timing-split.tsv.")
    var split: String

    /// The split and the samples of `parts`, by part.
    func load(_ parts: [ParasiticSplit.Part], progress: ProgressLine) throws -> (ParasiticSplit, [ParasiticSplit.Part: [TimingSample]]) {
        let split = try ParasiticSplit(tsv: String(decoding: try FileIO.readAll(self.split), as: UTF8.self), path: self.split)
        let total = parts.reduce(0) { $0 + split.designs(in: $1).count }
        var done = 0, samples: [ParasiticSplit.Part: [TimingSample]] = [:]
        for part in parts {
            samples[part] = try split.designs(in: part).map { design in
                let path = (dataset as NSString).appendingPathComponent(design + ".safetensors")
                guard FileManager.default.fileExists(atPath: path) else { throw TimingError.missingSample(directory: dataset, design: design) }
                done += 1
                progress.update("reading samples \(done)/\(total)  \(design)")
                return try TimingSample.read(from: path)
            }
        }
        progress.finish()
        return (split, samples)
    }
}
