import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import Glibc
import GraphCore

/// `graphtool timing predict`: predicted post-route timing of a netlist before layout.
struct TimingPredict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Write the predicted post-route timing of a gate-level netlist, per pin.",
        discussion: """
            Times the netlist with ideal wires and with the library's wire-load model under the \
            SDC, runs the model on the features, and writes one row per pin in the columns of \
            `graphtool sta --pins` (ps): predicted late arrivals, slews, and at endpoints the \
            slacks and required times under the SDC's clock; NA for the early (min) columns and \
            where the model predicts nothing.
            """
    )

    @Argument(help: "The gate-level Verilog netlist (.gz too).") var design: String
    @Option(help: "The trained model (safetensors from `timing train`).") var model: String
    @Option(help: "The Liberty library (.lib, .gz too).") var liberty: String
    @Option(help: "The SDC constraints.") var sdc: String
    @Option(name: [.customShort("o"), .long], help: "Write the pins table (TSV) here.") var output: String
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @OptionGroup var quiet: QuietOption

    func run() throws {
        // Processor time, not wall time: the split stays meaningful on a shared machine.
        func processorSeconds() -> Double { Double(Glibc.clock()) / Double(CLOCKS_PER_SEC) }
        let start = processorSeconds()
        BLASThreads.limit(to: threadCount.count)
        do {
            let library = try LibertyReader.read(contentsOf: liberty)
            let (predictor, _) = try TimingPredictor.load(from: model)
            let netlist = try TimingCorpus.netlist(design, library: library)
            let constraints = try SDCReader.read(contentsOf: sdc, netlist: netlist)
            for warning in constraints.warnings { quiet.warn("graphtool timing predict: warning: \(warning)") }
            let graph = TimingGraph(netlist: netlist, library: library)
            let sample = TimingSample(netlist: netlist, library: library, constraints: constraints, tightConstraints: { _ in nil },
                                          parasitics: nil, graph: graph)
            let timed = processorSeconds()
            let values = predictor.predict(sample, threads: threadCount.count)
            let predicted = processorSeconds()
            var endpointOf = [Int: Int]()
            for (k, node) in sample.endpoints.enumerated() { endpointOf[Int(node)] = k }
            func value(_ v: Float) -> Double? { v.isFinite ? Double(v) : nil }
            let text = TimingAnalysis.pinsTable(graph: graph, netlist: netlist, library: library, endpoints: Set(endpointOf.keys)) { node in
                let arrival = (0 ..< 2).map { value(values.arrivals[2 * node + $0]) }
                let slack = (0 ..< 2).map { rf in endpointOf[node].flatMap { value(values.slacks[2 * $0 + rf]) } }
                let required = (0 ..< 2).map { rf in arrival[rf].flatMap { a in slack[rf].map { a + $0 } } }
                return [arrival[0], arrival[1], nil, nil, required[0], required[1], slack[0], slack[1], nil, nil,
                        value(values.slews[2 * node]), value(values.slews[2 * node + 1])]
            }
            try FileIO.writeAtomically(Array(text.utf8), to: output)
            quiet.note(String(format: "graphtool timing predict: %d pins, %d endpoints written to %@ (processor time: reading and timing %.2f s, model %.2f s)",
                              sample.nodeCount, sample.endpoints.count, output, timed - start, predicted - timed))
        } catch {
            StandardError.line("graphtool timing predict: \(error)")
            throw ExitCode.failure
        }
    }
}
