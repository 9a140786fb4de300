import Foundation
import GraphCore

/// Adam (Kingma & Ba 2015, arXiv:1412.6980) with bias correction, and its decoupled-weight-decay
/// variant AdamW (Loshchilov & Hutter 2019, arXiv:1711.05101), as `torch.optim.Adam`/`AdamW`:
///
///     Adam:  g ← g + λ p                      AdamW:  p ← p − η λ p
///     m ← β₁ m + (1 − β₁) g;   v ← β₂ v + (1 − β₂) g²
///     p ← p − η · (m / (1 − β₁ᵗ)) / (√(v / (1 − β₂ᵗ)) + ε)
public struct Adam: Optimizer {
    /// How weight decay enters the update.
    public enum WeightDecay: Sendable, Equatable {
        /// An L2 penalty added to the gradient (Adam).
        case l2(Float)
        /// Decay applied to the parameter directly (AdamW).
        case decoupled(Float)
    }

    /// Step size η.
    public var learningRate: Float
    /// Decay rates β₁, β₂ of the moment estimates.
    public var betas: (Float, Float)
    /// Added to the denominator for stability.
    public var epsilon: Float
    /// Weight decay and how it is applied.
    public var weightDecay: WeightDecay
    /// Number of steps taken (`t`).
    public private(set) var stepCount = 0
    private var moments: [String: (m: [Float], v: [Float])] = [:]

    /// Adam with an L2 penalty `weightDecay` (0 by default). - Complexity: O(1)
    public init(learningRate: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999), epsilon: Float = 1e-8,
                weightDecay: Float = 0) {
        self.init(learningRate: learningRate, betas: betas, epsilon: epsilon, decay: .l2(weightDecay))
    }

    /// Adam with either kind of weight decay. - Complexity: O(1)
    public init(learningRate: Float, betas: (Float, Float), epsilon: Float, decay: WeightDecay) {
        self.learningRate = learningRate
        self.betas = betas
        self.epsilon = epsilon
        weightDecay = decay
    }

    /// One Adam update. - Complexity: O(total parameter count)
    public mutating func step(_ parameters: [NamedParameter]) {
        stepCount += 1
        let (lr, b1, b2, eps) = (learningRate, betas.0, betas.1, epsilon)
        let correction1 = 1 - Float(pow(Double(b1), Double(stepCount)))
        let correction2 = 1 - Float(pow(Double(b2), Double(stepCount)))
        let (l2, decoupled): (Float, Float) = {
            switch weightDecay {
            case .l2(let l): return (l, 0)
            case .decoupled(let d): return (0, d)
            }
        }()
        for parameter in parameters {
            let state = moments.removeValue(forKey: parameter.name)
            var first = state?.m ?? [], second = state?.v ?? []
            parameter.tensor.updateInPlace { p, g, n in
                if first.count != n {
                    first = [Float](repeating: 0, count: n)
                    second = first
                }
                first.withUnsafeMutableBufferPointer { m in
                    second.withUnsafeMutableBufferPointer { v in
                        for i in 0 ..< n {
                            if decoupled != 0 { p[i] -= lr * decoupled * p[i] }
                            let grad = g[i] + l2 * p[i]
                            m[i] = b1 * m[i] + (1 - b1) * grad
                            v[i] = b2 * v[i] + (1 - b2) * grad * grad
                            p[i] -= lr * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + eps)
                        }
                    }
                }
            }
            if !first.isEmpty { moments[parameter.name] = (first, second) }
        }
    }
}

extension Adam: StatefulOptimizer {
    /// The moments as `m.<name>` and `v.<name>` (`1 × n` each) and the step count as `step`.
    /// - Complexity: O(total parameter count)
    public var state: OptimizerState {
        var tensors: [String: Matrix] = [:]
        for (name, (m, v)) in moments {
            tensors["m.\(name)"] = try! Matrix(rows: 1, columns: m.count, values: m)
            tensors["v.\(name)"] = try! Matrix(rows: 1, columns: v.count, values: v)
        }
        return OptimizerState(tensors: tensors, scalars: ["step": "\(stepCount)"])
    }

    /// Restores moments and step count saved by ``state``.
    /// - Throws: `CheckpointError` on unknown, mis-sized or unpaired moments, or a missing step.
    /// - Complexity: O(total parameter count)
    public mutating func restore(_ state: OptimizerState, for parameters: [NamedParameter]) throws {
        let first = try state.buffers("m", for: parameters), second = try state.buffers("v", for: parameters)
        let unpaired = Set(first.keys).symmetricDifference(second.keys).sorted()
        guard unpaired.isEmpty else {
            throw CheckpointError.mismatch(missing: unpaired.map { first[$0] == nil ? "m.\($0)" : "v.\($0)" },
                                           unexpected: [], wrongShapes: [])
        }
        stepCount = try state.integer("step")
        moments = Dictionary(uniqueKeysWithValues: first.map { ($0.key, (m: $0.value, v: second[$0.key]!)) })
    }
}

/// AdamW: Adam with decoupled weight decay (Loshchilov & Hutter 2019), `torch.optim.AdamW`;
/// the default decay 0.01 is PyTorch's.
public struct AdamW: Optimizer {
    /// The Adam update it runs, with `.decoupled` weight decay.
    public var adam: Adam

    /// AdamW with the given hyper-parameters. - Complexity: O(1)
    public init(learningRate: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999), epsilon: Float = 1e-8,
                weightDecay: Float = 0.01) {
        adam = Adam(learningRate: learningRate, betas: betas, epsilon: epsilon, decay: .decoupled(weightDecay))
    }

    /// One AdamW update. - Complexity: O(total parameter count)
    public mutating func step(_ parameters: [NamedParameter]) { adam.step(parameters) }
}

extension AdamW: StatefulOptimizer {
    /// The state of the Adam update it runs.
    public var state: OptimizerState { adam.state }

    /// Restores the state of the Adam update it runs.
    public mutating func restore(_ state: OptimizerState, for parameters: [NamedParameter]) throws {
        try adam.restore(state, for: parameters)
    }
}
