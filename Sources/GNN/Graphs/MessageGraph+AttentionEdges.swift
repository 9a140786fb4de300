import GraphCore

extension MessageGraph {
    /// Where the edge features of each edge of ``attentionStructure`` come from, as arguments of
    /// `Tensor.gatherRows(from: [edgeFeatures, loopFeatures], block:rows:)`: block 0 row `e` is
    /// the message `senders[e] → receivers[e]` (an existing self-loop included), block 1 row `i`
    /// the self-loop added on node `i`.
    /// - Complexity: O(V + E) on first use, then O(1).
    public var attentionEdgeOrigins: (block: [Int32], rows: [Int32]) {
        cached("attentionEdgeOrigins") {
            let incoming = self.incoming, looped = attentionStructure.operator.graph
            var block: [Int32] = [], rows: [Int32] = []
            block.reserveCapacity(looped.edgeCount)
            rows.reserveCapacity(looped.edgeCount)
            // Both rows list the senders in increasing order, with the same multiplicities, so a
            // merge pairs them; the one sender left unmatched in a looped row is its added loop.
            for i in 0 ..< nodeCount {
                var next = incoming.offsets[i]
                let end = incoming.offsets[i + 1]
                for sender in looped.neighbors(of: i) {
                    if next < end && incoming.targets[next] == sender {
                        block.append(0)
                        rows.append(Int32(next))
                        next += 1
                    } else {
                        precondition(Int(sender) == i, "the attention structure of node \(i) has a sender \(sender) that is not among its messages")
                        block.append(1)
                        rows.append(Int32(i))
                    }
                }
            }
            return (block, rows)
        }
    }
}
