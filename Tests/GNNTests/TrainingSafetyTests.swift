import GNN
import GraphCore
import Testing

@Suite("NaN and infinity checks during training")
struct TrainingSafetyTests {
    @Test func nonFiniteLossNamesTheStepAndTheProducingOp() {
        let w = Tensor.parameter(Matrix([[1, -2]]))
        let loss = (w * 3).log().sum()  // log of −6 is NaN
        #expect(throws: TrainingError.nonFinite(step: 7, op: "log", pass: .forward)) { try loss.backward(step: 7) }
    }

    @Test func nonFiniteInputIsNamed() {
        let w = Tensor.parameter(Matrix([[1]]))
        let loss = (w * Tensor(Matrix([[.nan]]), name: "features")).sum()
        #expect(throws: TrainingError.nonFinite(step: 0, op: "features", pass: .forward)) { try loss.backward() }
    }

    /// The check reads 16 entries at a time, then the tail: a NaN or ∞ anywhere is found.
    @Test(arguments: [0, 15, 16, 31, 32, 36])
    func nonFiniteEntryIsFoundAtAnyPosition(_ position: Int) {
        for bad: Float in [.nan, .infinity, -.infinity] {
            var values = Matrix(rows: 1, columns: 37, repeating: 1)
            values[0, position] = bad
            let loss = (Tensor.parameter(Matrix(rows: 1, columns: 37)) * Tensor(values, name: "features")).sum()
            #expect(throws: TrainingError.nonFinite(step: 0, op: "features", pass: .forward)) { try loss.backward() }
        }
    }

    @Test func nonFiniteGradientNamesTheBackwardOp() {
        // 1/p is 1e30, finite, but its derivative −1/p² overflows Float32.
        let p = Tensor.parameter(Matrix([[1e-30]]))
        let loss = (1 / (p + 0)).sum()
        let error = #expect(throws: TrainingError.self) { try loss.backward(step: 3) }
        #expect(error == TrainingError.nonFinite(step: 3, op: "div", pass: .backward))
        #expect(error.map { "\($0)" }?.contains("step 3") == true)
    }

    @Test func checksCanBeTurnedOff() throws {
        let p = Tensor.parameter(Matrix([[1e-30]]))
        try (1 / (p + 0)).sum().backward(checkFinite: false)
        #expect(p.gradient![0, 0].isInfinite)
    }

    @Test func secondBackwardThroughTheSameGraphIsAnError() throws {
        let p = Tensor.parameter(Matrix([[2]]))
        let loss = (p * p).sum()
        try loss.backward()
        #expect(p.gradient == Matrix([[4]]))
        #expect(throws: TrainingError.graphReleased(op: "sumRows")) { try loss.backward() }
    }

    @Test func gradientsAccumulateAcrossBackwardCalls() throws {
        let p = Tensor.parameter(Matrix([[2]]))
        try (p * 3).sum().backward()
        try (p * p).sum().backward()
        #expect(p.gradient == Matrix([[7]]))
    }
}
