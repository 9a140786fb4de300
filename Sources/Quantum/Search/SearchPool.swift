import GraphCore

/// The circuits a search picks from, each with its point in the autoencoder's latent space: the
/// mean of its nodes' latent means (arch2vec's graph embedding), each dimension standardised to
/// mean 0 and variance 1 over the pool.
public struct SearchPool: Sendable {
    /// The circuits.
    public let circuits: [QuantumCircuit]
    /// `count × dimension`, row-major.
    public let embeddings: [Float]
    /// Latent width.
    public let dimension: Int

    /// Embeds `circuits` with `model` (``CircuitAutoencoder/nodeEmbeddings(_:)``).
    /// - Throws: `GraphError` when a circuit has a gate outside the model's pool.
    /// - Complexity: that of encoding every circuit.
    public init(circuits: [QuantumCircuit], model: CircuitAutoencoder) throws {
        let d = model.latentSize
        var points = [Float](repeating: 0, count: circuits.count * d)
        for (index, nodes) in try model.nodeEmbeddings(circuits).enumerated() {
            for (c, sum) in nodes.columnSums().enumerated() { points[index * d + c] = sum / Float(nodes.rows) }
        }
        self.init(circuits: circuits, points: points, dimension: d)
    }

    /// A pool of given points (`circuits.count × dimension`), standardised here.
    /// - Complexity: O(count × dimension)
    public init(circuits: [QuantumCircuit], points: [Float], dimension: Int) {
        precondition(points.count == circuits.count * dimension, "one point of \(dimension) per circuit")
        var standardised = points
        let n = circuits.count
        for c in 0 ..< dimension where n > 0 {
            var mean = 0.0, square = 0.0
            for i in 0 ..< n { mean += Double(points[i * dimension + c]) }
            mean /= Double(n)
            for i in 0 ..< n { square += (Double(points[i * dimension + c]) - mean) * (Double(points[i * dimension + c]) - mean) }
            let std = max((square / Double(n)).squareRoot(), 1e-8)
            for i in 0 ..< n { standardised[i * dimension + c] = Float((Double(points[i * dimension + c]) - mean) / std) }
        }
        self.circuits = circuits
        embeddings = standardised
        self.dimension = dimension
    }

    /// Number of circuits. - Complexity: O(1)
    public var count: Int { circuits.count }

    /// The point of circuit `index`. - Complexity: O(dimension)
    public func point(_ index: Int) -> ArraySlice<Float> { embeddings[index * dimension ..< (index + 1) * dimension] }

    /// The unvisited circuit nearest to `x` (Euclidean), or `nil` when all are visited.
    /// - Complexity: O(count × dimension)
    public func nearestUnvisited(to x: [Float], visited: [Bool]) -> Int? {
        var best: Int?, bestDistance = Float.infinity
        embeddings.withUnsafeBufferPointer { e in
            for i in 0 ..< count where !visited[i] {
                var distance: Float = 0
                let base = i * dimension
                for c in 0 ..< dimension {
                    let delta = e[base + c] - x[c]
                    distance += delta * delta
                }
                if distance < bestDistance {
                    bestDistance = distance
                    best = i
                }
            }
        }
        return best
    }
}
