import ArgumentParser
import CircuitLearning
import EDA
import Foundation
import GraphCore

/// `graphtool parasitics predict`: a SPEF of predicted capacitances for a netlist before layout.
struct ParasiticsPredict: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "predict",
        abstract: "Write a SPEF of predicted net capacitances for a gate-level netlist.",
        discussion: """
            Builds the design's graph from the netlist and the Liberty library alone and writes a \
            SPEF (fF) with one *D_NET per signal net: its predicted total capacitance, a lumped \
            ground capacitance and predicted coupling capacitors to the nets that share a cell \
            with it, all on the net's driver pin, joined to its other pins by 0 Ω resistors (no \
            wire resistance). Names are written as OpenSTA reads them (escaped identifiers' \
            brackets and slashes escaped). `graphtool sta --spef` and OpenSTA read it.
            """
    )

    @Argument(help: "The gate-level Verilog netlist (.gz too).") var design: String
    @Option(help: "The trained model (safetensors from `parasitics train`).") var model: String
    @Option(help: "The Liberty library (.lib, .gz too).") var liberty: String
    @Option(name: [.customShort("o"), .long], help: "Write the SPEF here.") var output: String
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @OptionGroup var quiet: QuietOption

    func run() throws {
        do {
            let library = try LibertyReader.read(contentsOf: liberty)
            let (estimator, _) = try ParasiticEstimator.load(from: model)
            guard estimator.configuration.cellTypes == library.cells.count else {
                throw ParasiticError.badModel(path: model, reason: "it was trained with a library of \(estimator.configuration.cellTypes) cells, \(liberty) has \(library.cells.count); pass the library it was trained with")
            }
            let graph = try ParasiticDesign.load(netlist: design, spef: nil, library: library).graph
            let wires = estimator.lumpedParasitics(graph, threads: threadCount.count)
            let netlist = graph.netlist!  // a graph read from Verilog has its netlist
            let isOutput = (0 ..< netlist.pinCount).map { p in
                library.cell(named: netlist.cellType(of: Int(netlist.pinInstance[p])))?.pin(named: netlist.pinName(p))?.isOutput ?? false
            }
            let text = SPEFWriter.write(wires, netlist: netlist, isOutput: isOutput, program: "graphtool parasitics predict")
            try FileIO.writeAtomically(Array(text.utf8), to: output)
            quiet.note("graphtool parasitics predict: \(graph.netCount) nets, \(wires.couplings.count) coupling capacitors written to \(output)")
        } catch {
            StandardError.line("graphtool parasitics predict: \(error)")
            throw ExitCode.failure
        }
    }
}
