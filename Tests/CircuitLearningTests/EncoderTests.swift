import CircuitLearning
import EDA
import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Circuit encoders")
struct EncoderTests {
    @Test("DeepGate-style encoder gradients match finite differences (full adder, H = 3, seed 5)")
    func encoderGradients() throws {
        let circuit = try PreparedCircuit(Circuits.fullAdder(), estimate: .independence)
        var rng = SeededGenerator(seed: 5)
        let encoder = CircuitEncoder(hidden: 3, generator: &rng)
        let values = encoder.namedParameters.map(\.tensor.value)
        #expect(values.count == 16)
        let mismatches = GradientCheck().mismatches(values, seed: 5) { CircuitEncoder.rebinding($0)(circuit) }
        #expect(mismatches.isEmpty, "seed 5: \(mismatches.prefix(4))")
    }

    @Test("GIN baseline gradients match finite differences (full adder, width 3, seed 6)")
    func ginGradients() throws {
        let circuit = try PreparedCircuit(Circuits.fullAdder(), estimate: .independence)
        var rng = SeededGenerator(seed: 6)
        let gin = CircuitGIN(width: 3, depth: 2, generator: &rng)
        let values = gin.namedParameters.map(\.tensor.value)
        let mismatches = GradientCheck().mismatches(values, seed: 6) { t in
            func layer(_ k: Int) -> GINConv {
                GINConv(mlp: Sequential(Linear(weight: t[k], bias: t[k + 1]), Activation.tanh,
                                        Linear(weight: t[k + 2], bias: t[k + 3])), epsilon: t[k + 4])
            }
            return CircuitGIN(embed: Linear(weight: t[0], bias: t[1]), layers: [layer(2), layer(7)])(circuit)
        }
        #expect(mismatches.isEmpty, "seed 6: \(mismatches.prefix(4))")
    }

    @Test("Level-parallel and one-gate-at-a-time propagation give the same embeddings", arguments: [
        (CircuitGenerator.Kind.multiplier, 4), (.control, 8), (.adder, 4),
    ])
    func levelParallelEqualsSequential(kind: CircuitGenerator.Kind, bits: Int) throws {
        let aig = try CircuitGenerator.make(kind, bits: bits, seed: 3)
        var rng = SeededGenerator(seed: 9)
        let encoder = CircuitEncoder(hidden: 8, generator: &rng)
        let parallel = encoder(try PreparedCircuit(aig, estimate: nil, mode: .levels)).value
        let sequential = encoder(try PreparedCircuit(aig, estimate: nil, mode: .sequential)).value
        #expect(parallel.rows == aig.variableCount && parallel.columns == 16)
        let worst = zip(parallel.values, sequential.values).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 1e-5, "\(kind) \(bits): largest difference \(worst)")
    }

    @Test("The level schedule takes 1 + depth forward steps, reads only earlier steps, and covers every variable once")
    func scheduleShape() throws {
        let aig = try CircuitGenerator.make(.multiplier, bits: 4)
        let schedule = CircuitSchedule(aig)
        #expect(schedule.forward.count == 1 + Int(aig.levels().max()!))
        for pass in [schedule.forward, schedule.reverse] {
            #expect(pass.flatMap(\.variables).sorted() == (0 ..< Int32(aig.variableCount)).map { $0 })
            for (s, step) in pass.enumerated() {
                #expect(step.edges.blocks.allSatisfy { Int($0) < s })
            }
        }
        #expect(schedule.forward.dropFirst().map { $0.edges.count } .reduce(0, +) == 2 * aig.andCount)
        #expect(schedule.reverse.map { $0.edges.count }.reduce(0, +) == 2 * aig.andCount)
    }
}
