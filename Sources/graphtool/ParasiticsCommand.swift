import ArgumentParser

/// `graphtool parasitics`: parasitic estimation from the netlist (CircuitGCL-style).
struct ParasiticsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parasitics",
        abstract: "Estimate net ground and coupling capacitance from a netlist, learned on extracted designs.",
        discussion: """
            Each design becomes a graph of device, pin and net nodes (power, ground and \
            physical-only cells left out) with features from the netlist and the Liberty library \
            only; the targets come from its SPEF. `dataset` reports the corpus and the trivial \
            baselines, `train` fits the GNN, `evaluate` scores a model on held-out designs beside \
            the baselines, and `predict` writes a SPEF of predicted capacitances that `graphtool \
            sta --spef` reads.
            """,
        subcommands: [ParasiticsDataset.self, ParasiticsTrain.self, ParasiticsEvaluate.self, ParasiticsPredict.self]
    )
}

/// The corpus and its split, shared by the `parasitics` subcommands.
struct ParasiticsCorpusOptions: ParsableArguments {
    @Argument(help: "Directory of extracted designs: NAME.v.gz beside NAME.spef.gz (e.g. ../shared/data/tt06).")
    var dataDirectory: String
    @Option(help: "The Liberty library of the designs' cells (.lib, .gz too).") var liberty: String
    @Option(help: "The by-design split (TSV: design<TAB>train|validation|test), e.g. benchmarks/parasitics-split.tsv.")
    var split: String
}
