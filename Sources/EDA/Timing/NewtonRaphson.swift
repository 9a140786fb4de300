/// Small dense Newton–Raphson iterations, for the effective-capacitance equations.
enum NewtonRaphson {
    /// Solves `f(x) = 0` from `x`: at most `maxIterations` steps `J·p = −f`, stopping after the
    /// first step whose every component is within `relativeTolerance × |xᵢ|` (that step is
    /// taken). `evaluate` gives `f` and its Jacobian `J` (by rows), or `nil` where it is not
    /// defined. Returns `nil` when an evaluation fails, `J` is singular or it does not converge.
    /// Fixed-size vectors, so the iterations allocate nothing.
    /// - Complexity: O(maxIterations × (evaluation + n³))
    static func solve<let n: Int>(_ x: InlineArray<n, Double>, maxIterations: Int, relativeTolerance: Double,
                                  _ evaluate: (InlineArray<n, Double>) -> (f: InlineArray<n, Double>, jacobian: InlineArray<n, InlineArray<n, Double>>)?)
        -> InlineArray<n, Double>? {
        var x = x
        for _ in 0 ..< maxIterations {
            guard var (f, jacobian) = evaluate(x) else { return nil }
            for i in 0 ..< n { f[i] = -f[i] }
            guard let step = linearSolve(jacobian, f) else { return nil }
            var converged = true
            for i in 0 ..< n {
                if abs(step[i]) > abs(x[i]) * relativeTolerance { converged = false }
                x[i] += step[i]
            }
            if converged { return x }
        }
        return nil
    }

    /// Solves `a·x = b` (`a` by rows) by Gaussian elimination with partial pivoting (the first
    /// largest pivot); `nil` when a row of `a` is all zero or a pivot vanishes. - Complexity: O(n³)
    static func linearSolve<let n: Int>(_ a: InlineArray<n, InlineArray<n, Double>>, _ b: InlineArray<n, Double>) -> InlineArray<n, Double>? {
        var a = a, b = b
        for i in 0 ..< n {
            var zero = true
            for k in 0 ..< n where a[i][k] != 0 { zero = false }
            if zero { return nil }
        }
        for column in 0 ..< n {
            var pivot = column
            for row in column + 1 ..< n where abs(a[row][column]) > abs(a[pivot][column]) { pivot = row }
            guard a[pivot][column] != 0 else { return nil }
            if pivot != column {
                a.swapAt(pivot, column)
                b.swapAt(pivot, column)
            }
            for row in column + 1 ..< n {
                let factor = a[row][column] / a[column][column]
                guard factor != 0 else { continue }
                for k in column ..< n { a[row][k] -= factor * a[column][k] }
                b[row] -= factor * b[column]
            }
        }
        var x = InlineArray<n, Double>(repeating: 0)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var sum = b[row]
            for k in row + 1 ..< n { sum -= a[row][k] * x[k] }
            x[row] = sum / a[row][row]
        }
        return x
    }

    /// The root of `f` between `lower` and `upper` (where `f` changes sign), by Newton steps
    /// that fall back to bisection when they leave the bracket or shrink it too slowly; stops
    /// when a step is within `relativeTolerance × |root|`. `f` gives the value and slope.
    /// `nil` when the bracket holds no sign change or `maxIterations` do not converge.
    /// - Complexity: O(maxIterations) evaluations
    static func root(between lower: Double, and upper: Double, relativeTolerance: Double, maxIterations: Int,
                     _ f: (Double) -> (value: Double, slope: Double)) -> Double? {
        let fLower = f(lower).value, fUpper = f(upper).value
        if fLower > 0 && fUpper > 0 || fLower < 0 && fUpper < 0 { return nil }
        if fLower == 0 { return lower }
        if fUpper == 0 { return upper }
        // `negative` is the end where f < 0.
        var (negative, positive) = fLower < 0 ? (lower, upper) : (upper, lower)
        var x = (negative + positive) / 2
        var previousStep = abs(positive - negative), step = previousStep
        var (y, slope) = f(x)
        for _ in 0 ..< maxIterations {
            let leavesBracket = ((x - positive) * slope - y) * ((x - negative) * slope - y) > 0
            if leavesBracket || abs(2 * y) > abs(previousStep * slope) {
                previousStep = step
                step = (positive - negative) / 2
                x = negative + step
            } else {
                previousStep = step
                step = y / slope
                x -= step
            }
            if abs(step) <= relativeTolerance * abs(x) { return x }
            (y, slope) = f(x)
            if y < 0 { negative = x } else { positive = x }
        }
        return nil
    }
}
