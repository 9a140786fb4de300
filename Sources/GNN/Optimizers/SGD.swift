import GraphCore

/// Stochastic gradient descent with optional momentum and L2 weight decay, with PyTorch's
/// update rule (`torch.optim.SGD`, dampening 0):
///
///     g ← g + λ p;   v ← μ v + g (v = g on the first step);   p ← p − η (nesterov ? g + μ v : v)
public struct SGD: Optimizer {
    /// Step size η.
    public var learningRate: Float
    /// Momentum μ (0 disables it).
    public var momentum: Float
    /// L2 penalty λ added to the gradient.
    public var weightDecay: Float
    /// Nesterov momentum (Sutskever et al. 2013).
    public var nesterov: Bool
    private var velocity: [String: [Float]] = [:]

    /// An optimizer with the given hyper-parameters. - Complexity: O(1)
    public init(learningRate: Float, momentum: Float = 0, weightDecay: Float = 0, nesterov: Bool = false) {
        self.learningRate = learningRate
        self.momentum = momentum
        self.weightDecay = weightDecay
        self.nesterov = nesterov
    }

    /// One SGD update. - Complexity: O(total parameter count)
    public mutating func step(_ parameters: [NamedParameter]) {
        let (lr, mu, decay, nesterov) = (learningRate, momentum, weightDecay, self.nesterov)
        for parameter in parameters {
            var buffer = velocity.removeValue(forKey: parameter.name)
            parameter.tensor.updateInPlace { p, g, n in
                if mu == 0 {
                    for i in 0 ..< n { p[i] -= lr * (g[i] + decay * p[i]) }
                    return
                }
                let fresh = buffer == nil
                if fresh { buffer = [Float](repeating: 0, count: n) }
                buffer!.withUnsafeMutableBufferPointer { v in
                    for i in 0 ..< n {
                        let grad = g[i] + decay * p[i]
                        v[i] = fresh ? grad : mu * v[i] + grad
                        p[i] -= lr * (nesterov ? grad + mu * v[i] : v[i])
                    }
                }
            }
            if let buffer { velocity[parameter.name] = buffer }
        }
    }
}

extension SGD: StatefulOptimizer {
    /// The momentum buffers as `velocity.<name>` (`1 × n` each); empty without momentum.
    /// - Complexity: O(total parameter count)
    public var state: OptimizerState {
        OptimizerState(tensors: Dictionary(uniqueKeysWithValues: velocity.map {
            ("velocity.\($0.key)", try! Matrix(rows: 1, columns: $0.value.count, values: $0.value))
        }))
    }

    /// Restores the momentum buffers saved by ``state``.
    /// - Throws: `CheckpointError.mismatch` on unknown or mis-sized buffers.
    /// - Complexity: O(total parameter count)
    public mutating func restore(_ state: OptimizerState, for parameters: [NamedParameter]) throws {
        velocity = try state.buffers("velocity", for: parameters)
    }
}
