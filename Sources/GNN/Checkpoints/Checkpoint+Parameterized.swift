import Foundation
import GraphCore

extension Parameterized {
    /// Saves every parameter under its dotted name, with `configuration` (e.g. layer sizes) in
    /// `__metadata__`, atomically.
    /// - Throws: `CheckpointError.io`.
    /// - Complexity: O(total parameter count)
    public func saveCheckpoint(to url: URL, configuration: [String: String] = [:]) throws {
        var tensors: [String: Matrix] = [:]
        for p in namedParameters { tensors[p.name] = p.tensor.value }
        try SafeTensors.write(.init(tensors: tensors, metadata: configuration), to: url)
    }

    /// Loads parameters from `contents` into this layer or model. All names and shapes are checked first;
    /// on any mismatch nothing is changed.
    /// - Throws: `CheckpointError.mismatch` listing missing, unexpected and mis-shaped names.
    /// - Complexity: O(total parameter count)
    public func loadParameters(from contents: SafeTensors.Contents) throws {
        let parameters = namedParameters
        let names = Set(parameters.map(\.name))
        let missing = parameters.map(\.name).filter { contents.tensors[$0] == nil }
        let unexpected = contents.tensors.keys.filter { !names.contains($0) }.sorted()
        let wrongShapes = parameters.compactMap { p -> CheckpointError.ShapeMismatch? in
            guard let stored = contents.tensors[p.name],
                  stored.rows != p.tensor.rows || stored.columns != p.tensor.columns else { return nil }
            return .init(name: p.name, expected: [p.tensor.rows, p.tensor.columns], found: [stored.rows, stored.columns])
        }
        guard missing.isEmpty, unexpected.isEmpty, wrongShapes.isEmpty else {
            throw CheckpointError.mismatch(missing: missing, unexpected: unexpected, wrongShapes: wrongShapes)
        }
        for p in parameters { p.tensor.value = contents.tensors[p.name]! }
    }

    /// Reads the checkpoint at `url` and loads it (see ``loadParameters(from:)``).
    /// - Returns: the file's `__metadata__`.
    /// - Complexity: O(file size)
    @discardableResult
    public func loadCheckpoint(from url: URL) throws -> [String: String] {
        let contents = try SafeTensors.read(from: url)
        try loadParameters(from: contents)
        return contents.metadata
    }
}
