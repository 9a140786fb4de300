import EDA
import GraphCore
import Render

extension CircuitDrawing {
    /// One value per AIG variable spread onto the drawn nodes: each variable's node takes its
    /// value, each output node `output(its driver's value, whether the output is inverted)`,
    /// and nodes without a variable `missing`.
    /// - Precondition: `values.count == aig.variableCount`. - Complexity: O(M + O)
    public func nodeValues<T>(ofVariables values: [T], missing: T,
                              output: (T, _ inverted: Bool) -> T = { value, _ in value }) -> [T] {
        precondition(values.count == aig.variableCount, "\(values.count) values for \(aig.variableCount) AIG variables")
        var result = [T](repeating: missing, count: graph.nodeCount)
        for variable in 0 ..< circuitGraph.variableCount {
            if let node = circuitGraph.node(ofVariable: variable) { result[node] = values[variable] }
        }
        for (k, node) in circuitGraph.outputNodes.enumerated() {
            let literal = aig.outputs[k]
            result[node] = output(values[Int(literal >> 1)], literal & 1 == 1)
        }
        return result
    }

    /// One value per drawn node from `values`, which holds either one per AIG variable in
    /// variable order (as `graphtool embed` writes its rows; spread as by
    /// `nodeValues(ofVariables:missing:output:)`) or one per drawn node; `nil` for any other
    /// length. - Complexity: O(M + O)
    public func nodeValues<T>(_ values: [T], missing: T) -> [T]? {
        if values.count == aig.variableCount { return nodeValues(ofVariables: values, missing: missing) }
        return values.count == graph.nodeCount ? values : nil
    }

    /// The signal probability of every drawn node: exact with at most
    /// `AIG.exhaustiveSourceLimit` inputs plus latches, else from `patternCount` seeded random
    /// patterns. An output takes its driver's probability, complemented when it is inverted.
    /// - Throws: `AIGError`. - Complexity: O(M · patterns / 64)
    public func signalProbabilities(patternCount: Int = 1 << 16, seed: UInt64 = 0) throws -> [Double] {
        let exhaustive = aig.inputs.count + aig.latches.count <= AIG.exhaustiveSourceLimit
        let variables = exhaustive ? try aig.exactSignalProbabilities()
                                   : try aig.signalProbabilities(patternCount: patternCount, seed: seed)
        return nodeValues(ofVariables: variables, missing: .nan) { p, inverted in inverted ? 1 - p : p }
    }

    /// Each drawn node's k-means cluster (`KMeans.cluster`, seeded) of the embedding rows of
    /// its AIG variable; outputs take their driver's cluster. Gates the encoder sees alike
    /// share a colour.
    /// - Throws: `GraphError.shapeMismatch` unless there is one row per AIG variable;
    ///   `GraphError.invalidArgument` for `k < 1`.
    /// - Complexity: that of `KMeans.cluster` on the rows, plus O(M + O).
    public func embeddingClusters(_ embeddings: Matrix, k: Int, seed: UInt64 = 0) throws -> [Int32] {
        guard embeddings.rows == aig.variableCount else {
            throw GraphError.shapeMismatch("\(embeddings.rows) embedding rows for \(aig.variableCount) AIG variables; expected one row per variable, as graphtool embed writes")
        }
        var generator = SeededGenerator(seed: seed)
        let clusters = try KMeans.cluster(embeddings, k: k, using: &generator)
        return nodeValues(ofVariables: clusters, missing: -1)
    }
}
