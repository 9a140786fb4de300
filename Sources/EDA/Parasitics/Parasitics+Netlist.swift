/// Where the nets and pins of a SPEF file are in a `CellNetlist`, and what could not be found.
public struct ParasiticsMapping: Sendable {
    /// Per SPEF net: the netlist net of the same name, or `nil`.
    public var net: [Int32?]
    /// Per SPEF pin: the netlist pin (instance and pin name), or `nil` (ports and pins not found).
    public var pin: [Int32?]
    /// Per SPEF pin: the netlist port of that name when the pin is a port, else `nil`.
    public var port: [Int32?]
    /// SPEF nets the netlist has no net for.
    public var unmappedNets: [Int]
    /// SPEF pins and ports the netlist lacks (unknown instance, pin or port).
    public var unmappedPins: [Int]
    /// SPEF pins found in the netlist but there on another net than their SPEF net's.
    public var misplacedPins: [Int]
    /// Netlist pins on a net that has a SPEF net which does not list them (the RC network
    /// does not reach them: the SPEF was extracted from another version of the netlist).
    public var unlistedPins: [Int]
    /// Netlist signal nets with at least two pins or ports and no SPEF net (no parasitics).
    public var netsWithoutParasitics: [Int]

    /// Whether every SPEF net and pin was found, each pin on its net, and every netlist pin of
    /// those nets is listed. - Complexity: O(1)
    public var isExact: Bool { unmappedNets.isEmpty && unmappedPins.isEmpty && misplacedPins.isEmpty && unlistedPins.isEmpty }
}

extension Parasitics {
    /// Finds each SPEF net and pin in `netlist` by name (`Parasitics` names are in netlist form:
    /// `a\/b` is `a/b`), counting what is missing and what disagrees.
    /// - Complexity: O(SPEF nets + SPEF pins × pins per instance + netlist size)
    public func mapping(to netlist: CellNetlist) -> ParasiticsMapping {
        var instances: [String: Int] = [:]
        instances.reserveCapacity(netlist.instanceCount)
        for (i, name) in netlist.instanceNames.enumerated() where instances[name] == nil { instances[name] = i }
        var ports: [String: Int] = [:]
        for (p, port) in netlist.ports.enumerated() where ports[port.name] == nil { ports[port.name] = p }

        var mapping = ParasiticsMapping(net: netNames.map { name in netlist.net(named: name).map(Int32.init) },
                                        pin: .init(repeating: nil, count: pins.count), port: .init(repeating: nil, count: pins.count),
                                        unmappedNets: [], unmappedPins: [], misplacedPins: [], unlistedPins: [], netsWithoutParasitics: [])
        var covered = [Bool](repeating: false, count: netlist.netCount)
        for net in 0 ..< netCount {
            let target = mapping.net[net]
            if let target { covered[Int(target)] = true } else { mapping.unmappedNets.append(net) }
            for p in self.pins(of: net) {
                let pin = pins[p]
                let found: Int32?
                if let instance = pin.instance {
                    let index = instances[instance].flatMap { netlist.pin(pin.name, of: $0) }
                    mapping.pin[p] = index.map(Int32.init)
                    found = index.map { netlist.pinNet[$0] }
                } else {
                    let index = ports[pin.name]
                    mapping.port[p] = index.map(Int32.init)
                    found = index.map { netlist.ports[$0].net }
                }
                if let found {
                    if let target, found != target { mapping.misplacedPins.append(p) }
                } else {
                    mapping.unmappedPins.append(p)
                }
            }
            if let target {
                let listed = Set(self.pins(of: net).compactMap { mapping.pin[$0] })
                mapping.unlistedPins += netlist.pins(on: Int(target)).filter { !listed.contains($0) }.map(Int.init)
            }
        }
        let portCount = netlist.ports.reduce(into: [Int](repeating: 0, count: netlist.netCount)) { $0[Int($1.net)] += 1 }
        mapping.netsWithoutParasitics = (0 ..< netlist.netCount).filter { n in
            !covered[n] && netlist.netKinds[n] == .signal && netlist.pins(on: n).count + portCount[n] >= 2
        }
        return mapping
    }
}
