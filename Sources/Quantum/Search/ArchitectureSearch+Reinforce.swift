import Foundation
import GraphCore

extension ArchitectureSearch {
    /// REINFORCE settings (Williams 1992): a diagonal Gaussian policy `N(μ, σ²)` over the
    /// standardised latent space, starting at the pool's centre with σ = 1; each proposal is
    /// mapped to the nearest unvisited circuit, whose point is the action; μ and log σ follow
    /// Adam on the mean of `(r − b) ∇ log π` over a batch, `b` an exponential moving average of
    /// the rewards.
    struct ReinforceSettings {
        static let batch = 10
        static let learningRate = 0.05
        static let baselineDecay = 0.9
        static let minimumLogStd = log(0.05)
    }

    static func reinforce(_ state: inout RunState, _ oracle: RewardOracle, _ generator: inout SeededGenerator) throws {
        typealias S = ReinforceSettings
        let d = state.pool.dimension
        var mu = [Double](repeating: 0, count: d), logStd = [Double](repeating: 0, count: d)
        var adam = AdamState(count: 2 * d, learningRate: S.learningRate)
        var baseline: Double?
        while !state.isDone {
            var gradient = [Double](repeating: 0, count: 2 * d)
            var samples: [(point: [Double], reward: Double)] = []
            for _ in 0 ..< S.batch where !state.isDone {
                let proposal = (0 ..< d).map { Float(mu[$0] + exp(logStd[$0]) * Double(generator.nextGaussian())) }
                guard let index = state.pool.nearestUnvisited(to: proposal, visited: state.visited) else { return }
                let reward = try state.evaluate(index, oracle)
                samples.append((state.pool.point(index).map(Double.init), reward))
            }
            let b = baseline ?? samples.map(\.reward).reduce(0, +) / Double(samples.count)
            for (point, reward) in samples {
                let advantage = reward - b
                for c in 0 ..< d {
                    let variance = exp(2 * logStd[c]), delta = point[c] - mu[c]
                    gradient[c] += advantage * delta / variance
                    gradient[d + c] += advantage * (delta * delta / variance - 1)
                }
            }
            for sample in samples { baseline = S.baselineDecay * (baseline ?? sample.reward) + (1 - S.baselineDecay) * sample.reward }
            // Ascend: Adam minimises, so give it the negative mean gradient.
            let step = adam.step(gradient.map { -$0 / Double(samples.count) })
            for c in 0 ..< d {
                mu[c] += step[c]
                logStd[c] = max(S.minimumLogStd, logStd[c] + step[d + c])
            }
        }
    }
}

/// Adam (Kingma & Ba 2015) on a flat vector of `Double`s: returns the step to add.
struct AdamState {
    var m: [Double], v: [Double], t = 0
    let learningRate: Double
    static let beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8

    init(count: Int, learningRate: Double) {
        m = [Double](repeating: 0, count: count)
        v = m
        self.learningRate = learningRate
    }

    mutating func step(_ gradient: [Double]) -> [Double] {
        t += 1
        let c1 = 1 - pow(Self.beta1, Double(t)), c2 = 1 - pow(Self.beta2, Double(t))
        return gradient.indices.map { k in
            m[k] = Self.beta1 * m[k] + (1 - Self.beta1) * gradient[k]
            v[k] = Self.beta2 * v[k] + (1 - Self.beta2) * gradient[k] * gradient[k]
            return -learningRate * (m[k] / c1) / ((v[k] / c2).squareRoot() + Self.epsilon)
        }
    }
}
