/// A flat gate-level netlist of library cells: instances, their pins, the nets that join
/// them and the top module's ports, in flat arrays indexed by `Int32` (no object per pin), so
/// designs with millions of pins fit. `CellNetlistReader` makes one from Verilog, flattening
/// the module hierarchy (instance and net names joined with `/`).
///
/// - Instances `0 ..< instanceCount`: a name and a cell type (`cellTypes[instanceCellIndex[i]]`).
/// - Pins `0 ..< pinCount`, grouped by instance (`instancePinStart`): a pin name
///   (`pinNames[pinNameIndex[p]]`) and the net it connects to. Every pin has a net: pins left
///   open in the file (`.Q_N()`, `1'bz`) are not listed. A bus pin connected to several bits is
///   listed bit by bit (`D[3]`, …, `D[0]`).
/// - Nets `0 ..< netCount`: a name, a `NetKind` (power, ground, constant or signal), and the
///   pins on it (`netPinStart` / `netPins`). Nets joined by `assign` are one net; it keeps the
///   name declared first (top ports first), and `net(named:)` finds it by any of its names.
/// - Ports: the top module's ports bit by bit (`a[3]`), in header order, each vector from left
///   to right as declared (`[7:0]` gives `a[7]` first).
///
/// ```swift
/// var netlist = try CellNetlistReader.read(contentsOf: "gcd.v")
/// let dropped = netlist.removeInstances(ofCellsNotIn: libraryCellNames)  // fill, tap, decap
/// ```
public struct CellNetlist: Sendable {
    /// What a net carries, from supply declarations, power pins, ports and constants.
    public enum NetKind: UInt8, Sendable, Equatable {
        /// An ordinary signal.
        case signal
        /// A power net: `supply1`, or on a power pin or port (VPWR, VPB, VDD…).
        case power
        /// A ground net: `supply0`, or on a ground pin or port (VGND, VNB, VSS…).
        case ground
        /// Tied to `1'b0` by a connection or `assign`.
        case constantZero
        /// Tied to `1'b1`.
        case constantOne

        /// Whether the net is power or ground. - Complexity: O(1)
        public var isSupply: Bool { self == .power || self == .ground }
    }

    /// The direction of a port.
    public enum PortDirection: UInt8, Sendable, Equatable {
        case input, output, `inout`
    }

    /// One bit of a top-level port.
    public struct Port: Sendable, Equatable {
        /// The name of the bit: `clk`, or `a[3]` for bit 3 of vector `a`.
        public var name: String
        /// The direction declared for it.
        public var direction: PortDirection
        /// The net it connects to.
        public var net: Int32
        /// The vector it belongs to (`a` for `a[3]`), or `nil` for a scalar port.
        public var bus: String?
        /// Its index in `bus`.
        public var bit: Int?

        /// Creates a port bit. - Complexity: O(1)
        public init(name: String, direction: PortDirection, net: Int32, bus: String? = nil, bit: Int? = nil) {
            self.name = name
            self.direction = direction
            self.net = net
            self.bus = bus
            self.bit = bit
        }
    }

    /// The top module's name.
    public internal(set) var design: String

    /// The distinct cell types of the instances.
    public internal(set) var cellTypes: [String]
    /// Per instance: its hierarchical name (`u1/u2/g3`).
    public internal(set) var instanceNames: [String]
    /// Per instance: its cell type, an index into `cellTypes`.
    public internal(set) var instanceCellIndex: [Int32]
    /// Instance `i`'s pins are `instancePinStart[i] ..< instancePinStart[i + 1]`; `instanceCount + 1` entries.
    public internal(set) var instancePinStart: [Int32]

    /// The distinct pin names.
    public internal(set) var pinNames: [String]
    /// Per pin: its name, an index into `pinNames`.
    public internal(set) var pinNameIndex: [Int32]
    /// Per pin: the instance it belongs to.
    public internal(set) var pinInstance: [Int32]
    /// Per pin: the net it connects to.
    public internal(set) var pinNet: [Int32]

    /// Per net: its name.
    public internal(set) var netNames: [String]
    /// Per net: what it carries.
    public internal(set) var netKinds: [NetKind]
    /// Net `n`'s pins are `netPins[netPinStart[n] ..< netPinStart[n + 1]]`; `netCount + 1` entries.
    public internal(set) var netPinStart: [Int32]
    /// Pins grouped by net, in pin order within each net.
    public internal(set) var netPins: [Int32]

    /// The top module's ports, bit by bit.
    public internal(set) var ports: [Port]

    /// Every name of every net (merged nets keep all their names) → net.
    var netIndex: [String: Int32]
    /// Net names holding characters of escaped Verilog identifiers that read as hierarchy or
    /// bus syntax → the name with those characters escaped (see `escapedName(ofNet:)`).
    var escapedNetNames: [String: String] = [:]
    /// Instance names likewise (see `escapedName(ofInstance:)`).
    var escapedInstanceNames: [String: String] = [:]

    /// The number of instances. - Complexity: O(1)
    public var instanceCount: Int { instanceNames.count }
    /// The number of pins. - Complexity: O(1)
    public var pinCount: Int { pinNet.count }
    /// The number of nets. - Complexity: O(1)
    public var netCount: Int { netNames.count }
}
