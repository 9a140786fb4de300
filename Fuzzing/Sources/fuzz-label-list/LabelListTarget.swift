import FuzzSupport
import GraphCore

/// Node label lists: `LabelListReader.parse` on the bytes in memory. Every label must be a class
/// or `-1` (unlabeled); rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLabelList(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        let labels = try LabelListReader.parse(Fuzz.bytes(data, size), path: "labels.tsv")
        Fuzz.require(labels.allSatisfy { $0 >= -1 }, "a label below -1")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
    }
    return 0
}
