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

    /// The netlist the graph was built from, with the physical-only cells removed (`netlistPin`
    /// and `netlistNet` index it).
    public let netlist: CellNetlist
    /// The number of device, pin and net nodes.
    public let deviceCount: Int, pinCount: Int, netCount: Int
    /// Device–pin and pin–net edges, both directions.
    public let graph: Graph
    /// Per node: the netlist-only features (`ParasiticFeature`).
    public let features: Matrix
    /// Per device: its cell's index in the Liberty library (`ParasiticGraph.cellTypeCount` kinds).
    public let cellType: [Int32]
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

    /// The design's name (the netlist's top module). - Complexity: O(1)
    public var design: String { netlist.design }

    init(netlist: CellNetlist, deviceCount: Int, pinCount: Int, netCount: Int, graph: Graph, features: Matrix, cellType: [Int32],
         netlistPin: [Int32], netlistNet: [Int32], netFanout: [Int32], netNames: [String], droppedInstances: Int, droppedSupplyNets: Int) {
        self.netlist = netlist
        (self.deviceCount, self.pinCount, self.netCount) = (deviceCount, pinCount, netCount)
        (self.graph, self.features, self.cellType) = (graph, features, cellType)
        (self.netlistPin, self.netlistNet, self.netFanout, self.netNames) = (netlistPin, netlistNet, netFanout, netNames)
        (self.droppedInstances, self.droppedSupplyNets) = (droppedInstances, droppedSupplyNets)
    }
}
