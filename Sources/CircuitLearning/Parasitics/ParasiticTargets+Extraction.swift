import EDA

extension ParasiticTargets {
    /// The targets of `graph` from a flat extracted SPICE netlist whose capacitors are the
    /// parasitics: magic's `ext2spice` output of a routed layout (qflow), where cells are black
    /// boxes and every node is named after a cell pin (`NAND2X1_1/Y`), a top port, a supply, or
    /// is an unnamed piece of metal (`…#`).
    ///
    /// Each extracted node resolves to a graph net: through the pin it is named after (the
    /// instance as in the Verilog, or as the SPICE instance without its `X` letter), or by the
    /// net's own name; a supply name (`supplyNets`) is ground even when the netlist has a net so
    /// named (qflow's Verilog ties constants to nets `vdd` and `gnd`). A capacitor between two nets is a net–net coupling (fF, summed per pair);
    /// one between a net and a supply net, the substrate or a cell's internal metal (`INST/m1_2_6#`)
    /// is ground capacitance of the net. A net is labelled when any capacitor touches it;
    /// capacitors with an end that resolves to nothing are counted in `unmappedCouplings`,
    /// those within one net in `internalCouplings`.
    /// - Complexity: O(extracted capacitors + graph pins), plus O(C log C) to sort the C pairs.
    public init(extraction: SPICENetlist, graph: ParasiticGraph, supplyNets: Set<String> = ParasiticGraph.spiceSupplyNets) {
        var netNode: [String: Int32] = [:]
        for (k, name) in graph.netNames.enumerated() { netNode[name.lowercased()] = Int32(k) }
        var pinNet: [String: Int32] = [:]
        if let netlist = graph.netlist {
            for p in graph.netlistPin {
                let net = Int(netlist.pinNet[Int(p)])
                if let n = netNode[netlist.netNames[net].lowercased()] { pinNet[netlist.pinPath(Int(p)).lowercased()] = n }
            }
        } else if let spice = graph.spice {
            for instance in spice.instances {
                var path = instance.path.lowercased()
                if path.first == "x" { path.removeFirst() }
                for port in instance.ports {
                    if let n = netNode[spice.netNames[Int(port.net)].lowercased()] { pinNet[path + "/" + port.name.lowercased()] = n }
                }
            }
        }
        enum End { case net(Int32), ground, unknown }
        func resolve(_ name: String) -> End {
            let key = name.lowercased()
            if supplyNets.contains(key) { return .ground }  // before the nets: a Verilog tie net may be named vdd
            if let n = pinNet[key] ?? netNode[key] { return .net(n) }
            return key.hasSuffix("#") ? .ground : .unknown
        }
        var counts = MappingCounts()
        var total = [Float](repeating: 0, count: graph.netCount), ground = total, coupling = total
        var labelled = [Bool](repeating: false, count: graph.netCount)
        var sums: [Int64: Float] = [:]
        for d in 0 ..< extraction.deviceCount where extraction.devices[d].kind == .capacitor {
            let terminals = extraction.terminals(of: d)
            let a = resolve(extraction.netNames[Int(extraction.terminalNet[terminals.lowerBound])])
            let b = resolve(extraction.netNames[Int(extraction.terminalNet[terminals.lowerBound + 1])])
            let femtofarads = Float((extraction.devices[d].value ?? 0) * 1e15)
            switch (a, b) {
            case let (.net(x), .net(y)) where x == y:
                counts.internalCouplings += 1
            case let (.net(x), .net(y)):
                for n in [x, y] {
                    coupling[Int(n)] += femtofarads
                    total[Int(n)] += femtofarads
                    labelled[Int(n)] = true
                }
                let first = Int64(graph.node(ofNet: Int(min(x, y)))), second = Int64(graph.node(ofNet: Int(max(x, y))))
                sums[first << 32 | second, default: 0] += femtofarads
            case let (.net(x), .ground), let (.ground, .net(x)):
                ground[Int(x)] += femtofarads
                total[Int(x)] += femtofarads
                labelled[Int(x)] = true
            case (.ground, .ground):
                break
            default:
                counts.unmappedCouplings += 1
            }
        }
        counts.unlabelledNets = labelled.filter { !$0 }.count
        (netTotal, netGround, netCoupling, self.labelled) = (total, ground, coupling, labelled)
        couplings = sums.map { Coupling(first: Int32($0.key >> 32), second: Int32($0.key & 0xFFFF_FFFF), capacitance: $0.value) }
            .sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        self.counts = counts
    }
}
