import GNN
import GraphCore

/// Compares the tape's gradients with central finite differences.
///
/// The scalar checked is `L = Σ f(inputs) ⊙ R` for a fixed random `R`, so every output entry
/// matters with its own weight. `L` is accumulated in `Double` for the differences, which use
/// step `h`; the comparison allows `absolute + relative · |numeric|`, suited to Float32 forward
/// values (about 1e-7 relative each, divided by `2h`).
public struct GradientCheck {
    public var h: Float = 1e-3
    public var absolute: Double = 3e-3
    public var relative: Double = 2e-2

    /// A check with the given step and tolerances.
    public init(h: Float = 1e-3, absolute: Double = 3e-3, relative: Double = 2e-2) {
        self.h = h
        self.absolute = absolute
        self.relative = relative
    }

    public struct Mismatch: CustomStringConvertible {
        public let input: Int, index: Int, analytic: Double, numeric: Double
        public var description: String { "input \(input)[\(index)]: tape \(analytic), finite difference \(numeric)" }
    }

    /// The entries whose gradients disagree (empty when the check passes).
    public func mismatches(_ inputs: [Matrix], seed: UInt64, _ f: ([Tensor]) -> Tensor) -> [Mismatch] {
        let parameters = inputs.map { Tensor.parameter($0) }
        let output = f(parameters)
        var rng = SeededGenerator(seed: seed)
        let weights = output.value.map { _ in rng.nextGaussian() }
        let loss = (output * Tensor(weights)).sum()
        do { try loss.backward() } catch { preconditionFailure("backward failed: \(error)") }

        func objective(_ values: [Matrix]) -> Double {
            let out = f(values.map { Tensor($0) }).value
            return zip(out.values, weights.values).reduce(0.0) { $0 + Double($1.0) * Double($1.1) }
        }
        var found: [Mismatch] = []
        for (k, input) in inputs.enumerated() {
            let analytic = parameters[k].gradient ?? Matrix(rows: input.rows, columns: input.columns)
            for i in input.values.indices {
                var plus = inputs, minus = inputs
                plus[k].withUnsafeMutableValues { $0[i] += h }
                minus[k].withUnsafeMutableValues { $0[i] -= h }
                let actualStep = Double(plus[k].values[i]) - Double(minus[k].values[i])
                let numeric = (objective(plus) - objective(minus)) / actualStep
                let a = Double(analytic.values[i])
                if abs(a - numeric) > absolute + relative * abs(numeric) {
                    found.append(Mismatch(input: k, index: i, analytic: a, numeric: numeric))
                }
            }
        }
        return found
    }
}

/// Seeded test inputs.
public enum Inputs {
    /// Standard normal entries.
    public static func normal(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        return Matrix(rows: rows, columns: columns).map { _ in rng.nextGaussian() }
    }

    /// Entries in ±[0.2, 1.2], away from the kinks of relu, leaky relu, elu and |x|.
    public static func awayFromZero(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        return Matrix(rows: rows, columns: columns).map { _ in
            (rng.nextUnitFloat() < 0.5 ? -1 : 1) * (0.2 + rng.nextUnitFloat())
        }
    }

    /// Entries in [0.5, 2], safe for log and as divisors.
    public static func positive(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
        var rng = SeededGenerator(seed: seed)
        return Matrix(rows: rows, columns: columns).map { _ in 0.5 + 1.5 * rng.nextUnitFloat() }
    }

    /// A random directed graph with random positive weights (duplicates and self-loops allowed).
    public static func graph(nodes: Int, degree: Int, seed: UInt64, weighted: Bool = true) -> Graph {
        var rng = SeededGenerator(seed: seed)
        let g = try! RandomGraphs.uniformOutDegree(nodes: nodes, degree: degree, using: &rng)
        return weighted ? g.replacingWeights((0 ..< g.edgeCount).map { _ in 0.5 + rng.nextUnitFloat() }) : g
    }
}
