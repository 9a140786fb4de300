import FuzzSupport
import GraphCore
import Metagenomics

/// FASTG: `FASTGReader.parse`, then the contig graph over MEGAHIT-style contig names (`k141_N`
/// for N = 0 … 15). Links must name edges that had a header, lengths must not be negative, and
/// the contig graph must build with every pair inside the contig range and no self-pair;
/// rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFASTG(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let graph: AssemblyGraph
    do {
        graph = try FASTGReader.parse(Fuzz.bytes(data, size), path: "fuzz.fastg")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
        return 0
    }
    let segments = Int32(graph.segmentNames.count)
    Fuzz.require(graph.links.allSatisfy { $0.from >> 1 < segments && $0.to >> 1 < segments }, "a link to an undefined edge")
    Fuzz.require(graph.segmentLengths.count == graph.segmentNames.count && graph.segmentLengths.allSatisfy { $0 >= 0 }, "segment lengths")
    let names = (0 ..< 16).map { "k141_\($0)" }
    let contigs = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
    let pairs = ContigAdjacency.build(graph, paths: FASTGReader.megahitPaths(graph, contigs: names), contigs: contigs)
    for k in 0 ..< pairs.count {
        Fuzz.require(pairs.first[k] != pairs.second[k] && max(pairs.first[k], pairs.second[k]) < contigs.count, "pair \(k)")
    }
    do {
        let built = try pairs.graph(nodeCount: contigs.count)
        Fuzz.require(built.nodeCount == contigs.count, "contig graph size")
    } catch {
        Fuzz.require(false, "the contig graph does not build: \(error)")
    }
    return 0
}
