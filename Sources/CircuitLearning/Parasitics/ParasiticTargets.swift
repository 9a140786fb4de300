import EDA
import GraphCore

/// What a design's SPEF says of the nodes of its `ParasiticGraph`: per net node the total,
/// ground and coupling capacitance (fF), and the coupled pairs of graph nodes. A coupling
/// capacitor joins two SPEF nodes; a node that is a pin becomes that pin's node, an internal
/// node of a net (`net:3`) becomes the net's node, so a pair is pin–pin, pin–net or net–net.
/// The SPEF is mapped onto the netlist by name, exactly; what does not map is counted.
public struct ParasiticTargets: Sendable {
    /// A pair of graph nodes joined by coupling capacitors.
    public struct Coupling: Sendable, Equatable {
        /// The two nodes, `first < second`.
        public var first: Int32, second: Int32
        /// The sum of the capacitors between them, each counted once (fF).
        public var capacitance: Float
    }

    /// How the SPEF mapped onto the graph.
    public struct MappingCounts: Sendable, Equatable, Codable {
        /// SPEF nets with no netlist net of their name, or whose net has no node in the graph.
        public var unmappedNets = 0
        /// SPEF pins with no netlist pin or port of their name.
        public var unmappedPins = 0
        /// SPEF pins found on another net in the netlist.
        public var misplacedPins = 0
        /// Graph nets without a SPEF net (no labels).
        public var unlabelledNets = 0
        /// Coupling capacitors with an end on no node of the graph (a supply net, an unknown node).
        public var unmappedCouplings = 0
        /// Coupling capacitors between two nodes of one graph node (a net's own wires).
        public var internalCouplings = 0

        public init() {}
    }

    /// Per net node: total capacitance (the file's `*D_NET` value), ground and coupling (fF).
    public var netTotal: [Float], netGround: [Float], netCoupling: [Float]
    /// Per net node: whether the SPEF has the net.
    public var labelled: [Bool]
    /// Coupled node pairs, sorted.
    public var couplings: [Coupling]
    /// What did not map.
    public var counts: MappingCounts

    /// The targets of `graph` from `parasitics`.
    /// - Complexity: O(SPEF size + graph size), plus O(C log C) to sort the C coupled pairs.
    /// A graph without a cell netlist (built from SPICE) maps no SPEF net.
    public init(_ parasitics: Parasitics, graph: ParasiticGraph) {
        var counts = MappingCounts()
        netTotal = .init(repeating: 0, count: graph.netCount)
        netGround = netTotal
        netCoupling = netTotal
        labelled = .init(repeating: false, count: graph.netCount)
        guard let netlist = graph.netlist else {
            counts.unmappedNets = parasitics.netCount
            counts.unlabelledNets = graph.netCount
            (couplings, self.counts) = ([], counts)
            return
        }
        let mapping = parasitics.mapping(to: netlist)
        counts.unmappedPins = mapping.unmappedPins.count
        counts.misplacedPins = mapping.misplacedPins.count
        var netNodeOfNetlistNet = [Int32](repeating: -1, count: netlist.netCount)
        for (k, n) in graph.netlistNet.enumerated() { netNodeOfNetlistNet[Int(n)] = Int32(k) }
        var pinNodeOfNetlistPin = [Int32](repeating: -1, count: netlist.pinCount)
        for (k, p) in graph.netlistPin.enumerated() { pinNodeOfNetlistPin[Int(p)] = Int32(graph.node(ofPin: k)) }
        // Per SPEF net: its graph net node; per SPEF node: its graph node (pin or net), or −1.
        var netNode = [Int32](repeating: -1, count: parasitics.netCount)
        var nodeOfSPEFNode = [Int32](repeating: -1, count: parasitics.nodeCount)
        for n in 0 ..< parasitics.netCount {
            guard let netlistNet = mapping.net[n], netNodeOfNetlistNet[Int(netlistNet)] >= 0 else {
                counts.unmappedNets += 1
                continue
            }
            let k = Int(netNodeOfNetlistNet[Int(netlistNet)])
            netNode[n] = Int32(graph.node(ofNet: k))
            labelled[k] = true
            netTotal[k] = Float(parasitics.netTotalCapacitance[n])
            netGround[k] = Float(parasitics.groundCapacitance(of: n))
            netCoupling[k] = Float(parasitics.couplingCapacitance(of: n))
            for node in parasitics.nodes(of: n) { nodeOfSPEFNode[node] = netNode[n] }
            for p in parasitics.pins(of: n) {
                if let pin = mapping.pin[p], pinNodeOfNetlistPin[Int(pin)] >= 0 {
                    nodeOfSPEFNode[Int(parasitics.pins[p].node)] = pinNodeOfNetlistPin[Int(pin)]
                }
            }
        }
        counts.unlabelledNets = labelled.filter { !$0 }.count
        // Coupling capacitors, each once (OpenRCX lists each in both nets), summed per node pair.
        var nodeIndex: [String: Int32] = [:]
        nodeIndex.reserveCapacity(parasitics.nodeCount)
        for (k, name) in parasitics.nodeNames.enumerated() { nodeIndex[name] = Int32(k) }
        var seen = Set<Int64>(), sums: [Int64: Float] = [:]
        for n in 0 ..< parasitics.netCount {
            for c in parasitics.couplings(of: n) {
                let coupling = parasitics.couplings[c]
                let here = coupling.node, there = nodeIndex[coupling.otherNode] ?? -1
                if there >= 0 {
                    guard seen.insert(Int64(min(here, there)) << 32 | Int64(max(here, there))).inserted else { continue }
                }
                let a = nodeOfSPEFNode[Int(here)], b = there >= 0 ? nodeOfSPEFNode[Int(there)] : -1
                guard a >= 0, b >= 0 else {
                    counts.unmappedCouplings += 1
                    continue
                }
                guard a != b else {
                    counts.internalCouplings += 1
                    continue
                }
                sums[Int64(min(a, b)) << 32 | Int64(max(a, b)), default: 0] += Float(coupling.capacitance)
            }
        }
        couplings = sums.map { Coupling(first: Int32($0.key >> 32), second: Int32($0.key & 0xFFFF_FFFF), capacitance: $0.value) }
            .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        self.counts = counts
    }
}
