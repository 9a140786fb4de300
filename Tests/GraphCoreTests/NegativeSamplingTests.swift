import Testing
@testable import GraphCore

@Suite struct NegativeSamplingTests {
    /// The ordered pairs `(u, v)`, `u ≠ v`, with no edge `u → v`, listed by brute force over all pairs.
    static func orderedNonEdges(_ graph: Graph) -> [UInt64] {
        var pairs: [UInt64] = []
        for u in 0 ..< graph.nodeCount {
            let row = Set(graph.neighbors(of: u))
            for v in 0 ..< graph.nodeCount where v != u && !row.contains(Int32(v)) {
                pairs.append(NegativeSampling.pairKey(u, v))
            }
        }
        return pairs
    }

    static func undirected(_ n: Int, _ edges: [(Int, Int)]) throws -> Graph {
        try GraphBuilder.build(nodeCount: n, sources: edges.map { Int32($0.0) }, targets: edges.map { Int32($0.1) },
                               options: .init(directed: false))
    }

    static func star(_ n: Int) throws -> Graph { try undirected(n, (1 ..< n).map { (0, $0) }) }

    static func complete(_ n: Int, missing: Set<UInt64> = []) throws -> Graph {
        var edges: [(Int, Int)] = []
        for u in 0 ..< n { for v in u + 1 ..< n where !missing.contains(NegativeSampling.pairKey(u, v)) { edges.append((u, v)) } }
        return try undirected(n, edges)
    }

    /// Graphs under and at the 64-slice threshold, a star, near-complete graphs, one with a hub.
    static func cases() throws -> [(String, Graph)] {
        var rng = SeededGenerator(seed: 5)
        var cases: [(String, Graph)] = []
        for n in [3, 24, 63] {
            cases.append(("G(\(n), m)", try RandomGraphs.erdosRenyi(nodes: n, edges: n * (n - 1) / 6, using: &rng)))
        }
        cases.append(("star of 24", try star(24)))
        cases.append(("star of 200", try star(200)))
        cases.append(("K24 minus 3 edges", try complete(24, missing: [NegativeSampling.pairKey(0, 1),
                                                                      NegativeSampling.pairKey(5, 17),
                                                                      NegativeSampling.pairKey(22, 23)])))
        cases.append(("K100 minus 1 edge", try complete(100, missing: [NegativeSampling.pairKey(40, 41)])))
        cases.append(("directed, repeated edges and self-loops",
                      try RandomGraphs.uniformOutDegree(nodes: 40, degree: 30, using: &rng)))
        return cases
    }

    @Test func everyIndependentDrawIsATrueNonEdge() throws {
        for (name, graph) in try Self.cases() {
            let nonEdges = Set(Self.orderedNonEdges(graph))
            for count in [1, 7, 500] {
                var rng = SeededGenerator(seed: UInt64(count))
                let drawn = try NegativeSampling.sample(count: count, avoiding: graph, using: &rng)
                #expect(drawn.count == count, "\(name)")
                for (u, v) in zip(drawn.sources, drawn.targets) {
                    #expect(nonEdges.contains(NegativeSampling.pairKey(Int(u), Int(v))), "\(name): (\(u), \(v))")
                    #expect(graph.isDirected || !graph.hasEdge(from: Int(v), to: Int(u)), "\(name): (\(u), \(v))")
                }
                #expect(drawn.sources == drawn.sources.sorted(), "\(name): sorted by source")
            }
        }
    }

    @Test func everyDistinctDrawIsANewTrueNonEdge() throws {
        for (name, graph) in try Self.cases() {
            let nonEdges = Set(Self.orderedNonEdges(graph))
            let available = graph.isDirected ? nonEdges.count : nonEdges.count / 2
            for count in Set([1, available / 3, available]) where count > 0 {
                var rng = SeededGenerator(seed: 9)
                let drawn = try NegativeSampling.sample(count: count, avoiding: graph, distinct: true, using: &rng)
                let keys = zip(drawn.sources, drawn.targets).map { NegativeSampling.pairKey(Int($0), Int($1)) }
                #expect(Set(keys).count == count, "\(name): \(count) distinct pairs")
                for (u, v) in zip(drawn.sources, drawn.targets) {
                    #expect(nonEdges.contains(NegativeSampling.pairKey(Int(u), Int(v))), "\(name): (\(u), \(v))")
                    #expect(graph.isDirected || u < v, "\(name)")
                }
            }
            var rng = SeededGenerator(seed: 1)
            #expect(throws: GraphError.self, "\(name)") {
                try NegativeSampling.sample(count: available + 1, avoiding: graph, distinct: true, using: &rng)
            }
        }
    }

    @Test(arguments: [2, 3, 24, 63])
    func aCompleteGraphHasNoNegativesToDraw(n: Int) throws {
        let graph = try Self.complete(n)
        var rng = SeededGenerator(seed: 2)
        for distinct in [false, true] {
            let error = #expect(throws: GraphError.self) {
                try NegativeSampling.sample(count: 3, avoiding: graph, distinct: distinct, using: &rng)
            }
            #expect("\(error.map { String(describing: $0) } ?? "")".contains("no non-edges"))
            #expect(try NegativeSampling.sample(count: 0, avoiding: graph, distinct: distinct, using: &rng).count == 0)
        }
    }

    /// Chi-square goodness of fit of independent draws against the uniform law over the ordered
    /// non-edges. The bound (mean + 6 standard deviations of χ²(k−1)) fails a fair sampler with
    /// probability far below 10⁻⁶. The former sampler (uniform source, then uniform
    /// non-neighbour) never ends on the hub graphs and gives χ² ≈ 960 (bound 39) on the path.
    @Test func independentDrawsAreUniformOverOrderedNonEdges() throws {
        let path = try Self.undirected(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        let hubAndPairs = try Self.undirected(9, (1 ..< 9).map { (0, $0) } + [(1, 2), (3, 4), (5, 6)])
        for graph in [path, hubAndPairs, try Self.star(30)] {
            let nonEdges = Self.orderedNonEdges(graph)
            let draws = max(400 * nonEdges.count, 24_000)
            var rng = SeededGenerator(seed: 17)
            let drawn = try NegativeSampling.sample(count: draws, avoiding: graph, using: &rng)
            var observed: [UInt64: Int] = [:]
            for (u, v) in zip(drawn.sources, drawn.targets) { observed[NegativeSampling.pairKey(Int(u), Int(v)), default: 0] += 1 }
            #expect(Set(observed.keys) == Set(nonEdges))
            let expected = Double(draws) / Double(nonEdges.count)
            let chiSquare = nonEdges.reduce(0.0) { sum, key in
                let difference = Double(observed[key, default: 0]) - expected
                return sum + difference * difference / expected
            }
            let degrees = Double(nonEdges.count - 1)
            #expect(chiSquare < degrees + 6 * (2 * degrees).squareRoot(), "χ² \(chiSquare) on \(degrees) degrees of freedom")
        }
    }

    /// Every non-edge of a 5-node path is in a distinct sample of 2 of its 6 with probability 1/3.
    @Test func distinctSamplesAreUniformSubsets() throws {
        let path = try Self.undirected(5, [(0, 1), (1, 2), (2, 3), (3, 4)])
        var rng = SeededGenerator(seed: 23)
        var included: [UInt64: Int] = [:]
        let runs = 6_000
        for _ in 0 ..< runs {
            let drawn = try NegativeSampling.sample(count: 2, avoiding: path, distinct: true, using: &rng)
            for (u, v) in zip(drawn.sources, drawn.targets) { included[NegativeSampling.pairKey(Int(u), Int(v)), default: 0] += 1 }
        }
        #expect(included.count == 6)
        for (key, hits) in included {
            // Binomial(6000, 1/3): mean 2000, standard deviation 36.5; allow 6 of them.
            #expect(abs(hits - runs / 3) < 220, "pair \(key >> 32)-\(key & 0xFFFF_FFFF) drawn \(hits) times")
        }
    }

    @Test func independentDrawsDependOnTheSeedOnly() throws {
        var graphRNG = SeededGenerator(seed: 4)
        let graph = try RandomGraphs.erdosRenyi(nodes: 300, edges: 2_000, using: &graphRNG)
        var one = SeededGenerator(seed: 8), four = SeededGenerator(seed: 8)
        let a = try NegativeSampling.sample(count: 3_000, avoiding: graph, threads: 1, using: &one)
        let b = try NegativeSampling.sample(count: 3_000, avoiding: graph, threads: 4, using: &four)
        #expect(a == b)
    }

    @Test func nonNeighboursOfRowsWithRepeatsAndSelfLoops() throws {
        var rng = SeededGenerator(seed: 12)
        let graph = try RandomGraphs.uniformOutDegree(nodes: 30, degree: 25, using: &rng)
        for u in 0 ..< graph.nodeCount {
            let row = Set(graph.neighbors(of: u))
            let truth = (0 ..< graph.nodeCount).filter { $0 != u && !row.contains(Int32($0)) }
            #expect(graph.nonNeighbourCount(of: u) == truth.count)
            #expect((0 ..< truth.count).map { graph.nonNeighbour($0, of: u) } == truth, "node \(u)")
        }
    }
}
