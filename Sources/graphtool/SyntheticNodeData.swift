import GNN
import GraphCore

/// The synthetic node-classification graph of `graphtool bench sampler`, defined by counters so
/// that any language draws the same one (`benchmarks/pyg_sampler_epoch.py` does, with numpy):
/// value `k` of the stream is SplitMix64's output for the state `seed + (k + 1) · 0x9E3779B97F4A7C15`.
///
/// - edge `e` (of E) sends from `value(2e) mod N` to `value(2e + 1) mod N` (duplicates and
///   self-loops kept, as in an `edge_index`);
/// - feature `(i, j)` (F per node) is `(value(2E + i·F + j) >> 40) · 2⁻²⁴ − 0.5`;
/// - the class of node `i` is `value(2E + N·F + i) mod C`;
/// - the training nodes are `0 ..< trainCount`.
struct SyntheticNodeData {
    let nodes: Int, edges: Int, features: Int, classes: Int, seed: UInt64

    /// Value `k` of the stream. - Complexity: O(1)
    @inline(__always)
    func value(_ k: Int) -> UInt64 {
        var z = seed &+ (UInt64(k) &+ 1) &* 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The edges by receiver (row `i` lists the senders of `i`'s messages, as
    /// ``NeighborSampler`` reads them) and a checksum of the edge list, `Σ (sender · N + receiver)`
    /// modulo 2⁶⁴. - Complexity: O(N + E), in parallel.
    func incomingGraph(threads: Int) throws -> (graph: Graph, checksum: UInt64) {
        var senders = [Int32](repeating: 0, count: edges), receivers = [Int32](repeating: 0, count: edges)
        let n = UInt64(nodes)
        senders.withUnsafeMutableBufferPointer { s in
            receivers.withUnsafeMutableBufferPointer { r in
                let (s, r) = (s, r)  // disjoint ranges per chunk
                Parallel.forEachChunk(count: edges, threads: threads) { range in
                    for e in range {
                        s[e] = Int32(value(2 * e) % n)
                        r[e] = Int32(value(2 * e + 1) % n)
                    }
                }
            }
        }
        var checksum: UInt64 = 0
        for e in 0 ..< edges { checksum &+= UInt64(senders[e]) &* n &+ UInt64(receivers[e]) }
        let graph = try EdgeList(sources: receivers, targets: senders, nodeCount: nodes)
            .graph(options: .init(directed: true, dropDuplicates: false))
        return (graph, checksum)
    }

    /// The `N × F` feature matrix. - Complexity: O(N × F), in parallel.
    func featureMatrix(threads: Int) -> Matrix {
        var x = Matrix(rows: nodes, columns: features)
        let base = 2 * edges
        x.withUnsafeMutableValues { values in
            let values = values
            Parallel.forEachChunk(count: values.count, threads: threads) { range in
                for k in range { values[k] = Float(value(base + k) >> 40) * 0x1p-24 - 0.5 }
            }
        }
        return x
    }

    /// The class of every node. - Complexity: O(N)
    func labels() -> [Int32] {
        let base = 2 * edges + nodes * features, c = UInt64(classes)
        return (0 ..< nodes).map { Int32(value(base + $0) % c) }
    }
}
