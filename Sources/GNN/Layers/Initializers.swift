import Foundation
import GraphCore

/// Parameter initialisation schemes, drawing from an explicit seeded generator.
public enum Initializers {
    /// Glorot/Xavier uniform (Glorot & Bengio 2010): entries uniform in `±√(6 / (rows + columns))`,
    /// as PyG's `glorot` for a weight of shape `fanIn × fanOut`. - Complexity: O(rows × columns)
    public static func glorotUniform(_ rows: Int, _ columns: Int, using generator: inout SeededGenerator) -> Matrix {
        let bound = (6 / Float(max(rows + columns, 1))).squareRoot()
        return Kernels.matrix(rows: rows, columns: columns) { out, n in
            for i in 0 ..< n { out[i] = (2 * generator.nextUnitFloat() - 1) * bound }
        }
    }
}
