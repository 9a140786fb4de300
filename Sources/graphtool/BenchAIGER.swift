import ArgumentParser
import EDA
import Foundation

extension AIGGraphEncoding: ExpressibleByArgument {}

/// `graphtool bench aiger`: time reading an AIGER file into the AIG and its `Graph`.
struct BenchAIGER: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aiger",
        abstract: "Time reading an AIGER file into an AIG and converting it to a Graph.",
        discussion: """
            Reads FILE (.aig or .aag) REPEATS times; each time reads the AIG, then builds its \
            graph with the chosen encoding, and drops both. Reports the median of read + graph \
            (median_seconds), the medians of each step, the peak resident memory of the process \
            (peak_rss_bytes), the peak before reading (baseline_rss_bytes: the binary and its \
            libraries) and their difference (data_rss_bytes). Compare with ABC: \
            benchmarks/aiger-vs-abc.sh.
            """
    )

    @Argument(help: "The AIGER file to read.") var file: String
    @Option(help: "Graph encoding: invertedEdges or notNodes.") var encoding: AIGGraphEncoding = .invertedEdges
    @Flag(help: "Only read the AIG; skip the graph.") var noGraph = false
    @Option(help: "Timed repetitions.") var repeats = 3
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard repeats > 0 else { throw ValidationError("--repeats must be positive, got \(repeats)") }
    }

    func run() throws {
        let baseline = PeakMemory.residentBytes()
        var reads: [Double] = [], graphs: [Double] = [], totals: [Double] = []
        var counts: (ands: Int, nodes: Int, edges: Int) = (0, 0, 0)
        do {
            for _ in 0 ..< repeats {
                var aig: AIG?
                let read = try Stopwatch.seconds { aig = try AIGERReader.read(contentsOf: file) }
                var graph: AIGGraph?
                let convert = noGraph ? 0 : try Stopwatch.seconds { graph = try aig!.graph(encoding: encoding) }
                counts = (aig!.andCount, graph?.graph.nodeCount ?? 0, graph?.graph.edgeCount ?? 0)
                reads.append(read); graphs.append(convert); totals.append(read + convert)
            }
        } catch {
            FileHandle.standardError.write(Data("graphtool bench aiger: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let peak = PeakMemory.residentBytes()
        let report = BenchReport(benchmark: "aiger", parameters: [
            "ands": counts.ands, "nodes": counts.nodes, "edges": counts.edges, "repeats": repeats,
            "not_nodes": encoding == .notNodes ? 1 : 0, "graph": noGraph ? 0 : 1,
        ], medianSeconds: totals.median(), measurements: [
            "read_seconds": reads.median(), "graph_seconds": graphs.median(),
            "peak_rss_bytes": Double(peak), "baseline_rss_bytes": Double(baseline),
            "data_rss_bytes": Double(peak - baseline),
        ])
        try report.print(json: json)
    }
}
