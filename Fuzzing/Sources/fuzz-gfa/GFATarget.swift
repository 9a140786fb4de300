import FuzzSupport
import GraphCore
import Metagenomics

/// GFA 1: `GFAReader.parse`, then the contig graph from its paths (or segments) over every path
/// name. Links and paths must refer to defined segments, and the contig graph must build with
/// every pair inside the contig range and no self-pair; rejections must be one-line
/// `GraphIOError`s or `BinningInputError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGFA(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let graph: AssemblyGraph
    do {
        graph = try GFAReader.parse(Fuzz.bytes(data, size), path: "fuzz.gfa")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
        return 0
    }
    let segments = Int32(graph.segmentNames.count)
    Fuzz.require(graph.links.allSatisfy { $0.from >> 1 < segments && $0.to >> 1 < segments }, "a link to an undefined segment")
    Fuzz.require(graph.paths.allSatisfy { $0.segments.allSatisfy { $0 >> 1 < segments } }, "a path through an undefined segment")
    let names = graph.paths.isEmpty ? graph.segmentNames : graph.paths.map(\.name)
    var contigs: [String: Int32] = [:]
    for name in names where contigs[name] == nil { contigs[name] = Int32(contigs.count) }
    let pairs = ContigAdjacency.build(graph, paths: nil, contigs: contigs)
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
