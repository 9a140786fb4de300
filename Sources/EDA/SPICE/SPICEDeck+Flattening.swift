extension SPICEDeck {
    /// The flat netlist of the deck (see `SPICENetlist` for the names it gives).
    ///
    /// The top is `options.top` when set (a subcircuit, its ports the top nets); otherwise the
    /// elements outside every subcircuit when there are any; otherwise the one subcircuit that
    /// instantiates others and that none instantiates. An instance of a subcircuit without
    /// elements stays one device (a black box, terminals named by its ports), and so does one of
    /// an undefined subcircuit when `options.undefinedSubcircuitsAreBlackBoxes`.
    /// - Throws: `NetlistError` naming the file and line of the offending element: an undefined
    ///   subcircuit, a node count that differs from the ports, a subcircuit that instantiates
    ///   itself, hierarchy deeper than `options.maxDepth`, or more devices and nets than
    ///   `options.maxElements` (a small deck whose hierarchy doubles at every level).
    /// - Complexity: O(flat devices + terminals + nets), expected.
    public func flattened(options: SPICEReader.Options = .init()) throws -> SPICENetlist {
        var flattener = SPICEFlattener(deck: self, options: options)
        return try flattener.run()
    }

    /// The top subcircuit when the deck has no top-level elements: the one that instantiates
    /// others and is instantiated by none, if unique. - Complexity: O(elements)
    func impliedTop() -> Int? {
        var instantiated = Set<String>()
        for subcircuit in subcircuits { for e in subcircuit.elements where e.kind == .instance { instantiated.insert(e.model!.lowercased()) } }
        let candidates = subcircuits.indices.filter { k in
            !instantiated.contains(subcircuits[k].name.lowercased()) && subcircuits[k].elements.contains { $0.kind == .instance }
        }
        return candidates.count == 1 ? candidates[0] : nil
    }
}

/// The state of one flattening (see `SPICEDeck.flattened`).
struct SPICEFlattener {
    let deck: SPICEDeck
    let options: SPICEReader.Options
    private var netNames: [String] = [], netIndex: [String: Int32] = [:]
    private var devices: [SPICEDevice] = []
    private var terminalStart: [Int32] = [0], terminalNet: [Int32] = [], terminalName: [String] = []
    private var instances: [SPICENetlist.Instance] = []
    private var budget: ElementBudget
    private let globals: Set<String>
    /// The subcircuits being expanded, outermost first.
    private var active: [Int] = []

    init(deck: SPICEDeck, options: SPICEReader.Options) {
        self.deck = deck
        self.options = options
        budget = ElementBudget(limit: options.maxElements ?? ElementBudget.limit(bytes: deck.bytesRead, base: 1 << 20, perByte: 16),
                               advice: "raise SPICEReader.Options.maxElements for a hierarchy this large")
        globals = Set(["0"] + deck.globals.map { $0.lowercased() })
    }

    mutating func run() throws -> SPICENetlist {
        var top: Int?
        if let name = options.top {
            guard let k = deck.subcircuitIndex[name.lowercased()] else {
                throw NetlistError(.invalid("no subcircuit '\(name)' to flatten as the top; the deck defines \(definedNames())"), at: nil)
            }
            top = k
        } else if deck.elements.isEmpty && !deck.subcircuits.isEmpty {
            guard let implied = deck.impliedTop() else {
                throw NetlistError(.invalid("the deck has no elements outside subcircuits and no single top subcircuit; name the top (SPICEReader.Options.top) among \(definedNames())"),
                                   at: nil)
            }
            top = implied
        }
        var ports: [(name: String, net: Int32)] = []
        if let top {
            let subcircuit = deck.subcircuits[top]
            var portNets: [String: Int32] = [:]
            for port in subcircuit.ports {
                let net = try self.net(port, at: subcircuit.source)
                ports.append((port, net))
                portNets[port.lowercased()] = net
            }
            active = [top]
            try expand(subcircuit.elements, path: "", portNets: portNets)
        } else {
            try expand(deck.elements, path: "", portNets: [:])
        }
        return SPICENetlist(top: top.map { deck.subcircuits[$0].name }, ports: ports, netNames: netNames, netIndex: netIndex, devices: devices,
                            terminalStart: terminalStart, terminalNet: terminalNet, terminalName: terminalName, instances: instances)
    }

    private func definedNames() -> String {
        let names = deck.subcircuits.prefix(20).map { "'\($0.name)'" }.joined(separator: ", ")
        return deck.subcircuits.isEmpty ? "no subcircuit" : names + (deck.subcircuits.count > 20 ? ", …" : "")
    }

    /// The net named `name`, made when new.
    private mutating func net(_ name: String, at source: SPICEDeck.Source) throws -> Int32 {
        let key = name.lowercased()
        if let net = netIndex[key] { return net }
        do {
            try budget.spend(Self.cost(name), for: "the flattened nets", at: source.location)
        } catch let error as NetlistError {
            throw error.in(source)
        }
        let net = Int32(netNames.count)
        netIndex[key] = net
        netNames.append(name)
        return net
    }

    private mutating func expand(_ elements: [SPICEDeck.Element], path: String, portNets: [String: Int32]) throws {
        func qualified(_ name: String) -> String { path.isEmpty ? name : path + options.divider + name }
        for element in elements {
            let location = element.source.location
            var nets: [Int32] = []
            for node in element.nodes {
                let key = node.lowercased()
                nets.append(try portNets[key] ?? net(globals.contains(key) ? node : qualified(node), at: element.source))
            }
            let name = qualified(element.name)
            guard element.kind == .instance else {
                try add(element, name: name, nets: nets, terminals: element.kind.terminalNames!)
                continue
            }
            let subcircuitName = element.model!
            guard let k = deck.subcircuitIndex[subcircuitName.lowercased()] else {
                guard options.undefinedSubcircuitsAreBlackBoxes else {
                    throw NetlistError(.invalid("\(element.name) instantiates subcircuit '\(subcircuitName)', which is not defined; .include its definition, or read with undefinedSubcircuitsAreBlackBoxes"),
                                       at: location).in(element.source)
                }
                try add(element, name: name, nets: nets, terminals: nets.indices.map { String($0 + 1) })
                continue
            }
            let subcircuit = deck.subcircuits[k]
            guard subcircuit.ports.count == nets.count else {
                throw NetlistError(.invalid("\(element.name) connects \(nets.count) nodes, but subcircuit '\(subcircuit.name)' (\(subcircuit.source)) has \(subcircuit.ports.count) ports"),
                                   at: location).in(element.source)
            }
            guard !subcircuit.elements.isEmpty else {
                try add(element, name: name, nets: nets, terminals: subcircuit.ports)
                continue
            }
            if let cycle = active.firstIndex(of: k) {
                let names = (active[cycle...] + [k]).map { deck.subcircuits[$0].name }.joined(separator: " -> ")
                throw NetlistError(.invalid("subcircuit '\(subcircuit.name)' instantiates itself (\(names)); a hierarchy must not loop"), at: location)
                    .in(element.source)
            }
            guard active.count < options.maxDepth else {
                throw NetlistError(.unsupported("subcircuit hierarchy deeper than \(options.maxDepth) levels at \(element.name); raise SPICEReader.Options.maxDepth"),
                                   at: location).in(element.source)
            }
            var inner: [String: Int32] = [:]
            for (port, net) in zip(subcircuit.ports, nets) {
                guard inner.updateValue(net, forKey: port.lowercased()) == nil else {
                    throw NetlistError(.invalid("subcircuit '\(subcircuit.name)' lists port '\(port)' twice"), at: subcircuit.source.location)
                        .in(subcircuit.source)
                }
            }
            instances.append(.init(path: name, subcircuit: subcircuit.name, ports: Array(zip(subcircuit.ports, nets))))
            active.append(k)
            try expand(subcircuit.elements, path: name, portNets: inner)
            active.removeLast()
        }
    }

    /// What a device or net named `name` costs of the budget: one element, and one more per 16
    /// bytes of its name (hierarchical names grow with the depth of the hierarchy).
    private static func cost(_ name: String) -> Int { 1 + name.utf8.count / 16 }

    private mutating func add(_ element: SPICEDeck.Element, name: String, nets: [Int32], terminals: [String]) throws {
        do {
            try budget.spend(Self.cost(name) + nets.count, for: "the flattened devices", at: element.source.location)
        } catch let error as NetlistError {
            throw error.in(element.source)
        }
        devices.append(SPICEDevice(name: name, kind: element.kind, model: element.model, value: element.value,
                                   parameters: element.parameters, source: element.source))
        terminalNet += nets
        terminalName += terminals
        terminalStart.append(Int32(terminalNet.count))
    }
}

extension NetlistError {
    /// The error, naming the file of `source`. - Complexity: O(1)
    func `in`(_ source: SPICEDeck.Source) -> NetlistError {
        var error = self
        error.file = source.file
        return error
    }
}
