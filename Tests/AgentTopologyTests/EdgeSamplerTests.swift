import AgentTopology
import Foundation
import GNN
import GraphCore
import Testing

/// Whether `b` is reachable from `a` along `edges` (an independent depth-first search).
private func reaches(_ edges: [Topology.Edge], from a: Int, to b: Int) -> Bool {
    var stack = [a], seen: Set<Int> = [a]
    while let x = stack.popLast() {
        if x == b { return true }
        for e in edges where e.source == x && seen.insert(e.target).inserted { stack.append(e.target) }
    }
    return false
}

private func randomProbabilities(_ n: Int, _ rng: inout SeededGenerator) -> Matrix {
    Matrix(rows: n, columns: n).map { _ in 0.05 + 0.9 * rng.nextUnitFloat() }
}

@Suite("Sampling DAGs with exact log-probabilities")
struct EdgeSamplerTests {
    @Test(arguments: [false, true])
    func everyDrawIsAcyclicAndItsLogProbabilitySumsTheConsideredPairs(forwardOnly: Bool) {
        let seed: UInt64 = 17
        var rng = SeededGenerator(seed: seed)
        let sampler = EdgeSampler(agentCount: 6, forwardOnly: forwardOnly)
        for trial in 0 ..< 300 {
            let p = randomProbabilities(6, &rng)
            let draw = sampler.sample(p, using: &rng)
            let edges = draw.topology.edges
            #expect(edges.allSatisfy { !reaches(edges, from: $0.target, to: $0.source) }, "seed \(seed) trial \(trial): a cycle")
            // Every candidate not considered would have closed a cycle.
            let considered = Set(draw.considered.map(\.edge))
            for c in sampler.candidates where !considered.contains(c) {
                #expect(reaches(edges, from: c.target, to: c.source), "seed \(seed) trial \(trial): \(c) skipped wrongly")
            }
            let expected = draw.considered.reduce(0.0) { sum, d in
                let q = Double(p[d.edge.source, d.edge.target])
                return sum + (d.taken ? log(q) : log(1 - q))
            }
            #expect(abs(draw.logProbability - expected) < 1e-9)
            let taped = sampler.logProbability(of: draw, Tensor(p)).value[0, 0]
            #expect(abs(Double(taped) - expected) < 1e-4 * max(1, abs(expected)))
        }
    }

    @Test func probabilitiesMatchTheFrequenciesOfDraws() {
        // Three agents over all ordered pairs: the decisions are a function of the graph drawn,
        // so each graph's frequency must match exp(logProbability), and these sum to 1.
        var rng = SeededGenerator(seed: 23)
        let sampler = EdgeSampler(agentCount: 3, forwardOnly: false)
        let p = randomProbabilities(3, &rng)
        var counts: [Topology: Int] = [:], logP: [Topology: Double] = [:]
        let draws = 40_000
        for _ in 0 ..< draws {
            let d = sampler.sample(p, using: &rng)
            counts[d.topology, default: 0] += 1
            logP[d.topology] = d.logProbability
        }
        #expect(abs(logP.values.map { exp($0) }.reduce(0, +) - 1) < 1e-9, "probabilities of the DAGs seen sum to 1")
        for (t, c) in counts {
            let q = exp(logP[t]!)
            #expect(abs(Double(c) / Double(draws) - q) < 5 * (q * (1 - q) / Double(draws)).squareRoot() + 1e-4, "\(t.edges)")
        }
    }

    @Test func decodingTakesPairsAtOrAboveTheThreshold() {
        let p = Matrix([[0, 0.7, 0.2], [0.9, 0, 0.5], [0.6, 0.1, 0]])
        let draw = EdgeSampler(agentCount: 3, forwardOnly: false).decode(p)
        // 0→1 taken; 0→2 no; 1→0 would close a cycle; 1→2 taken (0.5); 2→0, 2→1 close cycles.
        #expect(draw.topology.edges == [.init(0, 1), .init(1, 2)])
        #expect(draw.considered.count == 3)
    }
}
