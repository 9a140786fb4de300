/// The extracted wires of a design, from a SPEF file (`SPEFReader`): per net its pins, the
/// nodes of its RC network with their ground capacitance, its resistors and its coupling
/// capacitors, in flat arrays (no object per node), in fixed units — capacitance in fF,
/// resistance in Ω, time in ps — whatever units the file was written in.
///
/// Names are as a flat netlist writes them (`CellNetlist`): SPEF escapes removed (`a\/b` and
/// `bus\[3\]` are `a/b` and `bus[3]`), the hierarchy divider written as `/`, bus bits as `[i]`,
/// so `mapping(to:)` finds nets and pins by name.
///
/// - Nets `0 ..< netCount`: a name and the total capacitance the file states.
/// - Pins (`*CONN`): grouped by net (`netPinStart`); a port or an instance pin, with its
///   direction and its node in the net's network.
/// - Nodes: grouped by net (`netNodeStart`); a pin or an internal node (`net:3`), with ground
///   capacitance and the capacitance of the coupling capacitors on it.
/// - Resistors: grouped by net (`netResistorStart`), between two nodes of the net.
/// - Couplings: grouped by net (`netCouplingStart`), each a capacitor from a node of the net to
///   a node of another net, as listed in the net's `*CAP` section (OpenRCX lists each physical
///   capacitor in both nets).
public struct Parasitics: Sendable {
    /// What a pin of a net is.
    public struct Pin: Sendable, Equatable {
        /// The instance, or `nil` for a top-level port.
        public var instance: String?
        /// The pin on the instance (`A`, `D[3]`), or the port's name.
        public var name: String
        /// The direction the file gives (`I`, `O` or `B`).
        public var direction: Direction
        /// The pin's node in its net's network (an index into the node arrays).
        public var node: Int32
        /// The load the file gives with `*L` (fF), if any.
        public var load: Double?
        /// The driving cell the file gives with `*D`, if any.
        public var drivingCell: String?

        /// `instance/pin`, or the port's name. - Complexity: O(name)
        public var path: String { instance.map { $0 + "/" + name } ?? name }
    }

    /// A pin or port direction.
    public enum Direction: UInt8, Sendable, Equatable {
        case input, output, bidirectional
    }

    /// A coupling capacitor from a node of one net to a node of another.
    public struct Coupling: Sendable, Equatable {
        /// The node in this net.
        public var node: Int32
        /// The other node's name as the file has it after the name map (`u1/A`, `net7:3`).
        public var otherNode: String
        /// The other node's net, or `nil` when the file names no such pin or net.
        public var otherNet: Int32?
        /// The capacitance (fF).
        public var capacitance: Double
    }

    /// The header: design, writer and the file's own units.
    public internal(set) var header: SPEFHeader
    /// The top-level ports (`*PORTS`), with their directions.
    public internal(set) var ports: [(name: String, direction: Direction)]

    /// Per net: its name.
    public internal(set) var netNames: [String]
    /// Per net: the total capacitance the `*D_NET` line states (fF).
    public internal(set) var netTotalCapacitance: [Double]
    /// Net `n`'s pins are `pins[netPinStart[n] ..< netPinStart[n + 1]]`.
    public internal(set) var netPinStart: [Int32]
    /// Every net's pins.
    public internal(set) var pins: [Pin]
    /// Net `n`'s nodes are `netNodeStart[n] ..< netNodeStart[n + 1]`.
    public internal(set) var netNodeStart: [Int32]
    /// Per node: its name after the name map (`u1/A`, a port name, `net7:3`).
    public internal(set) var nodeNames: [String]
    /// Per node: ground capacitance (fF).
    public internal(set) var nodeGroundCapacitance: [Double]
    /// Per node: the capacitance of the coupling capacitors on it (fF).
    public internal(set) var nodeCouplingCapacitance: [Double]
    /// Net `n`'s resistors are `netResistorStart[n] ..< netResistorStart[n + 1]`.
    public internal(set) var netResistorStart: [Int32]
    /// Per resistor: its two nodes.
    public internal(set) var resistorNodes: [(Int32, Int32)]
    /// Per resistor: its resistance (Ω).
    public internal(set) var resistance: [Double]
    /// Net `n`'s coupling capacitors are `couplings[netCouplingStart[n] ..< netCouplingStart[n + 1]]`.
    public internal(set) var netCouplingStart: [Int32]
    /// Every net's coupling capacitors.
    public internal(set) var couplings: [Coupling]

    /// Net names → nets.
    var netIndex: [String: Int32]

    /// The number of nets. - Complexity: O(1)
    public var netCount: Int { netNames.count }
    /// The number of nodes. - Complexity: O(1)
    public var nodeCount: Int { nodeNames.count }

    /// The pins of net `n`. - Complexity: O(1)
    public func pins(of net: Int) -> Range<Int> { Int(netPinStart[net]) ..< Int(netPinStart[net + 1]) }
    /// The nodes of net `n`. - Complexity: O(1)
    public func nodes(of net: Int) -> Range<Int> { Int(netNodeStart[net]) ..< Int(netNodeStart[net + 1]) }
    /// The resistors of net `n`. - Complexity: O(1)
    public func resistors(of net: Int) -> Range<Int> { Int(netResistorStart[net]) ..< Int(netResistorStart[net + 1]) }
    /// The coupling capacitors of net `n`. - Complexity: O(1)
    public func couplings(of net: Int) -> Range<Int> { Int(netCouplingStart[net]) ..< Int(netCouplingStart[net + 1]) }

    /// The ground capacitance of net `n`: the sum over its nodes (fF). - Complexity: O(nodes of n)
    public func groundCapacitance(of net: Int) -> Double {
        nodes(of: net).reduce(0) { $0 + nodeGroundCapacitance[$1] }
    }

    /// The coupling capacitance of net `n`: the sum of the capacitors its `*CAP` section lists (fF).
    /// - Complexity: O(couplings of n)
    public func couplingCapacitance(of net: Int) -> Double {
        couplings(of: net).reduce(0) { $0 + couplings[$1].capacitance }
    }

    /// The total capacitance of net `n` from its parts, ground plus coupling (fF); the file's
    /// own total is `netTotalCapacitance[n]`. - Complexity: O(nodes and couplings of n)
    public func totalCapacitance(of net: Int) -> Double { groundCapacitance(of: net) + couplingCapacitance(of: net) }

    /// The total resistance of net `n`'s resistors (Ω). - Complexity: O(resistors of n)
    public func totalResistance(of net: Int) -> Double { resistors(of: net).reduce(0) { $0 + resistance[$1] } }

    /// The net called `name`, or `nil`. - Complexity: O(name)
    public func net(named name: String) -> Int? { netIndex[name].map(Int.init) }
}
