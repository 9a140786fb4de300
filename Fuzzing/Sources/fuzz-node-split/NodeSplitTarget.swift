import FuzzSupport
import GraphCore

/// Node splits (`split.tsv`): `NodeSplitReader.parse` on the bytes in memory, for 64 nodes. The
/// parts must be disjoint and within the nodes; rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNodeSplit(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        let split = try NodeSplitReader.parse(Fuzz.bytes(data, size), path: "split.tsv", nodeCount: 64)
        let all = split.train + split.validation + split.test
        Fuzz.require(Set(all).count == all.count, "a node in two parts")
        Fuzz.require(all.allSatisfy { (0 ..< 64).contains($0) }, "a node outside 0..<64")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
    }
    return 0
}
