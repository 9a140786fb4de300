import GraphCore

extension Tensor {
    /// Rows picked from several tensors at once: row `r` of the result is row `rows[r]` of
    /// `blocks[blocks[r]]`. This is how a level-by-level recurrence (a circuit encoder updating
    /// one topological level per step) reads states that live in the blocks of earlier steps,
    /// without ever copying a whole state matrix: each step's states stay their own tensor.
    /// Backward scatters the gradient rows back with `+=` into one gradient per block that needs
    /// one (blocks that no row names get a zero gradient only if they need one).
    ///
    /// **Shapes:** every block `Nᵦ × C` (equal `C`); `block.count == rows.count == R`; result `R × C`.
    /// - Precondition: `blocks` is not empty; `block[r]` indexes `blocks`, `rows[r]` that block's rows.
    /// - Complexity: O(R × C) forward; O(R × C + Σ Nᵦ × C over blocks needing a gradient) backward.
    public static func gatherRows(from blocks: [Tensor], block: [Int32], rows: [Int32]) -> Tensor {
        precondition(!blocks.isEmpty, "gatherRows(from:) needs at least one block")
        precondition(block.count == rows.count, "\(block.count) block indices for \(rows.count) row indices")
        let width = blocks[0].columns
        precondition(blocks.allSatisfy { $0.columns == width }, "blocks have different widths: \(blocks.map(\.columns))")
        let values = blocks.map(\.value)
        let count = rows.count
        let result = Kernels.matrix(rows: count, columns: width) { out, _ in
            for r in 0 ..< count {
                let b = Int(block[r]), i = Int(rows[r])
                precondition(b >= 0 && b < values.count && i >= 0 && i < values[b].rows,
                             "row \(i) of block \(b) is outside the \(values.count) blocks or that block's rows")
                values[b].values.withUnsafeBufferPointer { src in
                    (out + r * width).update(from: src.baseAddress! + i * width, count: width)
                }
            }
        }
        let heights = values.map(\.rows)
        return record("gatherBlocks", value: result, parents: blocks) { g, needs in
            var grads: [Matrix?] = zip(heights, needs).map { h, need in need ? Matrix(rows: h, columns: width) : nil }
            g.values.withUnsafeBufferPointer { gv in
                for r in 0 ..< count {
                    let b = Int(block[r])
                    guard grads[b] != nil else { continue }
                    let base = Int(rows[r]) * width
                    grads[b]!.withUnsafeMutableValues { d in
                        for j in 0 ..< width { d[base + j] += gv[r * width + j] }
                    }
                }
            }
            return grads
        }
    }
}
