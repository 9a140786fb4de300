import GNN

extension CircuitModel {
    /// The number of parameters of a model of hidden size `hidden`, without building it, or
    /// `nil` beyond `Int`. Every layer's sizes are affine in H, so the count is a quadratic in H,
    /// fixed by the models with H = 1, 2, 3 (Newton's form of the interpolating polynomial).
    /// - Complexity: O(1)
    static func parameterCount(architecture: Architecture, hidden: Int, prior: ProbabilityHead.Prior) -> Int? {
        let p = (1 ... 3).map { h in
            CircuitModel(architecture: architecture, hidden: h, probabilityPrior: prior, probabilityEstimate: .independence)
                .namedParameters.reduce(0) { $0 + $1.tensor.value.values.count }
        }
        let step = p[1] - p[0], curvature = p[2] - 2 * p[1] + p[0]
        var overflow = false
        func checked(_ result: (partialValue: Int, overflow: Bool)) -> Int {
            overflow = overflow || result.overflow
            return result.partialValue
        }
        // P(H) = P(1) + (H − 1) ΔP + (H − 1)(H − 2)/2 Δ²P
        let linear = checked((hidden - 1).multipliedReportingOverflow(by: step))
        let pairs = checked((hidden - 1).multipliedReportingOverflow(by: hidden - 2)) / 2
        let quadratic = checked(pairs.multipliedReportingOverflow(by: curvature))
        let total = checked(checked(p[0].addingReportingOverflow(linear)).addingReportingOverflow(quadratic))
        return overflow ? nil : total
    }
}
