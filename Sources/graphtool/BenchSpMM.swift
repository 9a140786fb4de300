import ArgumentParser
import Foundation
import GraphCore

/// `graphtool bench spmm`: median time of `A · X` on a random graph.
struct BenchSpMM: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spmm",
        abstract: "Time sparse-dense products A·X on a random graph.",
        discussion: """
            Builds a random directed graph with NODES nodes and DEGREE out-edges per node (targets \
            uniform), a NODES×COLS feature matrix, and reports the median wall time of REPEATS runs of \
            A·X (median_seconds) and the median CPU time of the process over each run \
            (cpu_seconds_median; on one thread, the run's time on a core).
            """
    )

    @Option(help: "Number of nodes.") var nodes = 1_000_000
    @Option(help: "Out-edges per node.") var degree = 10
    @Option(help: "Columns of the dense matrix.") var cols = 32
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    var threads: Int { threadCount.count }
    @Option(help: "Timed repetitions.") var repeats = 10
    @Option(help: "Random seed.") var seed: UInt64 = 0
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard nodes > 0, degree >= 0, cols > 0, threads > 0, repeats > 0 else {
            throw ValidationError("--nodes, --cols, --threads and --repeats must be positive, --degree non-negative")
        }
        guard nodes <= Int(Int32.max) else { throw ValidationError("--nodes must be at most \(Int32.max)") }
    }

    func run() throws {
        var rng = SeededGenerator(seed: seed)
        let graph = try RandomGraphs.uniformOutDegree(nodes: nodes, degree: degree, using: &rng)
        var x = Matrix(rows: nodes, columns: cols)
        x.withUnsafeMutableValues { values in
            for i in values.indices { values[i] = rng.nextUnitFloat() - 0.5 }
        }
        _ = graph.spmm(x, threads: threads)  // warm-up
        let times = (0 ..< repeats).map { _ in
            Stopwatch.wallAndCPUSeconds { _ = graph.spmm(x, threads: threads) }
        }
        let report = BenchReport(benchmark: "spmm", parameters: [
            "nodes": nodes, "degree": degree, "cols": cols, "threads": threads, "repeats": repeats,
            "edges": graph.edgeCount,
        ], medianSeconds: times.map(\.wall).median(), measurements: ["cpu_seconds_median": times.map(\.cpu).median()])
        try report.print(json: json)
    }
}
