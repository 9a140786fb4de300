extension GateMatrix {
    /// The `dimension × dimension` identity. - Complexity: O(dimension²)
    public static func identity(dimension: Int) -> GateMatrix {
        .diagonal([Complex](repeating: .one, count: dimension))
    }

    /// The product `lhs · rhs` (apply `rhs` first). - Complexity: O(dimension³)
    public static func * (lhs: GateMatrix, rhs: GateMatrix) -> GateMatrix {
        precondition(lhs.dimension == rhs.dimension, "matrices of different sizes")
        let d = lhs.dimension
        var product = GateMatrix.identity(dimension: d)
        for r in 0 ..< d {
            for c in 0 ..< d {
                var sum = Complex.zero
                for k in 0 ..< d { sum += lhs[r, k] * rhs[k, c] }
                product[r, c] = sum
            }
        }
        return product
    }
}

/// One matrix of a gate's action on circuit-wide qubits: `matrix` on `targets` when every
/// qubit of `controls` is |1⟩. The unit ``GateFusion`` works on.
struct ControlledMatrix: Sendable {
    var matrix: GateMatrix
    var targets: [Int]
    var controls: [Int]

    /// Every qubit it touches, controls first.
    var qubits: [Int] { controls + targets }

    /// The diagonal of the full matrix over `qubits` (only for a diagonal `matrix`).
    /// - Complexity: O(2ᵐ × m)
    var phases: [Complex] {
        let frame = qubits, controlMask = (1 << controls.count) - 1
        return (0 ..< 1 << frame.count).map { basis in
            guard basis & controlMask == controlMask else { return .one }
            let local = basis >> controls.count
            return matrix[local, local]
        }
    }
}
