import Testing
@testable import GraphCore

@Suite struct SparseOpsTests {
    /// The dense adjacency `A[i][j] = Σ w(i→j)`.
    static func dense(_ g: Graph, values: [Float]? = nil) -> Matrix {
        var a = Matrix(rows: g.nodeCount, columns: g.nodeCount)
        for i in 0 ..< g.nodeCount {
            for e in g.edgeRange(of: i) { a[i, Int(g.targets[e])] += values?[e] ?? g.weight(ofEdge: e) }
        }
        return a
    }

    static func randomGraph(seed: UInt64, directed: Bool) throws -> Graph {
        var rng = SeededGenerator(seed: seed)
        let n = 30
        let sources = (0 ..< 120).map { _ in Int32(rng.nextIndex(below: n)) }
        let targets = (0 ..< 120).map { _ in Int32(rng.nextIndex(below: n)) }
        let weights = (0 ..< 120).map { _ in rng.nextUnitFloat() }
        return try GraphBuilder.build(nodeCount: n, sources: sources, targets: targets, weights: weights,
                                      options: .init(directed: directed))
    }

    @Test(arguments: [UInt64(1), 2, 3], [1, 2, 3])
    func spmmMatchesDenseOracle(seed: UInt64, threads: Int) throws {
        let g = try SparseOpsTests.randomGraph(seed: seed, directed: true)
        var rng = SeededGenerator(seed: seed + 100)
        let x = MatrixTests.random(g.nodeCount, 43, &rng)  // 43 = 32 + 8 + 3 columns: every kernel path
        let expected = MatrixTests.naiveProduct(SparseOpsTests.dense(g), x)
        #expect(g.spmm(x, threads: threads).maxAbsDifference(expected) < 1e-5, "seed \(seed)")
        let expectedT = MatrixTests.naiveProduct(SparseOpsTests.dense(g).transposed(), x)
        #expect(g.transposedSpMM(x, threads: threads).maxAbsDifference(expectedT) < 1e-5, "seed \(seed)")
    }

    @Test func spmmWithExplicitEdgeValues() throws {
        let g = try SparseOpsTests.randomGraph(seed: 9, directed: false)
        var rng = SeededGenerator(seed: 10)
        let values = (0 ..< g.edgeCount).map { _ in rng.nextUnitFloat() }
        let x = MatrixTests.random(g.nodeCount, 4, &rng)
        let a = SparseOpsTests.dense(g, values: values)
        #expect(g.spmm(x, edgeValues: values).maxAbsDifference(MatrixTests.naiveProduct(a, x)) < 1e-5)
        #expect(g.transposedSpMM(x, edgeValues: values)
            .maxAbsDifference(MatrixTests.naiveProduct(a.transposed(), x)) < 1e-5)
    }

    @Test func spmmDoesNotDependOnThreadCount() throws {
        let g = try SparseOpsTests.randomGraph(seed: 4, directed: true)
        var rng = SeededGenerator(seed: 5)
        let x = MatrixTests.random(g.nodeCount, 8, &rng)
        #expect(g.spmm(x, threads: 1) == g.spmm(x, threads: 4))
    }

    /// A product large enough (x of 4 MiB and more, at least one entry per row of x) that rows of
    /// x are gathered from the cache-line-aligned copy, against sums over the edges in Double.
    @Test(arguments: [1, 2])
    func spmmOnALargeOperandMatchesEdgeSums(threads: Int) throws {
        var rng = SeededGenerator(seed: 21)
        let n = 25_000, columns = 43  // 4.3 MB of x; 43 = 32 + 8 + 3 columns: every kernel path
        let g = try RandomGraphs.uniformOutDegree(nodes: n, degree: 3, using: &rng)
        let values = (0 ..< g.edgeCount).map { _ in rng.nextUnitFloat() }
        let x = MatrixTests.random(n, columns, &rng)
        #expect(x.values.count * 4 >= LargeArray.adviceThreshold)
        let product = g.spmm(x, edgeValues: values, threads: threads)
        var worst = 0.0
        for i in 0 ..< n {
            for c in 0 ..< columns {
                let sum = g.edgeRange(of: i).reduce(0.0) { $0 + Double(values[$1]) * Double(x[Int(g.targets[$1]), c]) }
                worst = max(worst, abs(sum - Double(product[i, c])))
            }
        }
        #expect(worst < 1e-5)
    }

    @Test func cacheAlignedRowsStartOnCacheLinesAndHoldTheRows() {
        var rng = SeededGenerator(seed: 3)
        for columns in [1, 16, 20, 43] {
            let x = MatrixTests.random(7, columns, &rng)
            x.withCacheAlignedRows(threads: 2) { rows, stride in
                #expect(Int(bitPattern: rows) % Matrix.cacheLineBytes == 0)
                #expect(stride >= columns && stride % (Matrix.cacheLineBytes / 4) == 0 && stride < columns + 16)
                for i in 0 ..< 7 {
                    #expect(Array(UnsafeBufferPointer(start: rows + i * stride, count: columns)) == Array(x.row(i)))
                }
            }
        }
    }

    @Test func gcnNormalizationOnAPath() throws {
        // Path 0 - 1 - 2 with self-loops: degrees 2, 3, 2.
        let g = try GraphBuilder.build(nodeCount: 3, sources: [0, 1], targets: [1, 2], options: .init(directed: false))
        let n = g.gcnNormalized()
        let a = SparseOpsTests.dense(n)
        let s6 = Float(1 / (6.0).squareRoot())
        let expected = Matrix([[0.5, s6, 0], [s6, 1.0 / 3, s6], [0, s6, 0.5]])
        #expect(a.maxAbsDifference(expected) < 1e-6)
    }

    @Test func rowNormalizationAverages() throws {
        let g = try GraphBuilder.build(nodeCount: 3, sources: [0, 0, 1], targets: [1, 2, 2], weights: [1, 3, 2])
        #expect(g.rowNormalized().edgeWeights == [0.25, 0.75, 1])
        #expect(g.weightedInDegrees() == [0, 1, 5])
    }
}
