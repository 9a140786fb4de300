import CircuitLearning
import FuzzSupport
import GNN

/// Parasitic estimator checkpoints (`ParasiticEstimator.load(from:)`, on the bytes in a scratch
/// file) and split files (`ParasiticSplit(tsv:path:)`). A loaded model has the hidden size its
/// metadata names; an accepted split writes and reads back equal. Rejections must be one-line
/// `CheckpointError`s or `ParasiticError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParasiticModel(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        let (model, metadata) = try ParasiticEstimator.load(from: Fuzz.scratchFile(bytes).path)
        Fuzz.require(metadata["hidden"].flatMap(Int.init) == model.configuration.hidden,
                     "metadata hidden \(metadata["hidden"] ?? "missing") loaded as \(model.configuration.hidden)")
    } catch {
        Fuzz.checkRejection(error, is: CheckpointError.self, ParasiticError.self)
    }
    do {
        let split = try ParasiticSplit(tsv: String(decoding: bytes, as: UTF8.self), path: "fuzz.tsv")
        let again = try ParasiticSplit(tsv: split.tsv, path: "again.tsv")
        Fuzz.require(again == split, "a split does not read back equal")
    } catch {
        Fuzz.checkRejection(error, is: ParasiticError.self)
    }
    return 0
}
