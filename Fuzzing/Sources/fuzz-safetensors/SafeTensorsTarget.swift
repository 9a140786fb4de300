import Foundation
import FuzzSupport
import GNN
import GraphCore

/// The models a checkpoint is loaded into: those `graphtool linkpred --model gae|vgae|masked
/// --hidden 4 --latent 2` saves for a dataset with 3 features (the seed corpus holds them).
private let models: [any LinkPredictionModel] = {
    var generator = SeededGenerator(seed: 1)
    return [
        GraphAutoencoder(kind: .gae, inputSize: 3, hiddenSize: 4, latentSize: 2, generator: &generator),
        GraphAutoencoder(kind: .vgae, inputSize: 3, hiddenSize: 4, latentSize: 2, generator: &generator),
        MaskedGraphAutoencoder(inputSize: 3, hiddenSize: 4, latentSize: 2, generator: &generator),
    ]
}()

/// safetensors GNN checkpoints: `SafeTensors.decode` on the bytes in memory, then
/// `loadParameters(from:)` into each model above. Decoded tensors must hold as many values as
/// their shapes; rejections must be one-line `CheckpointError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSafeTensors(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let contents: SafeTensors.Contents
    do {
        contents = try SafeTensors.decode(Data(Fuzz.bytes(data, size)), path: "fuzz.safetensors")
    } catch {
        Fuzz.checkRejection(error, is: CheckpointError.self)
        return 0
    }
    for (name, tensor) in contents.tensors {
        Fuzz.require(tensor.values.count == tensor.rows * tensor.columns,
                     "tensor \(name) is \(tensor.rows)×\(tensor.columns) with \(tensor.values.count) values")
    }
    for model in models {
        do {
            try model.loadParameters(from: contents)
        } catch {
            Fuzz.checkRejection(error, is: CheckpointError.self)
        }
    }
    return 0
}
