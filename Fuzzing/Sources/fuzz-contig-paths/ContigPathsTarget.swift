import FuzzSupport
import GraphCore
import Metagenomics

/// Contig paths (metaSPAdes `contigs.paths`, metaFlye `assembly_info.txt`, told apart by the
/// header) over a fixed segment set: segments `1`…`9` and `edge_1`…`edge_9`. Every accepted step
/// must name one of them; rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzContigPaths(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    var segments: [String: Int32] = [:]
    for k in 1 ... 9 {
        segments["\(k)"] = Int32(k - 1)
        segments["edge_\(k)"] = Int32(k + 8)
    }
    do {
        let paths = try ContigPathsReader.parse(Fuzz.bytes(data, size), path: "fuzz.paths", segments: segments)
        Fuzz.require(paths.allSatisfy { $0.segments.allSatisfy { $0 >> 1 < 18 } }, "a step outside the segments")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
    }
    return 0
}
