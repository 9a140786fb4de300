import GNN
import GraphCore

/// How well an autoencoder rebuilds circuits it did not train on (arch2vec's reconstruction
/// accuracy), and what its prior decodes to (validity and uniqueness of samples z ~ N(0, I)).
public struct AutoencoderReport: Codable, Equatable, Sendable {
    /// Nodes whose kind (argmax) is right.
    public var kindAccuracy: Double
    /// Nodes whose every qubit column (σ > ½) is right.
    public var qubitAccuracy: Double
    /// Node pairs `i < j` whose edge bit (σ(zᵢ·zⱼ) > ½) is right.
    public var adjacencyAccuracy: Double
    /// Circuits rebuilt exactly (kinds, qubits and adjacency).
    public var exactCircuits: Double
    /// Prior samples that decode to a valid circuit, and the share of those that are distinct.
    public var priorValidity: Double?
    public var priorUniqueness: Double?
}

extension CircuitAutoencoder {
    /// What node `i` of a decoded latent says: its kind and the qubits it acts on.
    struct DecodedGraph {
        var kinds: [Int]
        var qubits: [[Int]]
        /// Row-major `n × n`, `i < j` only.
        var adjacency: [Bool]
    }

    /// The decoder's reading of `z` (`V × latent`, one circuit). - Complexity: O(V² × latent)
    func decodeGraph(_ z: Matrix) -> DecodedGraph {
        let logits = nodeLogits(Tensor(z)).value
        let n = z.rows, kinds = pool.kindCount
        var decoded = DecodedGraph(kinds: [], qubits: [], adjacency: [Bool](repeating: false, count: n * n))
        for i in 0 ..< n {
            let row = Array(logits.row(i))
            decoded.kinds.append(row[0 ..< kinds].indices.max { row[$0] < row[$1] }!)
            decoded.qubits.append((0 ..< qubitCount).filter { row[kinds + $0] > 0 })
            for j in i + 1 ..< n {
                decoded.adjacency[i * n + j] = zip(z.row(i), z.row(j)).reduce(0) { $0 + $1.0 * $1.1 } > 0
            }
        }
        return decoded
    }

    /// The circuit `z` decodes to, or `nil` when it is not one: START first, END last, gates of
    /// the pool between with as many qubits as they take (in ascending order), and an adjacency
    /// that is exactly the DAG those gates make. - Complexity: O(V² × latent)
    public func decode(_ z: Matrix) -> QuantumCircuit? {
        let graph = decodeGraph(z)
        let n = graph.kinds.count
        guard n >= 2, graph.kinds[0] == pool.start, graph.kinds[n - 1] == pool.end else { return nil }
        var operations: [QuantumOperation] = []
        for i in 1 ..< n - 1 {
            let kind = graph.kinds[i]
            guard kind != pool.start, kind != pool.end, let gate = StandardGate(name: pool.name(ofKind: kind)),
                  gate.qubitCount == graph.qubits[i].count else { return nil }
            operations.append(.gate(gate, graph.qubits[i], [Double](repeating: 0, count: gate.parameterCount)))
        }
        let circuit = QuantumCircuit(qubits: qubitCount, operations: operations)
        guard let dag = try? CircuitDAG(circuit, pool: pool) else { return nil }
        var expected = [Bool](repeating: false, count: n * n)
        for edge in dag.edges { expected[edge.from * n + edge.to] = true }
        return expected == graph.adjacency ? circuit : nil
    }

    /// Reconstruction accuracy on `circuits` (latents are the means) and, when `priorSamples >
    /// 0`, validity and uniqueness of that many circuits of `priorNodes` nodes decoded from N(0, I).
    /// - Complexity: O(encode of every circuit + priorSamples × priorNodes² × latent)
    public func evaluate(_ circuits: [EncodedCircuit], priorSamples: Int = 0, priorNodes: Int = 12,
                         generator: inout SeededGenerator) throws -> AutoencoderReport {
        var kinds = 0, qubits = 0, nodes = 0, pairs = 0, pairsRight = 0, exact = 0
        for start in stride(from: 0, to: circuits.count, by: 256) {
            let members = Array(circuits[start ..< min(circuits.count, start + 256)])
            let batch = try GraphBatch(members.map { ($0.messageGraph, $0.features) })
            let z = encode(batch.features, MessageGraph(batch.graph), training: false, generator: &generator).z.value
            for (index, circuit) in members.enumerated() {
                let rows = batch.nodes(of: index)
                var block = Matrix(rows: rows.count, columns: z.columns)
                for (r, row) in rows.enumerated() { for c in 0 ..< z.columns { block[r, c] = z[row, c] } }
                let decoded = decodeGraph(block)
                let n = circuit.nodeCount
                var allRight = true
                for i in 0 ..< n {
                    let node = circuit.dag.nodes[i]
                    let kindRight = decoded.kinds[i] == node.kind, qubitsRight = decoded.qubits[i] == node.qubits.sorted()
                    kinds += kindRight ? 1 : 0
                    qubits += qubitsRight ? 1 : 0
                    allRight = allRight && kindRight && qubitsRight
                    for j in i + 1 ..< n {
                        let right = decoded.adjacency[i * n + j] == circuit.adjacency[i * n + j]
                        pairsRight += right ? 1 : 0
                        allRight = allRight && right
                        pairs += 1
                    }
                }
                nodes += n
                exact += allRight ? 1 : 0
            }
        }
        var report = AutoencoderReport(kindAccuracy: Double(kinds) / Double(max(nodes, 1)), qubitAccuracy: Double(qubits) / Double(max(nodes, 1)),
                                       adjacencyAccuracy: Double(pairsRight) / Double(max(pairs, 1)),
                                       exactCircuits: Double(exact) / Double(max(circuits.count, 1)))
        if priorSamples > 0 {
            var valid = 0, distinct = Set<[Int]>()
            for _ in 0 ..< priorSamples {
                var z = Matrix(rows: priorNodes, columns: latentSize)
                z.withUnsafeMutableValues { values in for i in values.indices { values[i] = generator.nextGaussian() } }
                guard let circuit = decode(z) else { continue }
                valid += 1
                distinct.insert(RandomCircuitGenerator.key(circuit))
            }
            report.priorValidity = Double(valid) / Double(priorSamples)
            report.priorUniqueness = valid == 0 ? 0 : Double(distinct.count) / Double(valid)
        }
        return report
    }
}
