import GNN
import GraphCore

/// Several designs as one disjoint graph for a training step (`GraphBatch`), with their
/// labelled nets, standardised targets and coupled pairs in batch-wide node numbers.
struct ParasiticBatch {
    let message: MessageGraph
    let features: Matrix
    /// Per node: its row of the cell table.
    let cells: [Int32]
    /// Labelled net nodes, their standardised `log10` fF targets (`N × 3`) and total-capacitance classes.
    let nets: [Int32]
    let netTargets: Matrix
    let netClasses: [Int]
    /// Pairs coupled by at least `ParasiticCoupling.threshold`, and their `log10` fF.
    let pairFirst: [Int32], pairSecond: [Int32]
    let pairLog: [Float]
    /// Per design: the batch-wide range of its pin and net nodes (where negatives are drawn).
    let candidateRanges: [Range<Int>]
    /// Per design: the pin/net pairs coupled at all (any capacitance), as `first << 32 | second`.
    let coupled: [Set<Int64>]

    /// - Complexity: O(total nodes, edges and pairs)
    init(_ designs: [ParasiticDesign], configuration: ParasiticEstimator.Configuration, threads: Int) throws {
        let batch = try GraphBatch(designs.map { ($0.graph.graph, $0.graph.features) })
        message = MessageGraph(batch.graph, threads: threads)
        features = batch.features
        var cells: [Int32] = [], nets: [Int32] = [], targets: [Float] = [], classes: [Int] = []
        var first: [Int32] = [], second: [Int32] = [], logs: [Float] = [], ranges: [Range<Int>] = [], coupled: [Set<Int64>] = []
        for (d, design) in designs.enumerated() {
            let graph = design.graph, base = batch.nodeOffsets[d]
            cells += configuration.cellRows(of: graph)
            ranges.append(base + graph.deviceCount ..< base + graph.nodeCount)
            guard let labels = design.targets else {
                coupled.append([])
                continue
            }
            for k in 0 ..< graph.netCount where labels.labelled[k] {
                nets.append(Int32(base + graph.node(ofNet: k)))
                for (c, kind) in NetCapacitance.allCases.enumerated() {
                    targets.append((CapacitanceScale.normalized(kind.value(labels, net: k)) - configuration.targetMean[c]) / configuration.targetScale[c])
                }
                classes.append(CapacitanceScale.classIndex(labels.netTotal[k]))
            }
            var set = Set<Int64>()
            for pair in labels.couplings {
                let a = Int64(base) + Int64(pair.first), b = Int64(base) + Int64(pair.second)
                set.insert(a << 32 | b)
                guard pair.capacitance >= ParasiticCoupling.threshold else { continue }
                first.append(Int32(a))
                second.append(Int32(b))
                logs.append(CapacitanceScale.normalized(pair.capacitance))
            }
            coupled.append(set)
        }
        self.cells = cells
        self.nets = nets
        netTargets = try Matrix(rows: nets.count, columns: NetCapacitance.allCases.count, values: targets)
        netClasses = classes
        (pairFirst, pairSecond, pairLog) = (first, second, logs)
        candidateRanges = ranges
        self.coupled = coupled
    }

    /// `count` pairs of pin/net nodes of one design each, uncoupled, spread over the designs
    /// in proportion to their candidates. - Complexity: O(count) expected
    func negativePairs(_ count: Int, using generator: inout SeededGenerator) -> (first: [Int32], second: [Int32]) {
        let weights = candidateRanges.map(\.count), total = weights.reduce(0, +)
        var first: [Int32] = [], second: [Int32] = []
        guard total > 0 else { return ([], []) }
        var attempts = 0
        while first.count < count && attempts < 20 * count {
            attempts += 1
            var pick = generator.nextIndex(below: total), d = 0
            while pick >= weights[d] { pick -= weights[d]; d += 1 }
            let range = candidateRanges[d]
            guard range.count >= 2 else { continue }
            let a = range.lowerBound + generator.nextIndex(below: range.count), b = range.lowerBound + generator.nextIndex(below: range.count)
            guard a != b, !coupled[d].contains(Int64(min(a, b)) << 32 | Int64(max(a, b))) else { continue }
            first.append(Int32(min(a, b)))
            second.append(Int32(max(a, b)))
        }
        return (first, second)
    }
}
