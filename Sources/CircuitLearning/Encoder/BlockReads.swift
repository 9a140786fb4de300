import EDA
import GNN
import GraphCore

/// Rows to read from the state blocks of earlier steps, in the form
/// ``GNN/Tensor/gatherRows(from:block:rows:)`` takes: the distinct blocks read (`blocks`, indices
/// into the pass's list of step states) and, per read row, the position of its block in `blocks`
/// and its row there. Precomputed once per circuit, so a step costs no lookups.
public struct BlockReads: Sendable {
    /// The distinct step indices read, in first-use order.
    public let blocks: [Int32]
    /// Per read row: index into `blocks`.
    public let block: [Int32]
    /// Per read row: the row within that block.
    public let rows: [Int32]

    /// Compacts `(step, row)` locations. - Complexity: O(locations.count) expected.
    init(steps: [Int32], rows: [Int32]) {
        var slot: [Int32: Int32] = [:]
        var blocks: [Int32] = []
        var block = [Int32]()
        block.reserveCapacity(steps.count)
        for s in steps {
            if let k = slot[s] { block.append(k); continue }
            let k = Int32(blocks.count)
            slot[s] = k
            blocks.append(s)
            block.append(k)
        }
        self.blocks = blocks
        self.block = block
        self.rows = rows
    }

    /// Number of rows read. - Complexity: O(1)
    public var count: Int { rows.count }

    /// The rows read, gathered from `states` (one `· × width` tensor per step of the pass); a
    /// `0 × width` constant when nothing is read. - Complexity: O(count × width)
    func gather(_ states: [Tensor], width: Int) -> Tensor {
        if rows.isEmpty { return Tensor(Matrix(rows: 0, columns: width), name: "no rows") }
        return Tensor.gatherRows(from: blocks.map { states[Int($0)] }, block: block, rows: rows)
    }
}
