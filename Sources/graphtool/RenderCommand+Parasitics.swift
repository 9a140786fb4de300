import ArgumentParser
import CircuitLearning
import CircuitRender
import EDA
import Foundation
import GraphCore

extension RenderCommand {
    /// Predicts the netlist's capacitances with `model` and draws net `name` in its neighbourhood.
    func renderParasitics(model: String, net name: String) throws {
        let drawing: ParasiticDrawing
        do {
            let library = try LibertyReader.read(contentsOf: liberty!)
            let (estimator, _) = try ParasiticEstimator.load(from: model)
            guard estimator.configuration.cellTypes == library.cells.count else {
                throw ParasiticError.badModel(path: model, reason: "it was trained with a library of \(estimator.configuration.cellTypes) cells, \(liberty!) has \(library.cells.count); pass the library it was trained with")
            }
            let graph = try ParasiticDesign.load(netlist: file, spef: nil, library: library).graph
            guard let k = graph.netNames.firstIndex(of: name) else {
                StandardError.line("graphtool render: \(file) has no signal net named '\(name)' (supply nets and nets without cell pins have no node); 'graphtool parasitics predict' lists every net in its SPEF")
                throw ExitCode.failure
            }
            let capacitance = estimator.predict(graph, threads: Parallel.coreCount).net[.total]!
            drawing = try ParasiticDrawing(graph, net: k, capacitance: capacitance, maxNodes: maxNodes)
            reporting.note(String(format: "graphtool render: net %@, predicted total capacitance %.3f fF; %d nodes within %d hops", name, Double(capacitance[k]), drawing.nodes.count, drawing.hops))
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.line("graphtool render: \(error)")
            throw ExitCode.failure
        }
        let plan = try drawing.plan()
        try plan.render(to: output, engine: engine, name: URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent)
        reporting.note("graphtool render: wrote \(output) (\(plan.graph.nodeCount) nodes, \(plan.graph.edgeCount) edges)")
    }
}
