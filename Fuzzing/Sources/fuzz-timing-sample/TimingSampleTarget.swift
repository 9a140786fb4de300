import CircuitLearning
import FuzzSupport
import GNN

/// Timing samples (`TimingSample.read(from:)`) and timing predictor checkpoints
/// (`TimingPredictor.load(from:)`), on the bytes in a scratch file. An accepted sample has one
/// feature row per node and indices in range (its relation graph builds); a loaded model has the
/// hidden size its metadata names. Rejections must be one-line `CheckpointError`s or `TimingError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimingSample(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let path = Fuzz.scratchFile(bytes).path
    do {
        let sample = try TimingSample.read(from: path)
        Fuzz.require(sample.features.rows == sample.nodeCount && sample.fanins.count == 2 * sample.nodeCount, "a sample's arrays disagree on its node count")
        Fuzz.require(sample.relationGraph.edgeCount == 2 * sample.edgeSources.count, "the relation graph lost edges")
    } catch {
        Fuzz.checkRejection(error, is: CheckpointError.self, TimingError.self)
    }
    do {
        let (model, metadata) = try TimingPredictor.load(from: path)
        Fuzz.require(metadata["hidden"].flatMap(Int.init) == model.configuration.hidden,
                     "metadata hidden \(metadata["hidden"] ?? "missing") loaded as \(model.configuration.hidden)")
    } catch {
        Fuzz.checkRejection(error, is: CheckpointError.self, TimingError.self)
    }
    return 0
}
