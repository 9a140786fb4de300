/// Builds an `AIG` from the events of a netlist parser (BLIF, bench, Verilog). Signals are
/// collected by name first, so they may be used before they are driven; `finish()` then
/// rejects undriven signals (at their first use) and combinational cycles (naming the loop),
/// orders the gates topologically with an iterative depth-first search (no recursion, any
/// depth) and builds them through `AIG.and` (structural hashing, constant propagation).
/// Inputs, latches and outputs keep their names as AIGER symbols.
public struct NetlistBuilder: NetlistVisitor {
    private enum Driver { case input, latch, gate(Int32) }

    private struct Gate {
        var output: Int32
        var function: NetlistFunction
        var fanins: [Int32]
        var at: NetlistLocation
    }

    private var index: [String: Int32] = [:]
    private var names: [String] = []
    private var firstUse: [NetlistLocation?] = []
    private var driver: [(Driver, NetlistLocation)?] = []
    private var gates: [Gate] = []
    private var inputs: [Int32] = []
    private var outputs: [Int32] = []
    private var latches: [(output: Int32, next: Int32, reset: AIG.LatchReset)] = []
    /// The model or module name, when the file gave one.
    public private(set) var modelName: String?

    /// Creates an empty builder. - Complexity: O(1)
    public init() {}

    private mutating func signal(_ name: String) -> Int32 {
        if let s = index[name] { return s }
        let s = Int32(names.count)
        index[name] = s
        names.append(name)
        firstUse.append(nil)
        driver.append(nil)
        return s
    }

    private mutating func use(_ name: String, at: NetlistLocation) -> Int32 {
        let s = signal(name)
        if firstUse[Int(s)] == nil { firstUse[Int(s)] = at }
        return s
    }

    private mutating func drive(_ name: String, _ kind: Driver, at: NetlistLocation) throws -> Int32 {
        let s = signal(name)
        if let (_, first) = driver[Int(s)] { throw NetlistError(.definedTwice(name, first: first), at: at) }
        driver[Int(s)] = (kind, at)
        return s
    }

    public mutating func model(_ name: String, at: NetlistLocation) throws { modelName = name }

    public mutating func input(_ name: String, at: NetlistLocation) throws {
        inputs.append(try drive(name, .input, at: at))
    }

    public mutating func output(_ name: String, at: NetlistLocation) throws {
        outputs.append(use(name, at: at))
    }

    public mutating func latch(_ output: String, next: String, reset: AIG.LatchReset, at: NetlistLocation) throws {
        let q = try drive(output, .latch, at: at)
        latches.append((q, use(next, at: at), reset))
    }

    public mutating func gate(_ output: String, _ function: NetlistFunction, fanins: [String], at: NetlistLocation) throws {
        let arity: ClosedRange<Int>
        switch function {
        case .and, .or, .xor, .nand, .nor, .xnor: arity = 1 ... Int.max
        case .buffer, .not: arity = 1 ... 1
        case .constant: arity = 0 ... 0
        case .mux: arity = 3 ... 3
        case .cover(let cover):
            arity = fanins.count ... fanins.count
            if let bad = cover.cubes.first(where: { $0.count != fanins.count }) {
                throw NetlistError(.invalid("a cube of '\(output)' has \(bad.count) input columns for \(fanins.count) inputs"), at: at)
            }
        }
        guard arity.contains(fanins.count) else {
            let wanted = arity.upperBound == Int.max ? "at least \(arity.lowerBound)" : "\(arity.lowerBound)"
            throw NetlistError(.invalid("gate driving '\(output)' (\(function.name)) takes \(wanted) input(s), got \(fanins.count)"), at: at)
        }
        let s = try drive(output, .gate(Int32(gates.count)), at: at)
        gates.append(Gate(output: s, function: function, fanins: fanins.map { use($0, at: at) }, at: at))
    }

    /// The finished AIG.
    /// - Throws: `NetlistError` for undriven signals and combinational cycles.
    /// - Complexity: O(S + G + E) expected for S signals, G gates, E gate inputs, plus the
    ///   ANDs made (a cover costs O(cubes · fanins)).
    public func finish() throws -> AIG {
        for s in names.indices where driver[s] == nil {
            throw NetlistError(.undefinedSignal(names[s]), at: firstUse[s])
        }
        let order = try topologicalOrder()
        var aig = AIG()
        var literal = [UInt32](repeating: 0, count: names.count)
        for s in inputs { literal[Int(s)] = aig.addInput(name: names[Int(s)]) }
        for latch in latches {
            literal[Int(latch.output)] = aig.addLatch(reset: latch.reset, name: names[Int(latch.output)])
        }
        for g in order {
            let gate = gates[Int(g)]
            literal[Int(gate.output)] = aig.build(gate.function, gate.fanins.map { literal[Int($0)] })
        }
        for s in outputs { try aig.addOutput(literal[Int(s)], name: names[Int(s)]) }
        for (i, latch) in latches.enumerated() { try aig.setLatchNext(i, to: literal[Int(latch.next)]) }
        aig._checkInvariants()
        return aig
    }

    /// Gates in fanin-first order by an iterative depth-first search.
    /// - Throws: `NetlistError.cycle` with the loop's signals, at a gate of the loop.
    private func topologicalOrder() throws -> [Int32] {
        var state = [UInt8](repeating: 0, count: gates.count)  // 0 new, 1 on the stack, 2 done
        var order: [Int32] = []
        order.reserveCapacity(gates.count)
        var stack: [(gate: Int32, next: Int)] = []
        func gateDriving(_ s: Int32) -> Int32? {
            if case .gate(let g)? = driver[Int(s)]?.0 { return g }
            return nil
        }
        for root in gates.indices where state[root] == 0 {
            state[root] = 1
            stack.append((Int32(root), 0))
            while let (g, next) = stack.last {
                let fanins = gates[Int(g)].fanins
                guard next < fanins.count else {
                    state[Int(g)] = 2
                    order.append(g)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                guard let f = gateDriving(fanins[next]) else { continue }
                if state[Int(f)] == 1 {
                    let loop = stack.drop { $0.gate != f }.map { names[Int(gates[Int($0.gate)].output)] }
                    let visible = loop.filter { !$0.hasPrefix(" ") }
                    throw NetlistError(.cycle(path: (visible.isEmpty ? loop : visible) + [(visible.first ?? loop[0])]),
                                       at: gates[Int(f)].at)
                }
                if state[Int(f)] == 0 {
                    state[Int(f)] = 1
                    stack.append((f, 0))
                }
            }
        }
        return order
    }
}

extension NetlistFunction {
    /// The gate's name in messages. - Complexity: O(1)
    var name: String {
        switch self {
        case .and: return "AND"
        case .or: return "OR"
        case .xor: return "XOR"
        case .nand: return "NAND"
        case .nor: return "NOR"
        case .xnor: return "XNOR"
        case .buffer: return "BUF"
        case .not: return "NOT"
        case .constant(let value): return value ? "constant 1" : "constant 0"
        case .mux: return "MUX"
        case .cover: return "cover"
        }
    }
}

extension AIG {
    /// The literal of `function` applied to `fanins`, built with balanced AND/XOR trees (depth
    /// ⌈log2 n⌉ for n fanins). - Complexity: O(n) ANDs; O(cubes · fanins) for a cover.
    mutating func build(_ function: NetlistFunction, _ fanins: [UInt32]) -> UInt32 {
        switch function {
        case .and: return balanced(fanins, .and)
        case .nand: return AIG.not(balanced(fanins, .and))
        case .or: return balanced(fanins, .or)
        case .nor: return AIG.not(balanced(fanins, .or))
        case .xor: return balanced(fanins, .xor)
        case .xnor: return AIG.not(balanced(fanins, .xor))
        case .buffer: return fanins[0]
        case .not: return AIG.not(fanins[0])
        case .constant(let value): return value ? AIG.constantTrue : AIG.constantFalse
        case .mux: return mux(fanins[0], fanins[1], fanins[2])
        case .cover(let cover):
            let cubes = cover.cubes.map { cube in
                let literals = zip(cube, fanins).compactMap { c, f -> UInt32? in
                    c == UInt8(ascii: "1") ? f : c == UInt8(ascii: "0") ? AIG.not(f) : nil
                }
                return literals.isEmpty ? AIG.constantTrue : balanced(literals, .and)
            }
            let sum = cubes.isEmpty ? AIG.constantFalse : balanced(cubes, .or)
            return cover.onSet ? sum : AIG.not(sum)
        }
    }

    /// Combines `items` (non-empty) pairwise, level by level, with `op` (`.and`, `.or` or `.xor`).
    private mutating func balanced(_ items: [UInt32], _ op: NetlistFunction) -> UInt32 {
        var level = items
        while level.count > 1 {
            var next: [UInt32] = []
            next.reserveCapacity((level.count + 1) / 2)
            for i in stride(from: 0, to: level.count - 1, by: 2) { 
                let (a, b) = (level[i], level[i + 1])
                next.append(op == .and ? and(a, b) : op == .or ? or(a, b) : xor(a, b))
             }
            if level.count % 2 == 1 { next.append(level[level.count - 1]) }
            level = next
        }
        return level[0]
    }
}
