import Foundation
import GNN
import GraphCore

extension TimingPredictor {
    /// The metadata key that marks a timing predictor checkpoint.
    static let kindKey = "model", kindValue = "timing-predictor"

    /// Writes the model as safetensors, atomically, with its configuration and `extra`
    /// (command, library, metrics) as metadata. - Complexity: O(parameters)
    public func save(to path: String, metadata extra: [String: String] = [:]) throws {
        var own = [Self.kindKey: Self.kindValue, "architecture": configuration.kind.rawValue, "hidden": String(configuration.hidden),
                   "layers": String(configuration.layers), "targetScale": configuration.targetScale.map { String($0) }.joined(separator: ","),
                   "features": String(TimingFeature.count)]
        if configuration.kind == .preRoutGNN {
            let shape = configuration.pretraining
            own["pretraining"] = "\(shape.kind.rawValue),\(shape.hidden),\(shape.latent)"
        }
        try saveCheckpoint(to: URL(fileURLWithPath: path), configuration: extra.merging(own) { _, own in own })
    }

    /// Reads a model `save(to:)` wrote. - Returns: the model and its metadata.
    /// - Throws: `TimingError.badModel` when the metadata or shapes are not a predictor's; checkpoint errors.
    /// - Complexity: O(file size)
    public static func load(from path: String) throws -> (model: TimingPredictor, metadata: [String: String]) {
        let contents = try SafeTensors.read(from: URL(fileURLWithPath: path))
        let meta = contents.metadata
        func bad(_ reason: String) -> TimingError { .badModel(path: path, reason: reason) }
        guard meta[kindKey] == kindValue else { throw bad("its metadata lacks \(kindKey)=\(kindValue)") }
        guard let kind = meta["architecture"].flatMap(Kind.init(rawValue:)) else {
            throw bad("metadata architecture is not one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard meta["features"] == String(TimingFeature.count) else { throw bad("it reads \(meta["features"] ?? "?") features, this graphtool makes \(TimingFeature.count)") }
        var configuration = Configuration(kind: kind)
        guard let hidden = meta["hidden"].flatMap(Int.init), let layers = meta["layers"].flatMap(Int.init), hidden > 0, layers > 0, hidden <= 4096, layers <= 64 else {
            throw bad("metadata hidden and layers must be positive integers")
        }
        let scale = (meta["targetScale"] ?? "").split(separator: ",").compactMap { Float($0) }
        guard scale.count == targetCount, scale.allSatisfy({ $0.isFinite && $0 > 0 }) else { throw bad("metadata targetScale needs \(targetCount) positive numbers") }
        (configuration.hidden, configuration.layers, configuration.targetScale) = (hidden, layers, scale)
        if kind == .preRoutGNN {
            let parts = (meta["pretraining"] ?? "").split(separator: ",").map(String.init)
            guard parts.count == 3, let autoencoder = GraphAutoencoder.Kind(rawValue: parts[0]), let h = Int(parts[1]), let z = Int(parts[2]),
                  (1 ... 4096).contains(h), (1 ... 4096).contains(z) else {
                throw bad("metadata pretraining must be 'gae|vgae,hidden,latent' with positive widths")
            }
            configuration.pretraining = Pretraining(kind: autoencoder, hidden: h, latent: z)
        }
        guard let input = contents.tensors["input.weight"], input.rows == configuration.inputWidth, input.columns == hidden,
              contents.tensors["convolution\(layers - 1).rootWeight"] != nil || contents.tensors["convolution\(layers - 1).weight"] != nil
        else { throw bad("its tensors do not have the shapes its metadata (hidden, layers) names") }
        var generator = SeededGenerator(seed: 0)
        let model = TimingPredictor(configuration, generator: &generator)
        try model.loadParameters(from: contents)
        return (model, meta)
    }
}
