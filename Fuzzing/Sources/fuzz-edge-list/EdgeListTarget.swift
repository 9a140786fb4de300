import FuzzSupport
import GraphCore

/// Edge lists: `EdgeListReader.parse` on the bytes in memory, then the graph built both ways
/// (`readGraph` builds it directed, `LinkDataset.load` undirected). A parsed list must build
/// without error into a graph of its node count; rejections must be one-line `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEdgeList(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let edges: EdgeList
    do {
        edges = try EdgeListReader.parse(Fuzz.bytes(data, size), path: "fuzz.tsv")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self)
        return 0
    }
    for directed in [true, false] {
        do {
            let graph = try edges.graph(options: .init(directed: directed))
            Fuzz.require(graph.nodeCount == edges.nodeCount, "\(graph.nodeCount) nodes built from a list of \(edges.nodeCount)")
        } catch {
            Fuzz.require(false, "a parsed edge list does not build (directed: \(directed)): \(error)")
        }
    }
    return 0
}
