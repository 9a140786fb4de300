import GraphCore

extension Tensor {
    /// Element-wise `a + b`, broadcasting a `1×C` row, an `N×1` column or a `1×1` scalar.
    /// Backward: the gradient passes to both, summed over broadcast dimensions.
    /// - Complexity: O(N × C)
    public static func + (a: Tensor, b: Tensor) -> Tensor {
        let (ar, ac, br, bc) = (a.rows, a.columns, b.rows, b.columns)
        return record("add", value: Broadcast.zip(a.value, b.value, "add", +), parents: [a, b]) { g, needs in
            [needs[0] ? Broadcast.reduce(g, to: ar, ac) : nil,
             needs[1] ? Broadcast.reduce(g, to: br, bc) : nil]
        }
    }

    /// Element-wise `a − b` with broadcasting. Backward: `dA = g`, `dB = −g` (reduced).
    /// - Complexity: O(N × C)
    public static func - (a: Tensor, b: Tensor) -> Tensor {
        let (ar, ac, br, bc) = (a.rows, a.columns, b.rows, b.columns)
        return record("sub", value: Broadcast.zip(a.value, b.value, "sub", -), parents: [a, b]) { g, needs in
            [needs[0] ? Broadcast.reduce(g, to: ar, ac) : nil,
             needs[1] ? Broadcast.reduce(Kernels.map(g) { -$0 }, to: br, bc) : nil]
        }
    }

    /// Element-wise (Hadamard) `a ⊙ b` with broadcasting. Backward: `dA = g ⊙ b`, `dB = g ⊙ a`
    /// (reduced). - Complexity: O(N × C)
    public static func * (a: Tensor, b: Tensor) -> Tensor {
        let x = a.value, y = b.value
        return record("mul", value: Broadcast.zip(x, y, "mul", *), parents: [a, b]) { g, needs in
            [needs[0] ? Broadcast.reduce(Broadcast.zip(g, y, "mul", *), to: x.rows, x.columns) : nil,
             needs[1] ? Broadcast.reduce(Broadcast.zip(g, x, "mul", *), to: y.rows, y.columns) : nil]
        }
    }

    /// Element-wise `a / b` with broadcasting. Backward: `dA = g / b`, `dB = −g ⊙ (a / b) / b`
    /// (reduced). - Complexity: O(N × C)
    public static func / (a: Tensor, b: Tensor) -> Tensor {
        let x = a.value, y = b.value
        let quotient = Broadcast.zip(x, y, "div", /)
        return record("div", value: quotient, parents: [a, b]) { g, needs in
            var da: Matrix?, db: Matrix?
            if needs[0] { da = Broadcast.reduce(Broadcast.zip(g, y, "div", /), to: x.rows, x.columns) }
            if needs[1] {
                let gq = Kernels.zip(g, quotient) { -$0 * $1 }
                db = Broadcast.reduce(Broadcast.zip(gq, y, "div", /), to: y.rows, y.columns)
            }
            return [da, db]
        }
    }
}
