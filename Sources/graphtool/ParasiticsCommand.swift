import ArgumentParser

/// `graphtool parasitics`: parasitic estimation from the netlist (CircuitGCL-style).
struct ParasiticsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parasitics",
        abstract: "Estimate net ground and coupling capacitance from a netlist, learned on extracted designs.",
        discussion: """
            Each design becomes a graph of device, pin and net nodes (power, ground and \
            physical-only cells left out) with features from the netlist and the Liberty library \
            only; the targets come from its SPEF, or from magic's extracted SPICE in a qflow \
            corpus (benchmarks/qflow-parasitics-data.sh). `dataset` reports the corpus and the trivial \
            baselines, `train` fits the GNN, `evaluate` scores a model on held-out designs beside \
            the baselines, and `predict` writes a SPEF of predicted capacitances that `graphtool \
            sta --spef` reads.
            """,
        subcommands: [ParasiticsDataset.self, ParasiticsTrain.self, ParasiticsEvaluate.self, ParasiticsPredict.self]
    )
}

/// The corpus and its split, shared by the `parasitics` subcommands.
struct ParasiticsCorpusOptions: ParsableArguments {
    @Argument(help: "Directory of extracted designs: NAME.v.gz beside NAME.spef.gz (e.g. ../shared/data/tt06), or folders NAME/ with NAME.v and NAME.pex.spice (qflow).")
    var dataDirectory: String
    @Option(help: "The Liberty library of the designs' cells (.lib, .gz too).") var liberty: String
    @Option(help: "The by-design split (TSV: design<TAB>train|validation|test), e.g. benchmarks/parasitics-split.tsv.")
    var split: String
    @Flag(help: "Technology-independent features: no cell types; pin capacitances and cell areas relative to each design's medians (to transfer between technologies).")
    var technologyIndependent = false
    @Flag(help: "Read each design from its SPICE netlist (NAME/NAME.spc of a qflow corpus: transistors as devices) instead of its Verilog.")
    var spice = false
}
