import Foundation

/// A dense `Float` matrix in row-major, contiguous storage.
///
/// Element `(i, j)` is `values[i * columns + j]`. Products go through BLAS (`sgemm`); the
/// element-wise and row-wise operations a GNN needs are in `Matrix+Elementwise.swift` and
/// `Matrix+Rows.swift`. Shape mismatches between operands are programming errors and trap
/// with a message naming both shapes.
public struct Matrix: Sendable, Equatable {
    /// Number of rows. - Complexity: O(1)
    public let rows: Int
    /// Number of columns. - Complexity: O(1)
    public let columns: Int
    /// Row-major values, `rows * columns` entries: read-only, so the length always matches the
    /// shape; write elements through `subscript(row:column:)` or `withUnsafeMutableValues(_:)`.
    /// - Complexity: O(1)
    @inlinable public var values: [Float] { _values }
    /// The storage behind `values`.
    @usableFromInline var _values: [Float]

    /// Runs `body` on the values' storage, to write elements in place; the length cannot change.
    /// - Complexity: O(1) plus `body` (a copy first if the storage is shared).
    @inlinable public mutating func withUnsafeMutableValues<R>(
        _ body: (inout UnsafeMutableBufferPointer<Float>) throws -> R
    ) rethrows -> R {
        try _values.withUnsafeMutableBufferPointer(body)
    }

    /// A matrix filled with `value`. - Complexity: O(rows × columns)
    public init(rows: Int, columns: Int, repeating value: Float = 0) {
        precondition(rows >= 0 && columns >= 0, "matrix shape \(rows)×\(columns) must be non-negative")
        self.rows = rows
        self.columns = columns
        _values = LargeArray.make(repeating: value, count: rows * columns)
    }

    /// A matrix over row-major `values`.
    /// - Throws: `GraphError.shapeMismatch` unless `values.count == rows * columns`.
    public init(rows: Int, columns: Int, values: [Float]) throws {
        guard rows >= 0, columns >= 0, values.count == rows * columns else {
            throw GraphError.shapeMismatch("\(values.count) values cannot fill a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        _values = values
    }

    /// A matrix from nested rows, all of one length (for tests and small literals).
    public init(_ nested: [[Float]]) {
        let width = nested.first?.count ?? 0
        precondition(nested.allSatisfy { $0.count == width }, "all rows must have \(width) entries")
        rows = nested.count
        columns = width
        _values = nested.flatMap { $0 }
    }

    /// The `n × n` identity matrix. - Complexity: O(n²)
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0 ..< n { m[i, i] = 1 }
        return m
    }

    /// Shape as `(rows, columns)`. - Complexity: O(1)
    public var shape: (rows: Int, columns: Int) { (rows, columns) }

    /// Element `(row, column)`. - Complexity: O(1)
    @inlinable public subscript(row: Int, column: Int) -> Float {
        get { values[row * columns + column] }
        set { _values[row * columns + column] = newValue }
    }

    /// The values of row `index`. - Complexity: O(1)
    public func row(_ index: Int) -> ArraySlice<Float> {
        values[index * columns ..< (index + 1) * columns]
    }

    /// The transpose. - Complexity: O(rows × columns)
    public func transposed() -> Matrix {
        var result = Matrix(rows: columns, columns: rows)
        values.withUnsafeBufferPointer { src in
            result.withUnsafeMutableValues { dst in
                for i in 0 ..< rows {
                    for j in 0 ..< columns { dst[j * rows + i] = src[i * columns + j] }
                }
            }
        }
        return result
    }
}

extension Matrix: CustomStringConvertible {
    public var description: String {
        let shown = (0 ..< min(rows, 6)).map { r in
            row(r).prefix(8).map { String(format: "%.4g", Double($0)) }.joined(separator: " ")
                + (columns > 8 ? " …" : "")
        }
        return "Matrix \(rows)×\(columns)\n" + shown.joined(separator: "\n") + (rows > 6 ? "\n…" : "")
    }
}
