extension Parasitics {
    /// Checks the structural rules; compiles to nothing unless `EDA_INTERNAL_CHECKS` is defined
    /// (`swift test -Xswiftc -DEDA_INTERNAL_CHECKS`).
    @inline(__always)
    func _checkInvariants() {
        #if EDA_INTERNAL_CHECKS
        if let broken = invariantViolation() { preconditionFailure("Parasitics invariant broken: \(broken)") }
        #endif
    }

    /// The first broken structural rule, or `nil`: per-net, per-node and per-resistor arrays
    /// have matching lengths; the pin, node, resistor and coupling ranges of the nets tile their
    /// arrays in order; every pin, resistor end and coupling node is a node of its own net;
    /// every other net of a coupling exists; every net name finds its net.
    /// - Complexity: O(nets + pins + nodes + resistors + couplings)
    func invariantViolation() -> String? {
        let starts = [("pin", netPinStart, pins.count), ("node", netNodeStart, nodeCount),
                      ("resistor", netResistorStart, resistorNodes.count), ("coupling", netCouplingStart, couplings.count)]
        guard netTotalCapacitance.count == netCount else { return "net arrays disagree in length" }
        for (what, start, total) in starts {
            guard start.count == netCount + 1, start.first == 0, start.last == Int32(total) else { return "\(what) ranges do not tile their array" }
            if let n = (0 ..< netCount).first(where: { start[$0] > start[$0 + 1] }) { return "\(what) range of net \(n) decreases" }
        }
        guard nodeGroundCapacitance.count == nodeCount, nodeCouplingCapacitance.count == nodeCount,
              resistance.count == resistorNodes.count else {
            return "node or resistor arrays disagree in length"
        }
        for net in 0 ..< netCount {
            let own = Int32(netNodeStart[net]) ..< Int32(netNodeStart[net + 1])
            if let p = pins(of: net).first(where: { !own.contains(pins[$0].node) }) { return "pin \(p) is on a node of another net" }
            if let r = resistors(of: net).first(where: { !own.contains(resistorNodes[$0].0) || !own.contains(resistorNodes[$0].1) }) {
                return "resistor \(r) joins a node of another net"
            }
            if let c = couplings(of: net).first(where: { !own.contains(couplings[$0].node) }) { return "coupling \(c) starts on a node of another net" }
        }
        if let c = couplings.firstIndex(where: { $0.otherNet.map { $0 < 0 || Int($0) >= netCount } ?? false }) { return "coupling \(c) names a net out of range" }
        guard netIndex.count == netCount, netNames.indices.allSatisfy({ netIndex[netNames[$0]] == Int32($0) }) else {
            return "a net name does not find its net"
        }
        return nil
    }
}
