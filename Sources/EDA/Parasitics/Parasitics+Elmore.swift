extension Parasitics {
    /// The Elmore delays of a net's RC tree from its driver to each of its other pins.
    public struct ElmoreDelays: Sendable, Equatable {
        /// The driving pin (an index into `pins`).
        public var driver: Int
        /// Per other pin of the net reached through resistors: the pin and its delay (ps).
        public var loads: [(pin: Int, delay: Double)]
        /// Pins no chain of resistors joins to the driver (no delay).
        public var unreachable: [Int]
        /// Resistors left out because they close a loop (the network is then not a tree; the
        /// delays are those of the tree found breadth-first from the driver).
        public var loopResistors: Int
        /// The capacitance the driver sees through the network: every reached node's ground and
        /// (scaled) coupling capacitance plus the extra pin loads (fF).
        public var totalCapacitance: Double
        /// The first three moments of the network's admittance at the driver, `Y(s) = y1·s +
        /// y2·s² + y3·s³ + …` (fF, Ω·fF², Ω²·fF³): what `PiModel(moments:)` reduces it with.
        public var admittanceMoments: (Double, Double, Double)

        public static func == (a: ElmoreDelays, b: ElmoreDelays) -> Bool {
            a.driver == b.driver && a.unreachable == b.unreachable && a.loopResistors == b.loopResistors
                && a.totalCapacitance == b.totalCapacitance && a.admittanceMoments == b.admittanceMoments
                && a.loads.map(\.pin) == b.loads.map(\.pin) && a.loads.map(\.delay) == b.loads.map(\.delay)
        }
    }

    /// The driving pin of net `n`: its first output instance pin, else its first input port
    /// (a top-level input drives the net), else its first bidirectional pin; `nil` when none.
    /// - Complexity: O(pins of n)
    public func driver(of net: Int) -> Int? {
        let range = pins(of: net)
        return range.first { pins[$0].instance != nil && pins[$0].direction == .output }
            ?? range.first { pins[$0].instance == nil && pins[$0].direction == .input }
            ?? range.first { pins[$0].direction == .bidirectional }
    }

    /// The Elmore delay [Elmore 1948] from the driver of net `n` to each other pin: for pin `p`,
    /// the sum over the resistors `R` on the path from the driver to `p` of `R` times the
    /// capacitance downstream of `R`. Each node's capacitance is its ground capacitance, plus
    /// `couplingFactor` times its coupling capacitance (coupling capacitors to a quiet
    /// neighbour, as grounded; 1 is OpenSTA's default), plus `pinLoads[pin]` (fF) for the pins
    /// on it (e.g. the Liberty pin capacitances of the loads).
    ///
    /// W. C. Elmore, "The transient response of damped linear networks with particular regard
    /// to wideband amplifiers", J. Appl. Phys. 19 (1948).
    ///
    /// - Parameters:
    ///   - driver: the driving pin; `driver(of:)` when `nil`.
    /// - Returns: `nil` when the net has no driver.
    /// - Complexity: O(pins + nodes + resistors of the net)
    public func elmoreDelays(of net: Int, driver: Int? = nil, couplingFactor: Double = 1,
                             pinLoads: [Int: Double] = [:]) -> ElmoreDelays? {
        guard let driver = driver ?? self.driver(of: net) else { return nil }
        let first = Int(netNodeStart[net]), count = nodes(of: net).count
        var capacitance = (0 ..< count).map { nodeGroundCapacitance[first + $0] + couplingFactor * nodeCouplingCapacitance[first + $0] }
        for pin in pins(of: net) {
            if let load = pinLoads[pin] { capacitance[Int(pins[pin].node) - first] += load }
        }
        // Adjacency of the resistor network (local node numbers).
        let resistorRange = resistors(of: net)
        var degree = [Int](repeating: 0, count: count + 1)
        for r in resistorRange {
            degree[Int(resistorNodes[r].0) - first + 1] += 1
            degree[Int(resistorNodes[r].1) - first + 1] += 1
        }
        for k in 0 ..< count { degree[k + 1] += degree[k] }
        var fill = degree, neighbours = [(node: Int, resistor: Int)](repeating: (0, 0), count: degree[count])
        for r in resistorRange {
            let a = Int(resistorNodes[r].0) - first, b = Int(resistorNodes[r].1) - first
            neighbours[fill[a]] = (b, r); fill[a] += 1
            neighbours[fill[b]] = (a, r); fill[b] += 1
        }
        // Breadth-first tree from the driver; resistors to nodes already reached close loops.
        let root = Int(pins[driver].node) - first
        var parentResistance = [Double](repeating: 0, count: count)
        var parent = [Int](repeating: -1, count: count), reached = [Bool](repeating: false, count: count)
        var order = [root], usedResistor = [Bool](repeating: false, count: resistorRange.count)
        reached[root] = true
        var loops = 0, head = 0
        while head < order.count {
            let node = order[head]
            head += 1
            for (next, resistor) in neighbours[degree[node] ..< degree[node + 1]] where !usedResistor[resistor - resistorRange.lowerBound] {
                usedResistor[resistor - resistorRange.lowerBound] = true
                if reached[next] {
                    loops += 1
                    continue
                }
                reached[next] = true
                parent[next] = node
                parentResistance[next] = resistance[resistor]
                order.append(next)
            }
        }
        // Downstream capacitance and admittance moments in reverse breadth-first order, then
        // delays in order.
        var downstream = [Double](repeating: 0, count: count)
        var moments = [(Double, Double, Double)](repeating: (0, 0, 0), count: count)
        for node in order.reversed() {
            downstream[node] += capacitance[node]
            moments[node].0 += capacitance[node]
            if parent[node] >= 0 {
                downstream[parent[node]] += downstream[node]
                let y = PiModel.moments(moments[node], through: parentResistance[node])
                moments[parent[node]] = (moments[parent[node]].0 + y.0, moments[parent[node]].1 + y.1, moments[parent[node]].2 + y.2)
            }
        }
        var delay = [Double](repeating: 0, count: count)
        for node in order where parent[node] >= 0 {
            // Ω × fF = 10⁻¹⁵ s = 10⁻³ ps.
            delay[node] = delay[parent[node]] + parentResistance[node] * downstream[node] * 1e-3
        }
        var loads: [(pin: Int, delay: Double)] = [], unreachable: [Int] = []
        for pin in pins(of: net) where pin != driver {
            let node = Int(pins[pin].node) - first
            if reached[node] { loads.append((pin, delay[node])) } else { unreachable.append(pin) }
        }
        return ElmoreDelays(driver: driver, loads: loads, unreachable: unreachable, loopResistors: loops,
                            totalCapacitance: downstream[root], admittanceMoments: moments[root])
    }
}
