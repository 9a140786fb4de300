/// A dense `2ᵏ × 2ᵏ` unitary in row-major order (k = 1 or 2 here). For two qubits the local basis
/// index is `bit(first) + 2 · bit(second)`, as Qiskit orders a gate's qubits (little-endian).
public struct GateMatrix: Equatable, Sendable {
    /// The side, `2ᵏ`.
    public let dimension: Int
    /// The entries, row-major.
    public var entries: [Complex]

    /// A matrix of `rows` (each of length `rows.count`). - Complexity: O(dimension²)
    public init(_ rows: [[Complex]]) {
        dimension = rows.count
        entries = rows.flatMap { $0 }
        precondition(entries.count == dimension * dimension, "a gate matrix must be square")
    }

    /// Entry (row, column). - Complexity: O(1)
    public subscript(row: Int, column: Int) -> Complex {
        get { entries[row * dimension + column] }
        set { entries[row * dimension + column] = newValue }
    }

    /// Whether every off-diagonal entry is zero. - Complexity: O(dimension²)
    public var isDiagonal: Bool {
        (0 ..< dimension).allSatisfy { r in (0 ..< dimension).allSatisfy { c in r == c || self[r, c] == .zero } }
    }

    /// `diag(values)`. - Complexity: O(dimension²)
    public static func diagonal(_ values: [Complex]) -> GateMatrix {
        GateMatrix(values.indices.map { r in values.indices.map { c in r == c ? values[r] : .zero } })
    }

    /// `factor · self`. - Complexity: O(dimension²)
    public func scaled(by factor: Complex) -> GateMatrix {
        var copy = self
        copy.entries = entries.map { factor * $0 }
        return copy
    }
}
