import FuzzSupport
import GraphCore

/// Sparse binary feature lists: `FeatureListReader.parse` on the bytes in memory. The matrix
/// must hold rows × columns values, each 0 or 1; rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeatureList(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        let features = try FeatureListReader.parse(Fuzz.bytes(data, size), path: "features.tsv")
        Fuzz.require(features.values.count == features.rows * features.columns,
                     "a \(features.rows)×\(features.columns) matrix with \(features.values.count) values")
        Fuzz.require(features.values.allSatisfy { $0 == 0 || $0 == 1 }, "a feature value other than 0 or 1")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
    }
    return 0
}
