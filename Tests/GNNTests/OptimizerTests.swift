import Foundation
import GNN
import GraphCore
import Testing

/// Hand-computed updates of one parameter `p = [1, 2]`.
@Suite("Optimizers and gradient clipping")
struct OptimizerTests {
    static func parameter(_ values: [Float] = [1, 2], gradient: [Float]) -> [NamedParameter] {
        let p = Tensor.parameter(try! Matrix(rows: 1, columns: values.count, values: values))
        p.gradient = try! Matrix(rows: 1, columns: gradient.count, values: gradient)
        return [NamedParameter("w", p)]
    }

    static func close(_ a: Matrix, _ b: [Float], _ tolerance: Float = 1e-6) -> Bool {
        zip(a.values, b).allSatisfy { abs($0 - $1) <= tolerance }
    }

    @Test func sgdPlainStepAndClearsGradient() {
        var sgd = SGD(learningRate: 0.1)
        let p = Self.parameter(gradient: [0.5, -1])
        sgd.step(p)
        #expect(Self.close(p[0].tensor.value, [0.95, 2.1]))
        #expect(p[0].tensor.gradient == nil)
    }

    @Test func sgdMomentumAccumulatesVelocity() {
        // v₁ = g, v₂ = 0.9 g + g = 1.9 g, so p₂ = p₀ − 0.1 · 2.9 g.
        var sgd = SGD(learningRate: 0.1, momentum: 0.9)
        let p = Self.parameter(gradient: [0.5, -1])
        sgd.step(p)
        p[0].tensor.gradient = Matrix([[0.5, -1]])
        sgd.step(p)
        #expect(Self.close(p[0].tensor.value, [1 - 0.29 * 0.5, 2 + 0.29]))
    }

    @Test func sgdWeightDecayAddsL2() {
        var sgd = SGD(learningRate: 0.1, weightDecay: 0.5)
        let p = Self.parameter(gradient: [0, 0])
        sgd.step(p)
        #expect(Self.close(p[0].tensor.value, [0.95, 1.9]))
    }

    @Test func adamTwoSteps() {
        // Step 1 moves by −η·sign(g); step 2 by hand: m = 0.9·0.05 − 0.1, v = 0.999·0.00025 + 0.001.
        var adam = Adam(learningRate: 0.1)
        let p = Self.parameter([1], gradient: [0.5])
        adam.step(p)
        #expect(Self.close(p[0].tensor.value, [0.9]))
        p[0].tensor.gradient = Matrix([[-1]])
        adam.step(p)
        let m = 0.9 * 0.05 - 0.1, v = 0.999 * 0.00025 + 0.001
        let update = 0.1 * (m / (1 - 0.81)) / ((v / (1 - 0.999 * 0.999)).squareRoot() + 1e-8)
        #expect(Self.close(p[0].tensor.value, [Float(0.9 - update)], 1e-5))
        #expect(adam.stepCount == 2)
    }

    @Test func adamWDecaysTheParameterNotTheGradient() {
        // AdamW: p ← p − η λ p = 0.99, then −η·sign(g); Adam's L2 only changes g, not its sign.
        var adamW = AdamW(learningRate: 0.1, weightDecay: 0.1)
        var adam = Adam(learningRate: 0.1, weightDecay: 0.1)
        let a = Self.parameter([1], gradient: [0.5]), b = Self.parameter([1], gradient: [0.5])
        adamW.step(a)
        adam.step(b)
        #expect(Self.close(a[0].tensor.value, [0.89]))
        #expect(Self.close(b[0].tensor.value, [0.9]))
    }

    @Test func clippingScalesToTheGlobalNorm() {
        let p = Self.parameter([0, 0], gradient: [3, 0]) + [NamedParameter("b", {
            let t = Tensor.parameter(Matrix([[0]]))
            t.gradient = Matrix([[4]])
            return t
        }())]
        #expect(clipGradientNorm(p, maxNorm: 10) == 5)
        #expect(p[0].tensor.gradient == Matrix([[3, 0]]))
        #expect(clipGradientNorm(p, maxNorm: 1) == 5)
        #expect(Self.close(p[0].tensor.gradient!, [0.6, 0], 1e-5))
        #expect(Self.close(p[1].tensor.gradient!, [0.8], 1e-5))
    }
}
