/// A flat SPICE netlist: nets, and devices whose terminals sit on them. Made by
/// `SPICEDeck.flattened` (or `SPICEReader`): every subcircuit instance is replaced by its
/// elements, named by their instance path (`Xalu/Xadd0/M3`, nets `Xalu/Xadd0/n5`); ports take the
/// net of what the instance connects; ground `0` and `.global` nodes are one net everywhere.
///
/// Names compare case-insensitively; a net keeps the first spelling met.
public struct SPICENetlist: Sendable {
    /// One subcircuit instance that was flattened: its path and what its ports connect to.
    public struct Instance: Sendable {
        /// The instance path (`Xalu/Xadd0`).
        public var path: String
        public var subcircuit: String
        /// Per port of the subcircuit, in its order: the port's name and the net it is on.
        public var ports: [(name: String, net: Int32)]
    }

    /// The top: the subcircuit flattened as the design, or `nil` for a deck's top-level elements.
    public let top: String?
    /// The top subcircuit's ports and their nets (empty without a top subcircuit).
    public let ports: [(name: String, net: Int32)]
    public let netNames: [String]
    public let devices: [SPICEDevice]
    /// Device `d`'s terminals are `terminalStart[d] ..< terminalStart[d + 1]`.
    public let terminalStart: [Int32]
    /// Per terminal: its net, and its name (`d`/`g`/`s`/`b`, `+`/`-`, or a subcircuit's port).
    public let terminalNet: [Int32], terminalName: [String]
    /// The instances flattened away, outermost first.
    public let instances: [Instance]
    /// The ground net (`0`), when used.
    public let groundNet: Int32?
    let netIndex: [String: Int32]

    init(top: String?, ports: [(name: String, net: Int32)], netNames: [String], netIndex: [String: Int32], devices: [SPICEDevice],
         terminalStart: [Int32], terminalNet: [Int32], terminalName: [String], instances: [Instance]) {
        self.top = top
        self.ports = ports
        (self.netNames, self.netIndex, self.devices) = (netNames, netIndex, devices)
        (self.terminalStart, self.terminalNet, self.terminalName) = (terminalStart, terminalNet, terminalName)
        self.instances = instances
        groundNet = netIndex["0"]
        _checkInvariants()
    }

    public var netCount: Int { netNames.count }
    public var deviceCount: Int { devices.count }

    /// The net named `name` (any case), or `nil`. - Complexity: O(name) expected
    public func net(named name: String) -> Int32? { netIndex[name.lowercased()] }

    /// The terminal indices of device `d`. - Complexity: O(1)
    public func terminals(of d: Int) -> Range<Int> { Int(terminalStart[d]) ..< Int(terminalStart[d + 1]) }

    /// Checks the structural rules; compiles to nothing unless `EDA_INTERNAL_CHECKS` is defined.
    /// - Complexity: O(terminals + nets)
    func _checkInvariants() {
        #if EDA_INTERNAL_CHECKS
        precondition(terminalStart.count == devices.count + 1 && terminalStart.first == 0, "terminal offsets")
        precondition(zip(terminalStart, terminalStart.dropFirst()).allSatisfy { $0 <= $1 }, "terminal offsets decrease")
        precondition(Int(terminalStart.last!) == terminalNet.count && terminalNet.count == terminalName.count, "terminal arrays")
        precondition(terminalNet.allSatisfy { $0 >= 0 && Int($0) < netNames.count }, "terminal net out of range")
        precondition(netIndex.count == netNames.count, "net index")
        for (k, name) in netNames.enumerated() { precondition(netIndex[name.lowercased()] == Int32(k), "net index of \(name)") }
        #endif
    }
}
