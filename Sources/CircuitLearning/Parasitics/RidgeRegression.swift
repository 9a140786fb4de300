/// Linear least squares with a small ridge, `w = (XᵀX + λI)⁻¹ Xᵀy`, accumulated row by row in
/// `Double` and solved by Gaussian elimination with partial pivoting (for a few dozen columns).
struct RidgeRegression {
    private var gram: [Double], moment: [Double]
    let width: Int

    init(width: Int) {
        self.width = width
        gram = .init(repeating: 0, count: width * width)
        moment = .init(repeating: 0, count: width)
    }

    /// Adds one row and its target. - Complexity: O(width²)
    mutating func add(_ x: [Double], _ y: Double) {
        for i in 0 ..< width where x[i] != 0 {
            moment[i] += x[i] * y
            for j in 0 ..< width { gram[i * width + j] += x[i] * x[j] }
        }
    }

    /// The weights, with `ridge` added to the diagonal. - Complexity: O(width³)
    func solve(ridge: Double = 1e-6) -> [Double] {
        var a = gram, b = moment
        for i in 0 ..< width { a[i * width + i] += ridge }
        for column in 0 ..< width {
            let pivot = (column ..< width).max { abs(a[$0 * width + column]) < abs(a[$1 * width + column]) }!
            if pivot != column {
                for j in 0 ..< width { a.swapAt(column * width + j, pivot * width + j) }
                b.swapAt(column, pivot)
            }
            let diagonal = a[column * width + column]
            guard diagonal != 0 else { continue }
            for row in column + 1 ..< width {
                let factor = a[row * width + column] / diagonal
                guard factor != 0 else { continue }
                for j in column ..< width { a[row * width + j] -= factor * a[column * width + j] }
                b[row] -= factor * b[column]
            }
        }
        var w = [Double](repeating: 0, count: width)
        for row in stride(from: width - 1, through: 0, by: -1) {
            var sum = b[row]
            for j in row + 1 ..< width { sum -= a[row * width + j] * w[j] }
            w[row] = a[row * width + row] != 0 ? sum / a[row * width + row] : 0
        }
        return w
    }
}
