import GraphCore

/// One design prepared for pre-routing timing prediction: its timing graph (pins and ports,
/// net edges driver → load and cell edges input → output), node features from the netlist,
/// Liberty and SDC alone (`TimingFeature`), each late arrival's critical fan-in under ideal-wire
/// timing, the endpoints, and three timings of it (`TimingValues`): with ideal wires and with
/// the library's wire-load model (baselines, known before layout), and with the extracted SPEF
/// (the targets; `nil` for a design not yet routed). Arrivals and slews are timed at the design's
/// clock period, endpoint slacks at the tight period (1.1 × the ideal-wire critical path).
///
/// **Shapes:** `features` `nodeCount × TimingFeature.count`; `fanins` `2 × nodeCount`.
public struct TimingSample: Sendable {
    /// The design (the netlist's top module).
    public var design: String
    /// The clock period the arrivals are timed at, and the tight period of the slacks (library unit).
    public var period: Double, tightPeriod: Double
    /// Nodes: ports first, then pins, as `TimingGraph` numbers them.
    public var nodeCount: Int
    /// The edges, and whether each is a cell edge (else a net edge).
    public var edgeSources: [Int32], edgeTargets: [Int32], edgeIsCell: [Bool]
    /// A topological order of the nodes.
    public var order: [Int32]
    public var features: Matrix
    /// Per node and transition: the critical fan-in `u * 2 + inRf` of the ideal-wire late arrival, or −1.
    public var fanins: [Int32]
    /// The constrained endpoints, and per endpoint its capture clock pin and edge
    /// (`node * 2 + rf`, −1 for an output port).
    public var endpoints: [Int32], captureClocks: [Int32]
    /// Per node: whether it is on a clock network (`TimingAnalysis.isOnClockNetwork`); the
    /// other nodes are the data pins and ports the scores count.
    public var clockNetwork: [Bool]
    /// Timing with ideal wires, with the wire-load model, and with the SPEF.
    public var ideal: TimingValues, wireLoad: TimingValues, truth: TimingValues?

    /// A sample from its parts. - Complexity: O(1)
    public init(design: String, period: Double, tightPeriod: Double, nodeCount: Int, edgeSources: [Int32], edgeTargets: [Int32],
                edgeIsCell: [Bool], order: [Int32], features: Matrix, fanins: [Int32], endpoints: [Int32], captureClocks: [Int32],
                clockNetwork: [Bool], ideal: TimingValues, wireLoad: TimingValues, truth: TimingValues?) {
        (self.design, self.period, self.tightPeriod, self.nodeCount) = (design, period, tightPeriod, nodeCount)
        (self.edgeSources, self.edgeTargets, self.edgeIsCell, self.order) = (edgeSources, edgeTargets, edgeIsCell, order)
        (self.features, self.fanins, self.endpoints, self.captureClocks) = (features, fanins, endpoints, captureClocks)
        (self.clockNetwork, self.ideal, self.wireLoad, self.truth) = (clockNetwork, ideal, wireLoad, truth)
    }

    /// The message-passing graph: net edges forward (type 0) and backward (1), cell edges
    /// forward (2) and backward (3). - Complexity: O(nodes + edges)
    public var relationGraph: Graph {
        var sources: [Int32] = [], targets: [Int32] = [], types: [Int32] = []
        for (e, isCell) in edgeIsCell.enumerated() {
            let base: Int32 = isCell ? 2 : 0
            sources += [edgeSources[e], edgeTargets[e]]
            targets += [edgeTargets[e], edgeSources[e]]
            types += [base, base + 1]
        }
        let (offsets, members) = Self.grouped(sources, nodeCount: nodeCount)
        var order = members
        for u in 0 ..< nodeCount { order[offsets[u] ..< offsets[u + 1]].sort { targets[Int($0)] < targets[Int($1)] } }
        return try! Graph(nodeCount: nodeCount, offsets: offsets, targets: order.map { targets[Int($0)] }, isDirected: true,
                          edgeTypes: order.map { types[Int($0)] })
    }

    /// Edge indices grouped by `sources` (CSR offsets and members). - Complexity: O(nodes + edges)
    static func grouped(_ sources: [Int32], nodeCount: Int) -> (offsets: [Int], members: [Int32]) {
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for s in sources { offsets[Int(s) + 1] += 1 }
        for u in 0 ..< nodeCount { offsets[u + 1] += offsets[u] }
        var next = offsets, members = [Int32](repeating: 0, count: sources.count)
        for (e, s) in sources.enumerated() {
            members[next[Int(s)]] = Int32(e)
            next[Int(s)] += 1
        }
        return (offsets, members)
    }
}
