import EDA
import GNN
import GraphCore

/// Functional alignment, the offline stand-in for MGVGA's Verilog alignment (see
/// docs/CIRCUIT-NOTES.md): functionally equivalent circuits of different structure (e.g. a
/// circuit and its ABC-optimised copy, found by ``EquivalentCircuits``) should have close graph
/// embeddings, other circuits distant ones. The loss is the symmetric InfoNCE
/// (`Losses.infoNCE(queries:keys:negatives:temperature:)`) of the two graph embeddings against
/// a ``MemoryBank`` of detached graph embeddings of recent, non-equivalent circuits.
public enum FunctionalAlignment {
    /// A first-in-first-out store of recent graph embeddings (MoCo's queue, He et al., CVPR
    /// 2020), each tagged with its circuit's equivalence class.
    public struct MemoryBank: Sendable {
        /// Entries kept; the oldest goes first.
        public let capacity: Int
        /// `(class, embedding)`, oldest first.
        public private(set) var entries: [(equivalenceClass: Int, embedding: [Float])] = []

        /// An empty bank. - Complexity: O(1)
        public init(capacity: Int) {
            precondition(capacity >= 0, "a memory bank cannot hold \(capacity) entries")
            self.capacity = capacity
        }

        /// Stores a detached `1 × W` graph embedding of a circuit of class `equivalenceClass`,
        /// dropping the oldest entry when full. - Complexity: O(capacity + W)
        public mutating func push(_ embedding: Matrix, equivalenceClass: Int) {
            guard capacity > 0 else { return }
            if entries.count == capacity { entries.removeFirst() }
            entries.append((equivalenceClass, embedding.values))
        }

        /// The stored embeddings of other classes than `equivalenceClass`, `K × width`.
        /// - Complexity: O(capacity × width)
        public func negatives(excluding equivalenceClass: Int, width: Int) -> Matrix {
            let rows = entries.filter { $0.equivalenceClass != equivalenceClass }.map(\.embedding)
            return try! Matrix(rows: rows.count, columns: width, values: rows.flatMap { $0 })
        }
    }

    /// `½ (InfoNCE(a → b) + InfoNCE(b → a))` for the graph embeddings `a`, `b` (`1 × W`) of two
    /// equivalent circuits against `negatives` (`K × W`); 0 when there are no negatives.
    /// - Complexity: O(K × W)
    public static func loss(_ a: Tensor, _ b: Tensor, negatives: Matrix, temperature: Float) -> Tensor {
        0.5 * (Losses.infoNCE(queries: a, keys: b, negatives: negatives, temperature: temperature)
            + Losses.infoNCE(queries: b, keys: a, negatives: negatives, temperature: temperature))
    }
}
