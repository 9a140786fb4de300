import ArgumentParser
import GraphCore

/// `graphtool bench build`: median time of edge list → CSR.
struct BenchBuild: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Time building a CSR graph from a random edge list.",
        discussion: "Draws EDGES uniform random edges over NODES nodes and times GraphBuilder with duplicate removal."
    )

    @Option(help: "Number of edges.") var edges = 10_000_000
    @Option(help: "Number of nodes (default: edges / 10).") var nodes: Int?
    @Option(help: "Build an undirected graph (each edge stored both ways).") var undirected = false
    @Option(help: "Timed repetitions.") var repeats = 5
    @Option(help: "Random seed.") var seed: UInt64 = 0
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard edges >= 0, repeats > 0, (nodes ?? 1) > 0 else {
            throw ValidationError("--edges must be non-negative, --nodes and --repeats positive")
        }
    }

    func run() throws {
        let nodeCount = nodes ?? max(1, edges / 10)
        var rng = SeededGenerator(seed: seed)
        let sources = (0 ..< edges).map { _ in Int32(rng.nextIndex(below: nodeCount)) }
        let targets = (0 ..< edges).map { _ in Int32(rng.nextIndex(below: nodeCount)) }
        let options = GraphBuilder.Options(directed: !undirected, dropDuplicates: true)
        var stored = 0
        let times = try (0 ..< repeats).map { _ in
            try Stopwatch.seconds {
                stored = try GraphBuilder.build(nodeCount: nodeCount, sources: sources,
                                                targets: targets, options: options).edgeCount
            }
        }
        let report = BenchReport(benchmark: "build", parameters: [
            "edges": edges, "nodes": nodeCount, "undirected": undirected ? 1 : 0,
            "repeats": repeats, "stored_edges": stored,
        ], medianSeconds: times.median())
        try report.print(json: json)
    }
}
