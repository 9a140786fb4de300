import CircuitLearning
import FuzzSupport
import GNN

/// Circuit-encoder checkpoints: `CircuitModel.load(from:)`, which reads only from a path, on the
/// bytes in a scratch file. A loaded model must have the hidden size its metadata names;
/// rejections must be one-line `CheckpointError`s or `CircuitModelError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCircuitModel(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        let (model, metadata) = try CircuitModel.load(from: Fuzz.scratchFile(Fuzz.bytes(data, size)))
        Fuzz.require(metadata["hidden"].flatMap(Int.init) == model.hidden,
                     "metadata hidden \(metadata["hidden"] ?? "missing") loaded as \(model.hidden)")
    } catch {
        Fuzz.checkRejection(error, is: CheckpointError.self, CircuitModelError.self)
    }
    return 0
}
