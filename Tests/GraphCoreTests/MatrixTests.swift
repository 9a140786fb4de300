import Testing
@testable import GraphCore

@Suite struct MatrixTests {
    static func random(_ rows: Int, _ columns: Int, _ rng: inout SeededGenerator) -> Matrix {
        try! Matrix(rows: rows, columns: columns, values: (0 ..< rows * columns).map { _ in rng.nextUnitFloat() * 2 - 1 })
    }

    /// The product by the definition, accumulated in Double.
    static func naiveProduct(_ a: Matrix, _ b: Matrix) -> Matrix {
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0 ..< a.rows {
            for j in 0 ..< b.columns {
                var sum = 0.0
                for k in 0 ..< a.columns { sum += Double(a[i, k]) * Double(b[k, j]) }
                c[i, j] = Float(sum)
            }
        }
        return c
    }

    @Test func handWorkedProduct() {
        let a = Matrix([[1, 2], [3, 4], [5, 6]])
        let b = Matrix([[1, 0, -1], [2, 1, 0]])
        #expect(a.matmul(b) == Matrix([[5, 2, -1], [11, 4, -3], [17, 6, -5]]))
    }

    @Test(arguments: [(false, false), (true, false), (false, true), (true, true)])
    func productWithTransposesMatchesDefinition(ta: Bool, tb: Bool) {
        var rng = SeededGenerator(seed: 42)
        let a = MatrixTests.random(7, 5, &rng), b = MatrixTests.random(5, 3, &rng)
        let storedA = ta ? a.transposed() : a, storedB = tb ? b.transposed() : b
        let c = Matrix.product(storedA, transposed: ta, storedB, transposed: tb)
        #expect(c.maxAbsDifference(MatrixTests.naiveProduct(a, b)) < 1e-5)
    }

    @Test func emptyInnerDimensionGivesZeros() {
        let c = Matrix(rows: 2, columns: 0).matmul(Matrix(rows: 0, columns: 3))
        #expect(c == Matrix(rows: 2, columns: 3))
    }

    @Test func elementwiseAndRowOperations() throws {
        let a = Matrix([[1, 2], [3, 4]]), b = Matrix([[4, 3], [2, 1]])
        #expect(a + b == Matrix([[5, 5], [5, 5]]))
        #expect(a - b == Matrix([[-3, -1], [1, 3]]))
        #expect(a * b == Matrix([[4, 6], [6, 4]]))
        #expect(2 * a == Matrix([[2, 4], [6, 8]]))
        #expect(a.addingRowVector([10, 20]) == Matrix([[11, 22], [13, 24]]))
        #expect(a.scalingRows(by: [2, -1]) == Matrix([[2, 4], [-3, -4]]))
        #expect(a.rowSums() == [3, 7])
        #expect(a.columnSums() == [4, 6])
        #expect(a.sum() == 10)
        #expect(a.transposed() == Matrix([[1, 3], [2, 4]]))
        #expect(Matrix([[1, 3, 3], [0, -1, -2]]).rowArgmax() == [1, 0])
        #expect(Matrix([[3, 4], [0, 0]]).rowL2Normalized() == Matrix([[0.6, 0.8], [0, 0]]))
        #expect(Matrix([[1, 3], [0, 0]]).rowSumNormalized() == Matrix([[0.25, 0.75], [0, 0]]))
        #expect(a.stackingRows(b) == Matrix([[1, 2], [3, 4], [4, 3], [2, 1]]))
        #expect(a.concatenatingColumns(b) == Matrix([[1, 2, 4, 3], [3, 4, 2, 1]]))
        #expect(Matrix.identity(2).matmul(a) == a)
        #expect(throws: GraphError.self) { try Matrix(rows: 2, columns: 2, values: [1, 2, 3]) }
    }

    @Test func scatterAddIsTheAdjointOfGather() {
        // <gather(X), Y> == <X, scatterAdd(Y)> for every X, Y.
        var rng = SeededGenerator(seed: 7)
        let x = MatrixTests.random(5, 3, &rng), y = MatrixTests.random(6, 3, &rng)
        let indices: [Int32] = [4, 0, 0, 2, 4, 1]
        let left = (x.gatherRows(indices) * y).sum()
        let right = (x * y.scatterAddRows(indices, count: 5)).sum()
        #expect(abs(left - right) < 1e-5)
        #expect(x.gatherRows([2]).values == Array(x.row(2)))
    }
}

@Suite struct SparseMatrixTests {
    @Test func productsAndTransposeMatchDenseOracle() {
        var rng = SeededGenerator(seed: 21)
        var dense = MatrixTests.random(9, 13, &rng)
        dense.withUnsafeMutableValues { values in
            for i in values.indices where rng.nextUnitFloat() < 0.7 { values[i] = 0 }
        }
        let sparse = SparseMatrix(dense: dense)
        #expect(sparse.nonzeroCount == dense.values.filter { $0 != 0 }.count)
        #expect(sparse.dense() == dense)
        #expect(sparse.transposed().dense() == dense.transposed())
        let x = MatrixTests.random(13, 35, &rng)
        #expect(sparse.multiply(x).maxAbsDifference(MatrixTests.naiveProduct(dense, x)) < 1e-5)
        let y = MatrixTests.random(9, 4, &rng)
        #expect(sparse.transposed().multiply(y).maxAbsDifference(MatrixTests.naiveProduct(dense.transposed(), y)) < 1e-5)
        #expect(sparse.rowSumNormalized().dense().maxAbsDifference(dense.rowSumNormalized()) < 1e-6)
    }
}
