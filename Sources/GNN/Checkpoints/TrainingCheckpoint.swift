import Foundation
import GraphCore

/// Everything a training loop needs to resume exactly, in one safetensors file: the model's
/// parameters (`model.<name>`), the optimizer's buffers (`optimizer.<key>`), and in
/// `__metadata__` the optimizer's counters (`optimizer.<key>`), the random generator's state
/// (`training.generator`, JSON), the epoch reached (`training.epoch`) and the caller's own entries.
///
/// Resuming means: build the model and the optimizer as before, ``load(from:into:optimizer:)``,
/// and continue from the returned epoch with the returned generator; the run then computes the
/// same numbers as one never interrupted (schedules are functions of the epoch; keep stateful
/// rules such as ``ReduceOnPlateau`` in `metadata` as JSON).
public enum TrainingCheckpoint {
    /// What a checkpoint gives back besides the parameters and optimizer state it loads.
    public struct Resumed: Sendable {
        /// The generator as it was when the checkpoint was saved.
        public let generator: SeededGenerator
        /// The last epoch completed before saving.
        public let epoch: Int
        /// The caller's metadata entries.
        public let metadata: [String: String]
    }

    private static let generatorKey = "training.generator", epochKey = "training.epoch"

    /// Saves the state of a run after `epoch`, atomically.
    /// - Throws: `CheckpointError.io`.
    /// - Complexity: O(parameters + optimizer state)
    public static func save(to url: URL, model: some Parameterized, optimizer: some StatefulOptimizer,
                            generator: SeededGenerator, epoch: Int, metadata: [String: String] = [:]) throws {
        var tensors: [String: Matrix] = [:]
        for p in model.namedParameters { tensors["model.\(p.name)"] = p.tensor.value }
        let state = optimizer.state
        for (key, value) in state.tensors { tensors["optimizer.\(key)"] = value }
        var entries = metadata
        for (key, value) in state.scalars { entries["optimizer.\(key)"] = value }
        entries[generatorKey] = String(decoding: try! JSONEncoder().encode(generator), as: UTF8.self)
        entries[epochKey] = String(epoch)
        try SafeTensors.write(.init(tensors: tensors, metadata: entries), to: url)
    }

    /// Loads a checkpoint written by ``save(to:model:optimizer:generator:epoch:metadata:)`` into
    /// `model` and `optimizer`; nothing changes when anything does not fit.
    /// - Throws: `CheckpointError` (`.mismatch` naming what does not fit the model, `.malformed`
    ///   for a missing or unreadable epoch or generator).
    /// - Complexity: O(file size)
    public static func load<O: StatefulOptimizer>(from url: URL, into model: some Parameterized,
                                                  optimizer: inout O) throws -> Resumed {
        let contents = try SafeTensors.read(from: url)
        func part(_ prefix: String) -> [String: Matrix] {
            Dictionary(uniqueKeysWithValues: contents.tensors.compactMap { key, value in
                key.hasPrefix(prefix) ? (String(key.dropFirst(prefix.count)), value) : nil
            })
        }
        let stray = contents.tensors.keys.filter { !$0.hasPrefix("model.") && !$0.hasPrefix("optimizer.") }.sorted()
        guard stray.isEmpty else { throw CheckpointError.mismatch(missing: [], unexpected: stray, wrongShapes: []) }
        guard let epochText = contents.metadata[epochKey], let epoch = Int(epochText),
              let generatorText = contents.metadata[generatorKey],
              let generator = try? JSONDecoder().decode(SeededGenerator.self, from: Data(generatorText.utf8)) else {
            throw CheckpointError.malformed(path: url.path, reason: "`__metadata__` lacks a valid `\(epochKey)` and `\(generatorKey)`; save it with `TrainingCheckpoint.save`")
        }
        let scalars = Dictionary(uniqueKeysWithValues: contents.metadata.compactMap { key, value in
            key.hasPrefix("optimizer.") ? (String(key.dropFirst("optimizer.".count)), value) : nil
        })
        var restored = optimizer
        try restored.restore(OptimizerState(tensors: part("optimizer."), scalars: scalars), for: model.namedParameters)
        try model.loadParameters(from: .init(tensors: part("model."), metadata: [:]))
        optimizer = restored
        let own = contents.metadata.filter { !$0.key.hasPrefix("optimizer.") && !$0.key.hasPrefix("training.") }
        return Resumed(generator: generator, epoch: epoch, metadata: own)
    }
}
