import ArgumentParser

/// `graphtool bin`: metagenomic binning (the default subcommand) and its evaluation.
struct Bin: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Bin metagenomic contigs into genomes (VAE + GNN over the assembly graph), or evaluate a binning.",
        subcommands: [BinRun.self, BinEvaluate.self],
        defaultSubcommand: BinRun.self
    )
}
