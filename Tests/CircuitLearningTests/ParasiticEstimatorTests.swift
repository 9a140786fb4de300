import EDA
import Foundation
import GNN
import GraphCore
import Testing
@testable import CircuitLearning

/// The estimator end to end on gcd: a short training run, the checkpoint round trip, and the
/// predicted SPEF read back onto the netlist.
@Suite(.enabled(if: ParasiticData.directory != nil, "../shared/data is absent"))
struct ParasiticEstimatorTests {
    static func trained(_ convolution: ParasiticEstimator.Configuration.Convolution = .sage) throws -> ParasiticEstimator {
        let gcd = try #require(ParasiticData.gcd), library = try #require(ParasiticData.library)
        var configuration = ParasiticTraining.configuration(cellTypes: library.cells.count, hidden: 16, layers: 2, designs: [gcd])
        configuration.convolution = convolution
        var generator = SeededGenerator(seed: 3)
        let model = ParasiticEstimator(configuration, generator: &generator)
        var options = ParasiticTrainingOptions()
        options.epochs = 3
        options.threads = 1
        try ParasiticTraining.train(model, train: [gcd], validation: [gcd], options: options)
        return model
    }

    /// Training lowers the error on its own design below the untrained model's, and the saved
    /// model (GraphSAGE or GAT encoder) predicts exactly what it did before saving.
    @Test(arguments: ParasiticEstimator.Configuration.Convolution.allCases)
    func trainsAndRoundTripsThroughItsCheckpoint(_ convolution: ParasiticEstimator.Configuration.Convolution) throws {
        let gcd = try #require(ParasiticData.gcd), library = try #require(ParasiticData.library)
        var generator = SeededGenerator(seed: 3)
        var configuration = ParasiticTraining.configuration(cellTypes: library.cells.count, hidden: 16, layers: 2, designs: [gcd])
        configuration.convolution = convolution
        let untrained = ParasiticEstimator(configuration, generator: &generator)
        let model = try Self.trained(convolution)
        let before = ParasiticTraining.validationScore(untrained, [gcd], threads: 1)
        let after = ParasiticTraining.validationScore(model, [gcd], threads: 1)
        #expect(after > before, "validation score \(before) → \(after)")
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("parasitic-\(UUID()).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try model.save(to: path, metadata: ["command": "test"])
        let (loaded, metadata) = try ParasiticEstimator.load(from: path)
        #expect(metadata["command"] == "test" && loaded.configuration == model.configuration)
        #expect(loaded.predict(gcd.graph, threads: 1).net[.total] == model.predict(gcd.graph, threads: 1).net[.total])
    }

    /// A checkpoint of another kind is refused with the reason.
    @Test func refusesOtherCheckpoints() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("other-\(UUID()).safetensors").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var generator = SeededGenerator(seed: 1)
        try Linear(inputSize: 2, outputSize: 2, generator: &generator).saveCheckpoint(to: URL(fileURLWithPath: path))
        #expect(throws: ParasiticError.badModel(path: path, reason: "its metadata lacks model=parasitic-estimator")) {
            try ParasiticEstimator.load(from: path)
        }
    }

    /// The predicted SPEF has a `*D_NET` for every net of the graph, maps exactly onto the
    /// netlist, and states the predicted total wherever the couplings fit in it.
    @Test func predictedSPEFReadsBackOntoTheNetlist() throws {
        let gcd = try #require(ParasiticData.gcd), library = try #require(ParasiticData.library)
        let model = try Self.trained()
        let graph = gcd.graph, netlist = try #require(graph.netlist)
        let wires = model.lumpedParasitics(graph, threads: 1)
        let isOutput = (0 ..< netlist.pinCount).map { p in
            library.cell(named: netlist.cellType(of: Int(netlist.pinInstance[p])))?.pin(named: netlist.pinName(p))?.isOutput ?? false
        }
        let parasitics = try SPEFReader.read(bytes: Array(SPEFWriter.write(wires, netlist: netlist, isOutput: isOutput).utf8), fileName: "predicted.spef")
        let mapping = parasitics.mapping(to: netlist)
        #expect(mapping.unmappedNets.isEmpty && mapping.unmappedPins.isEmpty && mapping.misplacedPins.isEmpty)
        #expect(parasitics.netCount == graph.netCount)
        let predicted = model.predict(graph, threads: 1).net[.total]!
        for k in 0 ..< graph.netCount {
            let net = try #require(parasitics.net(named: graph.netNames[k]))
            let ground = parasitics.groundCapacitance(of: net)
            #expect(ground >= 0)
            if ground > 0 { #expect(abs(parasitics.netTotalCapacitance[net] - Double(predicted[k])) <= 1e-5 * max(1, Double(predicted[k]))) }
        }
    }
}
