import ArgumentParser

/// `graphtool bench`: the core's timed kernels, for release builds and side-by-side comparisons.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Time core kernels (use a release build).",
        discussion: "Each subcommand prints its result; with --json, one JSON line on stdout.",
        subcommands: [BenchSpMM.self, BenchBuild.self, BenchVGAE.self, BenchAIGER.self, BenchLiberty.self, BenchSPEF.self,
                      BenchTile.self, BenchCutEstimate.self, BenchPartitionEpoch.self, BenchSampler.self]
    )
}
