import EDA
import GraphCore

/// One design as CircuitGCL's heterogeneous graph (Shen et al., "Transferable Parasitic
/// Estimation via Graph Contrastive Learning and Label Rebalancing in AMS Circuits",
/// arXiv:2507.06535), built from the netlist alone: device (cell instance), pin and net nodes,
/// device–pin and pin–net edges. Power and ground nets and their pins are left out, and so are
/// physical-only cells (those the Liberty library lacks, and cells with no signal pin).
///
/// Nodes are numbered in three blocks: devices `0 ..< deviceCount`, pins after them, nets last.
/// Every edge is stored in both directions (`graph` is undirected).
///
/// **Shapes:** `features` `nodeCount × ParasiticFeature.count`; `cellType` `deviceCount`.
public struct ParasiticGraph: Sendable {
    /// The kind of a node.
    public enum NodeKind: Int, Sendable, CaseIterable {
        case device, pin, net
    }

    /// The cell netlist the graph was built from, with the physical-only cells removed
    /// (`netlistPin` and `netlistNet` index it); `nil` for a graph built from SPICE.
    public let netlist: CellNetlist?
    /// The flat SPICE netlist the graph was built from (`netlistPin` indexes its terminals,
    /// `netlistNet` its nets); `nil` for a graph built from a cell netlist.
    public let spice: SPICENetlist?
    /// The design's name (the netlist's top module or subcircuit).
    public let design: String
    /// The number of device, pin and net nodes.
    public let deviceCount: Int, pinCount: Int, netCount: Int
    /// Device–pin and pin–net edges, both directions.
    public let graph: Graph
    /// Per node: the netlist-only features (`ParasiticFeature`).
    public internal(set) var features: Matrix
    /// Per device: its cell's index in the Liberty library, or −1 when unknown (SPICE devices,
    /// technology-independent graphs): the estimator's row for unknown cells.
    public internal(set) var cellType: [Int32]
    /// Per pin node: its netlist pin.
    public let netlistPin: [Int32]
    /// Per net node: its netlist net.
    public let netlistNet: [Int32]
    /// Per net node: its fanout (cell input pins and top output ports it drives).
    public let netFanout: [Int32]
    /// Per net node: its name in the netlist.
    public let netNames: [String]
    /// Instances dropped as physical-only, and supply nets dropped.
    public let droppedInstances: Int, droppedSupplyNets: Int

    /// All nodes. - Complexity: O(1)
    public var nodeCount: Int { deviceCount + pinCount + netCount }
    /// The node of pin node index `p` (`0 ..< pinCount`). - Complexity: O(1)
    public func node(ofPin p: Int) -> Int { deviceCount + p }
    /// The node of net node index `n` (`0 ..< netCount`). - Complexity: O(1)
    public func node(ofNet n: Int) -> Int { deviceCount + pinCount + n }
    /// The kind of node `v`. - Complexity: O(1)
    public func kind(of v: Int) -> NodeKind {
        v < deviceCount ? .device : v < deviceCount + pinCount ? .pin : .net
    }

    init(netlist: CellNetlist?, spice: SPICENetlist? = nil, design: String, deviceCount: Int, pinCount: Int, netCount: Int, graph: Graph, features: Matrix, cellType: [Int32],
         netlistPin: [Int32], netlistNet: [Int32], netFanout: [Int32], netNames: [String], droppedInstances: Int, droppedSupplyNets: Int) {
        (self.netlist, self.spice, self.design) = (netlist, spice, design)
        (self.deviceCount, self.pinCount, self.netCount) = (deviceCount, pinCount, netCount)
        (self.graph, self.features, self.cellType) = (graph, features, cellType)
        (self.netlistPin, self.netlistNet, self.netFanout, self.netNames) = (netlistPin, netlistNet, netFanout, netNames)
        (self.droppedInstances, self.droppedSupplyNets) = (droppedInstances, droppedSupplyNets)
    }
}

extension ParasiticGraph {
    /// The name of pin node index `k` (`0 ..< pinCount`): its cell pin's name, or its SPICE
    /// terminal's. - Complexity: O(1)
    public func pinName(_ k: Int) -> String {
        let p = Int(netlistPin[k])
        if let netlist { return netlist.pinName(p) }
        return spice?.terminalName[p] ?? ""
    }

    /// Device node `d`'s instance name and cell (or, from SPICE, its device name and model).
    /// - Complexity: O(log devices of the SPICE netlist)
    public func deviceLabel(_ d: Int) -> String {
        // Every device node has a pin node (devices without signal pins get no node).
        let p = Int(netlistPin[Int(graph.neighbors(of: d).first!) - deviceCount])
        if let netlist {
            let instance = Int(netlist.pinInstance[p])
            return netlist.instanceNames[instance] + " " + netlist.cellType(of: instance)
        }
        guard let spice else { return "" }
        var low = 0, high = spice.deviceCount - 1  // the device whose terminals hold p
        while low < high {
            let middle = (low + high + 1) / 2
            if Int(spice.terminalStart[middle]) <= p { low = middle } else { high = middle - 1 }
        }
        return spice.devices[low].name + " " + (spice.devices[low].model ?? spice.devices[low].kind.rawValue)
    }
}

extension ParasiticGraph {
    /// The undirected device–pin–net graph: devices first, then pins (device `d`'s are the next
    /// `pinsPerDevice[d]`), then nets; pin `k` joins its device and net node `pinNet[k]`
    /// (`0 ..< netCount`), net `n` its pins `netPins[n]`. - Complexity: O(nodes + pins)
    static func devicePinNetGraph(pinsPerDevice: [Int], pinNet: [Int32], netPins: [[Int]]) -> Graph {
        let deviceCount = pinsPerDevice.count, pinCount = pinNet.count, netCount = netPins.count
        var offsets = [0], targets: [Int32] = []
        targets.reserveCapacity(4 * pinCount)
        var pinStart = 0, pinDevice: [Int32] = []
        pinDevice.reserveCapacity(pinCount)
        for (d, count) in pinsPerDevice.enumerated() {
            for k in pinStart ..< pinStart + count { targets.append(Int32(deviceCount + k)) }
            pinDevice += repeatElement(Int32(d), count: count)
            pinStart += count
            offsets.append(targets.count)
        }
        for k in 0 ..< pinCount {
            targets.append(pinDevice[k])
            targets.append(Int32(deviceCount + pinCount) + pinNet[k])
            offsets.append(targets.count)
        }
        for n in 0 ..< netCount {
            for k in netPins[n] { targets.append(Int32(deviceCount + k)) }
            offsets.append(targets.count)
        }
        // Valid by construction: every target is a node, offsets are the running edge counts.
        return try! Graph(nodeCount: deviceCount + pinCount + netCount, offsets: offsets, targets: targets, isDirected: false)
    }
}
