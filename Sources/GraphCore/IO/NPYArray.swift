/// The element types graphtool reads and writes in `.npy` files: little-endian 32-bit floats,
/// 32- or 64-bit signed integers and complex numbers of two 64-bit floats. Raw values are NumPy
/// `descr` strings.
public enum NPYDType: String, Sendable, CaseIterable {
    case float32 = "<f4"
    case int32 = "<i4"
    case int64 = "<i8"
    case complex128 = "<c16"

    /// Bytes per element. - Complexity: O(1)
    public var byteCount: Int {
        switch self {
        case .float32, .int32: return 4
        case .int64: return 8
        case .complex128: return 16
        }
    }
}

/// A 1-D or 2-D array as stored in an `.npy` file: a shape and C-order (row-major) values.
public struct NPYArray: Sendable, Equatable {
    /// The values, in C order, with their element type.
    public enum Values: Sendable, Equatable {
        case float32([Float])
        case int32([Int32])
        case int64([Int64])
        /// Complex numbers as interleaved (real, imaginary) pairs: twice as many `Double`s as values.
        case complex128([Double])

        /// Number of values. - Complexity: O(1)
        public var count: Int {
            switch self {
            case .float32(let v): return v.count
            case .int32(let v): return v.count
            case .int64(let v): return v.count
            case .complex128(let v): return v.count / 2
            }
        }

        /// The NumPy element type. - Complexity: O(1)
        public var dtype: NPYDType {
            switch self {
            case .float32: return .float32
            case .int32: return .int32
            case .int64: return .int64
            case .complex128: return .complex128
            }
        }
    }

    /// The dimensions: one (a vector) or two (rows, columns).
    public let shape: [Int]
    /// The values in C order; `values.count` is the product of `shape`.
    public let values: Values

    /// The element type. - Complexity: O(1)
    public var dtype: NPYDType { values.dtype }

    /// An array of `shape` over `values`.
    /// - Throws: `GraphError.shapeMismatch` unless `shape` has 1 or 2 non-negative dimensions
    ///   whose product is `values.count`.
    /// - Complexity: O(1)
    public init(shape: [Int], values: Values) throws {
        guard (1 ... 2).contains(shape.count), shape.allSatisfy({ $0 >= 0 }) else {
            throw GraphError.shapeMismatch("NPY arrays here are 1-D or 2-D with non-negative dimensions; got shape \(shape)")
        }
        guard shape.reduce(1, *) == values.count else {
            throw GraphError.shapeMismatch("shape \(shape) holds \(shape.reduce(1, *)) values, not \(values.count)")
        }
        self.shape = shape
        self.values = values
    }

    /// `matrix` as a 2-D float32 array. - Complexity: O(1) plus the copy-on-write.
    public init(_ matrix: Matrix) {
        shape = [matrix.rows, matrix.columns]
        values = .float32(matrix.values)
    }

    /// A 1-D float32 array. - Complexity: O(1)
    public init(_ vector: [Float]) {
        shape = [vector.count]
        values = .float32(vector)
    }

    /// A 1-D int32 array. - Complexity: O(1)
    public init(_ vector: [Int32]) {
        shape = [vector.count]
        values = .int32(vector)
    }

    /// A 1-D complex128 array of `interleaved.count / 2` values given as (real, imaginary) pairs.
    /// - Complexity: O(1)
    public init(complexInterleaved interleaved: [Double]) {
        precondition(interleaved.count % 2 == 0, "complex values come in (real, imaginary) pairs")
        shape = [interleaved.count / 2]
        values = .complex128(interleaved)
    }

    /// A 1-D int64 array. - Complexity: O(1)
    public init(_ vector: [Int64]) {
        shape = [vector.count]
        values = .int64(vector)
    }
}
