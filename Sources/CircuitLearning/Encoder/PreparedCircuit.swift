import EDA
import GNN
import GraphCore

/// An AIG made ready for the circuit encoders, once: the level schedule of the DeepGate-style
/// ``CircuitEncoder``, the undirected fanin graph (variables as nodes) that the GIN baseline and
/// the masked-gate decoder pass messages over, and per-variable structural features.
public struct PreparedCircuit {
    /// The circuit.
    public let aig: AIG
    /// The level-by-level update order.
    public let schedule: CircuitSchedule
    /// Fanin edges in both directions, one node per AIG variable.
    public let graph: MessageGraph
    /// `M × featureCount` structural features (see ``featureCount``).
    public let features: Matrix
    /// The analytic signal-probability estimate of every variable (see ``ProbabilityEstimate``);
    /// empty when prepared without an estimate.
    public let priorProbabilities: [Float]

    /// Features per variable: one-hot kind (constant, input, latch, AND, unused), number of
    /// inverted fanins / 2, drives an output, level / depth.
    public static let featureCount = 8

    /// Prepares `aig` for encoding, with `estimate`'s probabilities (the model's
    /// ``CircuitModel/probabilityEstimate``; `nil` when only embeddings are wanted). With `withGraph: false` (enough for ``CircuitEncoder``,
    /// which reads only the schedule, e.g. to embed a very large circuit) ``graph`` has no edges
    /// and ``features`` no rows, saving their memory.
    /// - Throws: `GraphError` when the graph exceeds 32-bit node indices.
    /// - Complexity: O(M + A) plus the graph's row sort.
    public init(_ aig: AIG, estimate: ProbabilityEstimate?, mode: CircuitSchedule.Mode = .levels, withGraph: Bool = true) throws {
        self.aig = aig
        schedule = CircuitSchedule(aig, mode: mode)
        priorProbabilities = estimate?.probabilities(aig) ?? []
        let m = aig.variableCount
        guard withGraph else {
            graph = MessageGraph(try GraphBuilder.build(nodeCount: m, sources: [], targets: [], options: .init(directed: false)), threads: 1)
            features = Matrix(rows: 0, columns: PreparedCircuit.featureCount)
            return
        }
        var sources: [Int32] = [], targets: [Int32] = []
        sources.reserveCapacity(2 * aig.andCount); targets.reserveCapacity(2 * aig.andCount)
        for v in 0 ..< m where aig.kinds[v] == .and {
            sources.append(Int32(aig.fanin0[v] >> 1)); targets.append(Int32(v))
            sources.append(Int32(aig.fanin1[v] >> 1)); targets.append(Int32(v))
        }
        let g = try GraphBuilder.build(nodeCount: m, sources: sources, targets: targets,
                                       options: .init(directed: false, dropDuplicates: true))
        graph = MessageGraph(g, threads: 1)
        features = PreparedCircuit.structuralFeatures(aig)
    }

    /// A circuit over given parts (for ``hiding(_:)``). - Complexity: O(1)
    init(aig: AIG, schedule: CircuitSchedule, graph: MessageGraph, features: Matrix, priorProbabilities: [Float]) {
        self.aig = aig
        self.schedule = schedule
        self.graph = graph
        self.features = features
        self.priorProbabilities = priorProbabilities
    }

    /// Number of AIG variables. - Complexity: O(1)
    public var variableCount: Int { aig.variableCount }

    /// The features described at ``featureCount``. - Complexity: O(M)
    static func structuralFeatures(_ aig: AIG) -> Matrix {
        let m = aig.variableCount, width = featureCount
        let level = aig.levels()
        let depth = Float(max(1, level.max() ?? 1))
        var drives = [Bool](repeating: false, count: m)
        for literal in aig.combinationalOutputs where Int(literal >> 1) < m { drives[Int(literal >> 1)] = true }
        var x = Matrix(rows: m, columns: width)
        for v in 0 ..< m {
            let kind: Int
            switch aig.kinds[v] {
            case .constant: kind = 0
            case .input: kind = 1
            case .latch: kind = 2
            case .and: kind = 3
            case .unused: kind = 4
            }
            x[v, kind] = 1
            if aig.kinds[v] == .and {
                x[v, 5] = Float((aig.fanin0[v] & 1) + (aig.fanin1[v] & 1)) / 2
            }
            x[v, 6] = drives[v] ? 1 : 0
            x[v, 7] = Float(level[v]) / depth
        }
        return x
    }
}
