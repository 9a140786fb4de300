import GraphCore

extension Tensor {
    /// Matrices side by side (`torch.cat(dim=1)`). Backward slices the gradient back apart.
    ///
    /// **Shapes:** `N × C₁`, …, `N × Cₖ` → `N × (C₁ + … + Cₖ)`.
    /// - Complexity: O(N × ΣCᵢ)
    public static func concatColumns(_ parts: [Tensor]) -> Tensor {
        precondition(!parts.isEmpty, "concatColumns needs at least one tensor")
        let n = parts[0].rows
        precondition(parts.allSatisfy { $0.rows == n }, "concatColumns needs equal row counts, got \(parts.map(\.rows))")
        let widths = parts.map(\.columns)
        let total = widths.reduce(0, +)
        let values = parts.map(\.value)
        let result = Kernels.matrix(rows: n, columns: total) { out, _ in
            var offset = 0
            for (part, width) in zip(values, widths) {
                part.values.withUnsafeBufferPointer { src in
                    for i in 0 ..< n {
                        (out + i * total + offset).update(from: src.baseAddress! + i * width, count: width)
                    }
                }
                offset += width
            }
        }
        return record("concatColumns", value: result, parents: parts) { g, needs in
            var offset = 0
            return zip(widths, needs).map { width, needed in
                defer { offset += width }
                return needed ? g.columns(offset ..< offset + width) : nil
            }
        }
    }

    /// The columns in `range` (`x[:, range]`). Backward pads the gradient with zeros.
    ///
    /// **Shapes:** `N × C` → `N × range.count`.
    /// - Complexity: O(N × range.count) forward, O(N × C) backward.
    public func sliceColumns(_ range: Range<Int>) -> Tensor {
        precondition(range.lowerBound >= 0 && range.upperBound <= columns, "columns \(range) outside 0..<\(columns)")
        let (n, width) = (rows, columns)
        return Tensor.record("sliceColumns", value: value.columns(range), parents: [self]) { g, _ in
            var dx = Matrix(rows: n, columns: width)
            g.values.withUnsafeBufferPointer { src in
                dx.withUnsafeMutableValues { dst in
                    for i in 0 ..< n {
                        (dst.baseAddress! + i * width + range.lowerBound)
                            .update(from: src.baseAddress! + i * range.count, count: range.count)
                    }
                }
            }
            return [dx]
        }
    }
}

extension Tensor {
    /// The same row-major values read as a `rows × columns` matrix (`x.reshape(rows, columns)`).
    /// Backward reads the gradient back in the input's shape.
    ///
    /// **Shapes:** `N × C` → `rows × columns`, `rows × columns == N × C`.
    /// - Complexity: O(N × C)
    public func reshaped(rows newRows: Int, columns newColumns: Int) -> Tensor {
        precondition(newRows * newColumns == rows * columns,
                     "cannot reshape \(rows)×\(columns) to \(newRows)×\(newColumns)")
        let (n, width) = (rows, columns)
        return Tensor.record("reshape", value: try! Matrix(rows: newRows, columns: newColumns, values: value.values),
                             parents: [self]) { g, _ in
            [try! Matrix(rows: n, columns: width, values: g.values)]
        }
    }
}

extension Matrix {
    /// The columns in `range` as a new matrix. - Complexity: O(rows × range.count)
    func columns(_ range: Range<Int>) -> Matrix {
        let (n, width, count) = (rows, columns, range.count)
        return values.withUnsafeBufferPointer { src in
            Kernels.matrix(rows: n, columns: count) { out, _ in
                for i in 0 ..< n {
                    (out + i * count).update(from: src.baseAddress! + i * width + range.lowerBound, count: count)
                }
            }
        }
    }
}
