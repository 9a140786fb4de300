import ArgumentParser
import CircuitLearning
import Dispatch
import EDA
import Foundation
import GraphCore

/// `graphtool timing dataset`: time every design of a corpus once and write its sample.
struct TimingDataset: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dataset",
        abstract: "Time the designs of a routed corpus and write their timing samples.",
        discussion: """
            For every design of DATA_DIR (NAME.v.gz beside NAME.spef.gz; clock periods from \
            designs.tsv, else 20 ns), builds the single-clock SDC of the TT06 label pipeline \
            (clock `clk`, IO delays 0.2 × period, inv_1 driving cells, derates, propagated \
            clock), times the netlist with ideal wires, with the library's wire-load model and \
            with the SPEF at its period, and again at 1.1 × its ideal-wire critical path for the \
            endpoint slacks, and writes OUTPUT/NAME.safetensors: features (netlist, Liberty, SDC \
            only), graph, critical fan-ins, and the three timings. With --write-split, a new \
            seeded split by design (70/15/15) is written to the --split file.
            """
    )

    @Argument(help: "Directory of routed designs: NAME.v.gz beside NAME.spef.gz (e.g. ../shared/data/tt06).") var dataDirectory: String
    @Option(name: [.customShort("o"), .long], help: "Write the samples into this directory.") var output: String
    @Option(help: "The Liberty library of the designs' cells (.lib, .gz too).") var liberty: String
    @Option(help: "Write a new split of the designs here (with --seed).") var writeSplit: String?
    @Option(help: "Random seed of a new split.") var seed: UInt64 = 1
    @Option(help: "Only the first N designs (sorted by name).") var limit: Int?
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @OptionGroup var progressOptions: ProgressOptions

    struct Report: Codable {
        var format = 1
        var designs: Int
        var nodes: Int
        var endpoints: Int
        var seconds: Double
        var output: String
    }

    func run() throws {
        let clock = ContinuousClock(), start = clock.now
        do {
            let library = try LibertyReader.read(contentsOf: liberty)
            var entries = try ParasiticCorpus.entries(in: dataDirectory)
            if let limit { entries = Array(entries.prefix(max(limit, 0))) }
            let periods = try TimingCorpus.periods(in: dataDirectory)
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            if let writeSplit {
                let split = ParasiticSplit(designs: entries.map(\.design), seed: seed)
                try FileIO.writeAtomically(Array(split.tsv.utf8), to: writeSplit)
                progressOptions.reporting.note("graphtool timing dataset: wrote the split of \(entries.count) designs to \(writeSplit)")
            }
            let progress = progressOptions.line()
            let results = Results(count: entries.count)
            DispatchQueue.concurrentPerform(iterations: max(threadCount.count, 1)) { worker in
                for k in stride(from: worker, to: entries.count, by: max(threadCount.count, 1)) {
                    let entry = entries[k]
                    results.set(k, Result {
                        let sample = try TimingCorpus.sample(netlist: entry.netlist, spef: entry.spef, library: library,
                                                             period: periods[entry.design] ?? TimingCorpus.defaultPeriod)
                        try sample.write(to: (output as NSString).appendingPathComponent(entry.design + ".safetensors"))
                        return (sample.nodeCount, sample.endpoints.count)
                    }) { done in progress.update("timing designs \(done)/\(entries.count)  \(entry.design)") }
                }
            }
            progress.finish()
            var nodes = 0, endpoints = 0
            for result in results.values {
                let (n, e) = try result!.get()
                nodes += n
                endpoints += e
            }
            let elapsed = clock.now - start
            let report = Report(designs: entries.count, nodes: nodes, endpoints: endpoints,
                                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18, output: output)
            print(json ? try JSONText.of(report) : String(format: "%d designs, %d nodes, %d endpoints timed in %.1f s; samples in %@",
                                                          report.designs, report.nodes, report.endpoints, report.seconds, output))
        } catch {
            StandardError.line("graphtool timing dataset: \(error)")
            throw ExitCode.failure
        }
    }
}

/// The per-design outcomes of the dataset workers, set under a lock.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var values: [Result<(Int, Int), any Error>?]
    private var done = 0

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ k: Int, _ result: Result<(Int, Int), any Error>, progress: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        values[k] = result
        done += 1
        progress(done)
    }
}
