import GraphCore

extension VariationalCircuit {
    /// How ``train(_:options:generator:)`` trains the angles: QAS's inner loop, Adagrad with
    /// learning rate 0.5 for at most 50 iterations (100 for VQE), from angles drawn uniformly in
    /// [0, 2π).
    public struct TrainingOptions: Sendable {
        public var iterations = 50
        public var learningRate = 0.5
        /// Adagrad's guard against dividing by zero.
        public static let epsilon = 1e-8

        /// QAS's inner loop with `iterations` steps. - Complexity: O(1)
        public init(iterations: Int = 50) { self.iterations = iterations }
    }

    /// Minimises `⟨O⟩` over the angles with Adagrad (Duchi et al. 2011); returns the lowest
    /// energy met (each iteration's and the final angles') and the angles that reached it.
    /// - Complexity: O(iterations × (steps × 2ⁿ + apply of O))
    public func train(_ observable: some QuantumObservable, options: TrainingOptions = .init(),
                      generator: inout SeededGenerator) throws -> (energy: Double, parameters: [Double]) {
        var theta = (0 ..< parameterCount).map { _ in 2 * Double.pi * Double(generator.next() >> 11) * 0x1p-53 }
        var accumulated = [Double](repeating: 0, count: parameterCount)
        var best = (energy: Double.infinity, parameters: theta)
        for _ in 0 ..< options.iterations {
            let (energy, gradient) = try energyAndGradient(theta, observable)
            if energy < best.energy { best = (energy, theta) }
            for k in theta.indices {
                accumulated[k] += gradient[k] * gradient[k]
                theta[k] -= options.learningRate * gradient[k] / (accumulated[k].squareRoot() + TrainingOptions.epsilon)
            }
        }
        let last = observable.expectation(try state(theta))
        if last < best.energy { best = (last, theta) }
        return best
    }
}
