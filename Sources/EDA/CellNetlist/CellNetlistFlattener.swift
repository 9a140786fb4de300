/// Instantiates the top module of a set of `CellModule`s into one flat `CellNetlist`.
///
/// Each module instance gets fresh nets for its own bits (`prefix/name[i]`) and the parent's
/// nets for its port bits (input ports wider than their connection are zero-extended, other
/// unconnected port bits get fresh nets); instances of leaf modules and of cells not defined in
/// the file become netlist instances named `prefix/name`. `assign` joins nets (union–find); a
/// joined net keeps the name created first. Net kinds come from supply declarations, power and
/// ground pin and port names, and constants, in that order of precedence.
struct CellNetlistFlattener {
    /// Deepest module hierarchy accepted (the flattener recurses per level).
    static let maxDepth = 100

    private struct Mark {
        static let power: UInt8 = 1, ground: UInt8 = 2, zero: UInt8 = 4, one: UInt8 = 8
    }

    private let modules: [CellModule]
    private let moduleIndex: [String: Int]
    private let options: CellNetlistReader.Options
    private var budget: ElementBudget

    private var netNames: [String] = []
    private var escapedNetNames: [String: String] = [:]
    private var escapedInstanceNames: [String: String] = [:]
    private var parent: [Int32] = []
    /// Marks of each class, kept on its representative.
    private var marks: [UInt8] = []
    private var zeroNet: Int32 = -1
    private var oneNet: Int32 = -1

    private var cellTypes: [String] = []
    private var cellIndex: [String: Int32] = [:]
    private var instanceNames: [String] = []
    private var instanceCellIndex: [Int32] = []
    private var instancePinStart: [Int32] = [0]
    private var pinNames: [String] = []
    private var pinIndex: [String: Int32] = [:]
    private var pinNameIndex: [Int32] = []
    private var pinInstance: [Int32] = []
    private var pinNet: [Int32] = []
    private var ports: [CellNetlist.Port] = []
    private var path: [Int] = []
    /// The pin names of the instance being added (reused, to find a pin connected twice).
    private var instancePins = Set<Int32>()

    init(modules: [CellModule], moduleIndex: [String: Int], options: CellNetlistReader.Options, budget: ElementBudget) {
        self.modules = modules
        self.moduleIndex = moduleIndex
        self.options = options
        self.budget = budget
    }

    /// The flat netlist of the top module (`options.top`, or the one module no other instantiates).
    /// - Throws: `NetlistError` for a missing or ambiguous top, unknown ports, recursion, or a spent budget.
    /// - Complexity: O(elements created · α) (α: inverse Ackermann, from union–find)
    mutating func flatten() throws -> CellNetlist {
        let top = try topModule()
        let module = modules[top]
        var boundary = [Int32](repeating: -1, count: module.bitCount)
        for s in 0 ..< module.portCount {
            let direction: CellNetlist.PortDirection = module.signalDirections[s] == .input ? .input : module.signalDirections[s] == .output ? .output : .inout
            for position in 0 ..< module.width(of: s) {
                let name = module.bitName(s, position)
                let net = try newNet(name, escaped: module.escapedBitName(s, position), at: module.at)
                if options.powerNames.contains(name) { marks[Int(net)] |= Mark.power }
                if options.groundNames.contains(name) { marks[Int(net)] |= Mark.ground }
                boundary[Int(module.signalFirstBit[s]) + position] = net
                ports.append(CellNetlist.Port(name: name, direction: direction, net: net, bus: module.signalRanges[s] == nil ? nil : module.signalNames[s],
                                              bit: module.signalRanges[s]?.index(at: position)))
            }
        }
        try expand(top, prefix: Prefix(), boundary: boundary)
        return finish(design: module.name)
    }

    // MARK: - Top and hierarchy

    private func topModule() throws -> Int {
        if let top = options.top {
            guard let index = moduleIndex[top] else {
                throw NetlistError(.invalid("no module named '\(top)'; the file defines \(modules.map { "'\($0.name)'" }.joined(separator: ", "))"), at: nil)
            }
            return index
        }
        guard !modules.isEmpty else { throw NetlistError(.expected("a module", found: "none in the file"), at: nil) }
        var instantiated = Set<String>()
        for module in modules { instantiated.formUnion(module.instanceCells) }
        let roots = modules.indices.filter { !instantiated.contains(modules[$0].name) }
        let withContent = roots.filter { !modules[$0].isLeaf }
        if roots.count == 1 { return roots[0] }
        if withContent.count == 1 { return withContent[0] }
        let names = (roots.isEmpty ? Array(modules.indices) : roots).map { "'\(modules[$0].name)'" }.joined(separator: ", ")
        throw NetlistError(.invalid("cannot tell the top module among \(names); name it (CellNetlistReader.Options.top, graphtool --top)"), at: nil)
    }

    /// Instantiates module `m` with instance-name prefix `prefix`; `boundary[b]` is the net of
    /// local bit `b` when the parent supplies it, -1 when the module makes a fresh one.
    private mutating func expand(_ m: Int, prefix: Prefix, boundary: [Int32]) throws {
        let module = modules[m]
        if let loop = path.firstIndex(of: m) {
            let cycle = (path[loop...] + [m]).map { modules[$0].name }.joined(separator: " -> ")
            throw NetlistError(.invalid("module '\(module.name)' instantiates itself (\(cycle))"), at: module.at)
        }
        guard path.count < Self.maxDepth else {
            throw NetlistError(.unsupported("module hierarchy deeper than \(Self.maxDepth) levels"), at: module.at)
        }
        path.append(m)
        defer { path.removeLast() }
        var net = boundary
        for s in 0 ..< module.signalNames.count {
            for position in 0 ..< module.width(of: s) where net[Int(module.signalFirstBit[s]) + position] < 0 {
                let name = prefix.joined(module.bitName(s, position), escaped: module.escapedBitName(s, position))
                let fresh = try newNet(name.plain, escaped: name.escaped, at: module.at)
                switch module.signalSupplies[s] {
                case .supply0?: marks[Int(fresh)] |= Mark.ground
                case .supply1?: marks[Int(fresh)] |= Mark.power
                default: break
                }
                net[Int(module.signalFirstBit[s]) + position] = fresh
            }
        }
        for i in 0 ..< module.instanceCells.count {
            if let child = moduleIndex[module.instanceCells[i]], !modules[child].isLeaf {
                try expandInstance(i, of: module, child: child, prefix: prefix, nets: net)
            } else {
                try addLeafInstance(i, of: module, prefix: prefix, nets: net)
            }
        }
        for a in 0 ..< module.assignAt.count {
            let target = module.terms[Int(module.assignTargetStart[a]) ..< Int(module.assignValueStart[a])]
            let value = module.terms[Int(module.assignValueStart[a]) ..< Int(module.assignTargetStart[a + 1])]
            for j in 0 ..< target.count {  // right-aligned; a shorter value is zero-extended
                let term = j < value.count ? value[value.endIndex - 1 - j] : CellModule.zero
                guard let source = try self.net(of: term, nets: net, at: module.assignAt[a]) else { continue }
                try union(net[Int(target[target.endIndex - 1 - j])], source, at: module.assignAt[a])
            }
        }
    }

    /// The net of a term: a local bit's net, a constant net, or `nil` for an open bit.
    private mutating func net(of term: Int32, nets: [Int32], at: NetlistLocation) throws -> Int32? {
        switch term {
        case CellModule.open: return nil
        case CellModule.zero: return try constantNet(one: false, at: at)
        case CellModule.one: return try constantNet(one: true, at: at)
        default: return nets[Int(term)]
        }
    }

    /// Instance `i` of `module`, of the hierarchical module `child`.
    private mutating func expandInstance(_ i: Int, of module: CellModule, child c: Int, prefix: Prefix, nets: [Int32]) throws {
        let child = modules[c]
        let name = module.instanceNames[i], at = module.instanceAt[i]
        try budget.spend(child.bitCount, for: "instance '\(prefix.plain)\(name)' of '\(child.name)'", at: at)
        var boundary = [Int32](repeating: -1, count: child.bitCount)
        var connected = Set<Int>()
        let connections = Int(module.instanceConnectionStart[i]) ..< Int(module.instanceConnectionStart[i + 1])
        for c in connections {
            let position = c - connections.lowerBound
            let s: Int
            if let pin = module.connectionPins[c] {
                guard let index = child.signalIndex[pin], Int(index) < child.portCount else {
                    throw NetlistError(.invalid("module '\(child.name)' has no port '\(pin)'"), at: module.connectionAt[c])
                }
                s = Int(index)
            } else {
                guard position < child.portCount else {
                    throw NetlistError(.invalid("instance '\(name)' has \(connections.count) connections but module '\(child.name)' has \(child.portCount) ports"), at: module.connectionAt[c])
                }
                s = position
            }
            guard connected.insert(s).inserted else {
                throw NetlistError(.invalid("port '\(child.signalNames[s])' of instance '\(name)' is connected twice"), at: module.connectionAt[c])
            }
            let terms = module.connectionTerms(c)
            let width = child.width(of: s), first = Int(child.signalFirstBit[s])
            for j in 0 ..< width {  // right-aligned
                let bit = first + width - 1 - j
                if j < terms.count {
                    boundary[bit] = try net(of: terms[terms.endIndex - 1 - j], nets: nets, at: module.connectionAt[c]) ?? -1
                } else if child.signalDirections[s] == .input {
                    boundary[bit] = try constantNet(one: false, at: module.connectionAt[c])
                }
            }
        }
        let path = prefix.joined(name, escaped: CellNetlist.escapingStructure(of: name))
        try expand(c, prefix: Prefix(plain: path.plain + "/", escaped: path.escaped.map { $0 + "/" }), boundary: boundary)
    }

    /// Instance `i` of `module`, of a cell (or a leaf module): one netlist instance.
    private mutating func addLeafInstance(_ i: Int, of module: CellModule, prefix: Prefix, nets: [Int32]) throws {
        let local = module.instanceNames[i]
        let path = prefix.joined(local, escaped: CellNetlist.escapingStructure(of: local))
        let cell = module.instanceCells[i], name = path.plain, at = module.instanceAt[i]
        if let escaped = path.escaped { escapedInstanceNames[name] = escaped }
        let leaf = moduleIndex[cell].map { modules[$0] }
        try budget.spend(1, for: "instance '\(name)'", at: at)
        let instance = Int32(instanceNames.count)
        instanceNames.append(name)
        instanceCellIndex.append(intern(cell, in: &cellTypes, &cellIndex))
        instancePins.removeAll(keepingCapacity: true)
        let connections = Int(module.instanceConnectionStart[i]) ..< Int(module.instanceConnectionStart[i + 1])
        for c in connections {
            let pin = try pinName(of: c, position: c - connections.lowerBound, module: module, cell: cell, leaf: leaf)
            var terms = module.connectionTerms(c)
            let declared = leaf.flatMap { leaf in leaf.signalIndex[pin].flatMap { leaf.signalRanges[Int($0)] } }
            if module.connectionIsUnsizedConstant[c] { terms = terms.suffix(declared?.width ?? 1) }
            let width = declared?.width ?? terms.count
            try budget.spend(width, for: "the pins of instance '\(name)'", at: at)
            for position in 0 ..< width {  // right-aligned with the pin's bits
                let j = width - 1 - position
                guard j < terms.count,
                      let net = try net(of: terms[terms.endIndex - 1 - j], nets: nets, at: module.connectionAt[c]) else { continue }
                let bitName = width == 1 && declared == nil ? pin : "\(pin)[\(declared?.index(at: position) ?? j)]"
                let id = intern(bitName, in: &pinNames, &pinIndex)
                guard instancePins.insert(id).inserted else {
                    throw NetlistError(.invalid("pin '\(bitName)' of instance '\(name)' is connected twice"), at: module.connectionAt[c])
                }
                pinNameIndex.append(id)
                pinInstance.append(instance)
                pinNet.append(net)
            }
        }
        instancePinStart.append(Int32(pinNet.count))
    }

    /// The pin a connection names, or for a positional one the pin at its place in the cell's
    /// pin order (a leaf module's header, or `options.pinOrder`).
    private func pinName(of c: Int, position: Int, module: CellModule, cell: String, leaf: CellModule?) throws -> String {
        if let pin = module.connectionPins[c] {
            if let leaf, leaf.signalIndex[pin].map({ Int($0) < leaf.portCount }) != true {
                throw NetlistError(.invalid("module '\(cell)' has no port '\(pin)'"), at: module.connectionAt[c])
            }
            return pin
        }
        guard let order = leaf.map({ Array($0.signalNames[..<$0.portCount]) }) ?? options.pinOrder[cell] else {
            throw NetlistError(.invalid("positional connections to cell '\(cell)' need its pin order: name the pins ('.A(x)'), or pass the Liberty library (CellNetlistReader.Options.pinOrder)"), at: module.connectionAt[c])
        }
        guard position < order.count else {
            throw NetlistError(.invalid("connection \(position + 1) of an instance of '\(cell)', which has \(order.count) pins"), at: module.connectionAt[c])
        }
        return order[position]
    }

    // MARK: - Nets

    /// A fresh net `name`; `escaped` is its name with escaped-identifier characters escaped
    /// when that differs (`CellNetlist.escapedName(ofNet:)`).
    private mutating func newNet(_ name: String, escaped: String? = nil, at: NetlistLocation) throws -> Int32 {
        try budget.spend(1, for: "net '\(name)'", at: at)
        let id = Int32(netNames.count)
        netNames.append(name)
        if let escaped { escapedNetNames[name] = escaped }
        parent.append(id)
        marks.append(0)
        return id
    }

    private mutating func constantNet(one: Bool, at: NetlistLocation) throws -> Int32 {
        if one, oneNet >= 0 { return oneNet }
        if !one, zeroNet >= 0 { return zeroNet }
        let net = try newNet(one ? "1'b1" : "1'b0", at: at)
        marks[Int(net)] = one ? Mark.one : Mark.zero
        if one { oneNet = net } else { zeroNet = net }
        return net
    }

    private mutating func find(_ net: Int32) -> Int32 {
        var n = net
        while parent[Int(n)] != n {
            parent[Int(n)] = parent[Int(parent[Int(n)])]
            n = parent[Int(n)]
        }
        return n
    }

    /// Joins the classes of `a` and `b`; the smaller representative (the older net) stays.
    private mutating func union(_ a: Int32, _ b: Int32, at: NetlistLocation) throws {
        let (x, y) = (find(a), find(b))
        guard x != y else { return }
        let (keep, drop) = x < y ? (x, y) : (y, x)
        let joined = marks[Int(keep)] | marks[Int(drop)]
        if joined & Mark.zero != 0, joined & Mark.one != 0 {
            throw NetlistError(.invalid("assign ties net '\(netNames[Int(a)])' to both 1'b0 and 1'b1"), at: at)
        }
        parent[Int(drop)] = keep
        marks[Int(keep)] = joined
    }

    /// The hierarchical prefix of a module instance's names (`u1/u2/`), and the same with the
    /// characters of escaped identifiers escaped when that differs.
    private struct Prefix {
        var plain = ""
        var escaped: String?

        /// `plain + local`, and its escaped form when the prefix or `escapedLocal` has one.
        func joined(_ local: String, escaped escapedLocal: String?) -> (plain: String, escaped: String?) {
            let full = plain + local
            guard escaped != nil || escapedLocal != nil else { return (full, nil) }
            return (full, (escaped ?? plain) + (escapedLocal ?? local))
        }
    }

    private func intern(_ name: String, in table: inout [String], _ index: inout [String: Int32]) -> Int32 {
        if let id = index[name] { return id }
        let id = Int32(table.count)
        table.append(name)
        index[name] = id
        return id
    }

    // MARK: - The flat netlist

    /// Renumbers the classes of joined nets, decides net kinds and groups pins by net.
    private mutating func finish(design: String) -> CellNetlist {
        let count = netNames.count
        var representative = [Int32](repeating: 0, count: count)
        for n in 0 ..< count { representative[n] = find(Int32(n)) }
        for p in 0 ..< pinNet.count {
            let name = pinNames[Int(pinNameIndex[p])]
            let r = Int(representative[Int(pinNet[p])])
            if options.powerNames.contains(name) { marks[r] |= Mark.power }
            if options.groundNames.contains(name) { marks[r] |= Mark.ground }
        }
        var newIndex = [Int32](repeating: -1, count: count)
        var names: [String] = []
        var kinds: [CellNetlist.NetKind] = []
        for n in 0 ..< count where representative[n] == Int32(n) {
            newIndex[n] = Int32(names.count)
            names.append(netNames[n])
            let mark = marks[n]
            let supply = mark & (Mark.power | Mark.ground)
            kinds.append(supply == Mark.power ? .power : supply == Mark.ground ? .ground
                         : mark & Mark.zero != 0 ? .constantZero : mark & Mark.one != 0 ? .constantOne : .signal)
        }
        var index: [String: Int32] = [:]
        index.reserveCapacity(count)
        for n in 0 ..< count where index[netNames[n]] == nil {
            index[netNames[n]] = newIndex[Int(representative[n])]
        }
        let pinNets = pinNet.map { newIndex[Int(representative[Int($0)])] }
        for p in ports.indices { ports[p].net = newIndex[Int(representative[Int(ports[p].net)])] }
        let (netPinStart, netPins) = CellNetlist.group(pinNets, into: names.count)
        return CellNetlist(
            design: design, cellTypes: cellTypes, instanceNames: instanceNames, instanceCellIndex: instanceCellIndex,
            instancePinStart: instancePinStart, pinNames: pinNames, pinNameIndex: pinNameIndex, pinInstance: pinInstance,
            pinNet: pinNets, netNames: names, netKinds: kinds, netPinStart: netPinStart, netPins: netPins,
            ports: ports, netIndex: index, escapedNetNames: escapedNetNames, escapedInstanceNames: escapedInstanceNames)
    }
}
