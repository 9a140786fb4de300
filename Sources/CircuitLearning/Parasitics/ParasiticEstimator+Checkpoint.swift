import Foundation
import GNN
import GraphCore

extension ParasiticEstimator {
    /// The metadata key that marks a parasitic estimator checkpoint.
    static let kindKey = "model", kindValue = "parasitic-estimator"

    /// The configuration as checkpoint metadata, plus `extra` (command, library, metrics).
    func metadata(_ extra: [String: String]) -> [String: String] {
        func list(_ values: [Float]) -> String { values.map { String($0) }.joined(separator: ",") }
        return extra.merging([Self.kindKey: Self.kindValue, "hidden": String(configuration.hidden), "layers": String(configuration.layers),
                              "cellEmbedding": String(configuration.cellEmbedding), "cellTypes": String(configuration.cellTypes),
                              "convolution": configuration.convolution.rawValue, "gatHeads": String(configuration.gatHeads),
                              "targetMean": list(configuration.targetMean), "targetScale": list(configuration.targetScale)]) { _, own in own }
    }

    /// Writes the model as safetensors, atomically. - Complexity: O(parameters)
    public func save(to path: String, metadata extra: [String: String] = [:]) throws {
        try saveCheckpoint(to: URL(fileURLWithPath: path), configuration: metadata(extra))
    }

    /// Reads a model `save(to:)` wrote. - Returns: the model and its metadata.
    /// - Throws: `ParasiticError.badModel` when the metadata is not an estimator's; checkpoint errors.
    /// - Complexity: O(file size)
    public static func load(from path: String) throws -> (model: ParasiticEstimator, metadata: [String: String]) {
        let contents = try SafeTensors.read(from: URL(fileURLWithPath: path))
        let meta = contents.metadata
        guard meta[kindKey] == kindValue else { throw ParasiticError.badModel(path: path, reason: "its metadata lacks \(kindKey)=\(kindValue)") }
        func int(_ key: String) throws -> Int {
            guard let value = meta[key].flatMap(Int.init), value > 0 else { throw ParasiticError.badModel(path: path, reason: "metadata \(key) is not a positive integer") }
            return value
        }
        func floats(_ key: String) throws -> [Float] {
            let values = (meta[key] ?? "").split(separator: ",").compactMap { Float($0) }
            guard values.count == NetCapacitance.allCases.count else { throw ParasiticError.badModel(path: path, reason: "metadata \(key) needs \(NetCapacitance.allCases.count) numbers") }
            return values
        }
        var configuration = Configuration(cellTypes: try int("cellTypes"))
        configuration.hidden = try int("hidden")
        configuration.layers = try int("layers")
        configuration.cellEmbedding = try int("cellEmbedding")
        configuration.targetMean = try floats("targetMean")
        configuration.targetScale = try floats("targetScale")
        // Checkpoints from before the GAT option are GraphSAGE ones.
        guard let convolution = Configuration.Convolution(rawValue: meta["convolution"] ?? "sage") else {
            throw ParasiticError.badModel(path: path, reason: "metadata convolution is not one of \(Configuration.Convolution.allCases.map(\.rawValue))")
        }
        configuration.convolution = convolution
        if convolution == .gat {
            configuration.gatHeads = try int("gatHeads")
            guard configuration.hidden % configuration.gatHeads == 0 else {
                throw ParasiticError.badModel(path: path, reason: "metadata gatHeads does not divide hidden")
            }
        }
        let layerTensor = convolution == .sage ? "rootWeight" : "weight"
        // The stored tensors must have the shapes the metadata names before anything is allocated.
        func shape(_ name: String) -> (Int, Int)? { contents.tensors[name].map { ($0.rows, $0.columns) } }
        guard let table = shape("cellTable"), table == (configuration.cellTypes + 1, configuration.cellEmbedding),
              let input = shape("input.weight"), input == (ParasiticFeature.count + configuration.cellEmbedding, configuration.hidden),
              shape("convolution\(configuration.layers - 1).\(layerTensor)") != nil, shape("convolution\(configuration.layers).\(layerTensor)") == nil
        else { throw ParasiticError.badModel(path: path, reason: "its tensors do not have the shapes its metadata (cellTypes, cellEmbedding, hidden, layers) names") }
        var generator = SeededGenerator(seed: 0)
        let model = ParasiticEstimator(configuration, generator: &generator)
        try model.loadParameters(from: contents)
        return (model, meta)
    }
}
