extension Parasitics {
    /// Two nets joined by coupling capacitors, and their total capacitance.
    public struct CoupledNets: Sendable, Equatable {
        /// The nets, `first < second`.
        public var first: Int, second: Int
        /// The sum of the capacitors between them, each counted once (fF).
        public var capacitance: Double
    }

    /// Every pair of nets joined by coupling capacitors, sorted by net, with the sum of the
    /// capacitors between them. A capacitor listed in both nets' `*CAP` sections (as OpenRCX
    /// writes them) is counted once: capacitors are told apart by their two nodes.
    /// - Returns: the pairs, and the capacitors whose other node is no pin or node of any net.
    /// - Complexity: O(C log C), C the coupling capacitors listed.
    public func coupledNets() -> (pairs: [CoupledNets], unresolved: Int) {
        var seen = Set<[String]>()
        var sums: [Int64: Double] = [:]
        var unresolved = 0
        for net in 0 ..< netCount {
            for c in couplings(of: net) {
                let coupling = couplings[c]
                let here = nodeNames[Int(coupling.node)]
                guard seen.insert(here < coupling.otherNode ? [here, coupling.otherNode] : [coupling.otherNode, here]).inserted else { continue }
                guard let other = coupling.otherNet.map(Int.init) else {
                    unresolved += 1
                    continue
                }
                guard other != net else { continue }
                let key = Int64(min(net, other)) << 32 | Int64(max(net, other))
                sums[key, default: 0] += coupling.capacitance
            }
        }
        let pairs = sums.map { CoupledNets(first: Int($0.key >> 32), second: Int($0.key & 0xFFFF_FFFF), capacitance: $0.value) }
        return (pairs.sorted { ($0.first, $0.second) < ($1.first, $1.second) }, unresolved)
    }

    /// The distinct other nets net `n`'s coupling capacitors reach. - Complexity: O(couplings of n)
    public func couplingPartners(of net: Int) -> Set<Int> {
        Set(couplings(of: net).compactMap { couplings[$0].otherNet.map(Int.init) }.filter { $0 != net })
    }
}
