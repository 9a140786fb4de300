import CircuitLearning
import EDA
import Foundation
import GNN
import GraphCore
import Testing

/// `CircuitModel.load` checks the metadata's sizes against the file before building a model.
@Suite struct CircuitModelLoadTests {
    static func withDirectory(_ body: (URL) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("model-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try body(directory)
    }

    /// Every architecture and prior at two sizes loads: the parameter count predicted from the
    /// metadata equals the one the model has.
    @Test(arguments: CircuitModel.Architecture.allCases, ProbabilityHead.Prior.allCases)
    func savedModelsOfEverySizeLoad(architecture: CircuitModel.Architecture, prior: ProbabilityHead.Prior) throws {
        try Self.withDirectory { directory in
            for hidden in [5, 24] {
                let url = directory.appendingPathComponent("m\(hidden).safetensors")
                let model = CircuitModel(architecture: architecture, hidden: hidden, seed: 2, probabilityPrior: prior)
                try model.save(to: url)
                let loaded = try CircuitModel.load(from: url).model
                #expect(loaded.hidden == hidden && loaded.namedParameters.map(\.tensor.value) == model.namedParameters.map(\.tensor.value))
            }
        }
    }

    /// A small file claiming a huge hidden size is refused before a model of that size is built
    /// (a model of hidden size 10⁶ would need tens of terabytes).
    @Test(arguments: ["5", "1000000", "\(Int.max)"])
    func aHiddenSizeTheTensorsDoNotHoldIsRefused(hidden: String) throws {
        try Self.withDirectory { directory in
            let model = CircuitModel(hidden: 4, seed: 1)
            var tensors: [String: Matrix] = [:]
            for p in model.namedParameters { tensors[p.name] = p.tensor.value }
            let url = directory.appendingPathComponent("forged.safetensors")
            try SafeTensors.write(.init(tensors: tensors, metadata: model.configuration.merging(["hidden": hidden]) { $1 }), to: url)
            let error = #expect(throws: CircuitModelError.self) { try CircuitModel.load(from: url) }
            guard case let .sizeMismatch(path, claimed, _, stored)? = error else {
                Issue.record("expected sizeMismatch, got \(String(describing: error))")
                return
            }
            #expect(path == url.path && String(claimed) == hidden)
            #expect(stored == tensors.values.reduce(0) { $0 + $1.values.count })
            #expect(error?.description.contains("hidden size \(hidden)") == true)
        }
    }
}
