import Foundation
import GraphCore

extension TimingGraph {
    /// Builds the timing graph of `netlist` timed by `library`. Instances of cells the library
    /// lacks must have been removed (`removeInstances(ofCellsNotIn:)`); their pins would be
    /// unmapped. Combinational loops are broken by leaving out the edges that close them.
    /// - Complexity: O(pins + edges + arcs)
    public init(netlist: CellNetlist, library: LibertyLibrary) {
        let portCount = netlist.ports.count
        let nodeCount = portCount + netlist.pinCount
        var kinds = [NodeKind](repeating: .unmapped, count: nodeCount)
        var libraryCell = [Int32](repeating: -1, count: nodeCount)
        var libraryPin = [Int32](repeating: -1, count: nodeCount)
        for (i, port) in netlist.ports.enumerated() {
            kinds[i] = switch port.direction {
            case .input: .inputPort
            case .output: .outputPort
            case .inout: .inoutPort
            }
        }
        let cellOfType = netlist.cellTypes.map { library.cellIndex(named: $0).map(Int32.init) ?? -1 }
        for instance in 0 ..< netlist.instanceCount {
            let c = cellOfType[Int(netlist.instanceCellIndex[instance])]
            guard c >= 0 else { continue }
            let cell = library.cells[Int(c)]
            for p in netlist.pins(of: instance) {
                let node = portCount + p
                libraryCell[node] = c
                guard let k = cell.pinIndex(named: netlist.pinName(p)) else { continue }
                libraryPin[node] = Int32(k)
                kinds[node] = switch cell.pins[k].direction {
                case .input: .cellInput
                case .output: .cellOutput
                case .inout: .cellInout
                case .internal: .cellInternal
                }
            }
        }

        // Edges, grouped by source: net edges driver → loads, cell edges input → output.
        var sources: [Int32] = [], targets: [Int32] = [], arcLists: [[Int32]] = []
        var checks: [Check] = []
        func drives(_ kind: NodeKind) -> Bool { kind == .inputPort || kind == .inoutPort || kind == .cellOutput || kind == .cellInout }
        func loads(_ kind: NodeKind) -> Bool { kind == .outputPort || kind == .inoutPort || kind == .cellInput || kind == .cellInout }
        // A tie cell's output (function "0" or "1") is a constant: OpenSTA times nothing from it.
        let constantPins = library.cells.map { cell in
            cell.pins.map { pin in
                let function = pin.function?.trimmingCharacters(in: .whitespaces)
                return function == "0" || function == "1"
            }
        }
        func isConstant(_ node: Int) -> Bool {
            libraryPin[node] >= 0 && constantPins[Int(libraryCell[node])][Int(libraryPin[node])]
        }
        for net in 0 ..< netlist.netCount where !netlist.netKinds[net].isSupply {
            var nodes = netlist.pins(on: net).map { portCount + Int($0) }
            nodes += netlist.ports(on: net)
            for driver in nodes where drives(kinds[driver]) && !isConstant(driver) {
                for load in nodes where load != driver && loads(kinds[load]) {
                    sources.append(Int32(driver))
                    targets.append(Int32(load))
                    arcLists.append([])
                }
            }
        }
        for instance in 0 ..< netlist.instanceCount {
            let pins = netlist.pins(of: instance)
            guard let first = pins.first, libraryCell[portCount + first] >= 0 else { continue }
            let c = libraryCell[portCount + first]
            let cell = library.cells[Int(c)]
            var nodeOfLibraryPin = [Int: Int]()
            for p in pins where libraryPin[portCount + p] >= 0 { nodeOfLibraryPin[Int(libraryPin[portCount + p])] = portCount + p }
            var arcsByPair = [Int: [Int32]]()
            var pairOrder: [Int] = []
            for (a, arc) in cell.arcs.enumerated() {
                guard let from = nodeOfLibraryPin[arc.relatedPin], let to = nodeOfLibraryPin[arc.pin] else { continue }
                if arc.kind.isCheck {
                    checks.append(Check(clockNode: Int32(from), dataNode: Int32(to), cell: c, arc: Int32(a)))
                } else if arc.cellRise != nil || arc.cellFall != nil, from != to, arc.kind != .preset, arc.kind != .clear {
                    let key = from * nodeCount + to
                    if arcsByPair[key] == nil { pairOrder.append(key) }
                    arcsByPair[key, default: []].append(Int32(a))
                }
            }
            for key in pairOrder {
                sources.append(Int32(key / nodeCount))
                targets.append(Int32(key % nodeCount))
                arcLists.append(arcsByPair[key]!)
            }
        }

        var (graph, edgeArcStart, edgeArcs) = TimingGraph.csr(nodeCount: nodeCount, sources: sources, targets: targets, arcLists: arcLists)
        var loopBreaks = 0
        var order: [Int32]
        while true {
            if let found = try? graph.topologicalOrder() {
                order = found
                break
            }
            // Leave out the edges that close loops (back edges of a depth-first search), once.
            let back = TimingGraph.backEdges(graph)
            loopBreaks += back.count
            var keep = [Bool](repeating: true, count: graph.edgeCount)
            for e in back { keep[e] = false }
            var s: [Int32] = [], t: [Int32] = [], lists: [[Int32]] = []
            for u in 0 ..< nodeCount {
                for e in graph.edgeRange(of: u) where keep[e] {
                    s.append(Int32(u))
                    t.append(graph.targets[e])
                    lists.append(Array(edgeArcs[Int(edgeArcStart[e]) ..< Int(edgeArcStart[e + 1])]))
                }
            }
            (graph, edgeArcStart, edgeArcs) = TimingGraph.csr(nodeCount: nodeCount, sources: s, targets: t, arcLists: lists)
        }
        var isRegisterClockPin = [Bool](repeating: false, count: nodeCount)
        for u in 0 ..< nodeCount where libraryCell[u] >= 0 {
            let arcs = library.cells[Int(libraryCell[u])].arcs
            for e in graph.edgeRange(of: u) where edgeArcs[Int(edgeArcStart[e]) ..< Int(edgeArcStart[e + 1])].contains(where: { arcs[Int($0)].kind.launchEdge != nil }) {
                isRegisterClockPin[u] = true
            }
        }
        var levels = [Int32](repeating: 0, count: nodeCount)
        for u in order {
            for v in graph.neighbors(of: Int(u)) { levels[Int(v)] = max(levels[Int(v)], levels[Int(u)] + 10) }
        }
        self.init(graph: graph, portCount: portCount, kinds: kinds, libraryCell: libraryCell, libraryPin: libraryPin,
                  edgeArcStart: edgeArcStart, edgeArcs: edgeArcs, checks: checks, isRegisterClockPin: isRegisterClockPin, order: order, levels: levels, loopBreaks: loopBreaks)
    }

    /// CSR of the edges, stable per source, with each edge's arcs alongside.
    private static func csr(nodeCount: Int, sources: [Int32], targets: [Int32], arcLists: [[Int32]]) -> (Graph, [Int32], [Int32]) {
        let (start, members) = CellNetlist.group(sources, into: nodeCount)
        var sortedTargets = [Int32](), arcStart: [Int32] = [0], arcs = [Int32]()
        sortedTargets.reserveCapacity(members.count)
        for m in members {
            sortedTargets.append(targets[Int(m)])
            arcs += arcLists[Int(m)]
            arcStart.append(Int32(arcs.count))
        }
        // The edges of a node keep their order of creation; Graph wants targets sorted per node.
        var order = Array(0 ..< members.count)
        for u in 0 ..< nodeCount {
            order[Int(start[u]) ..< Int(start[u + 1])].sort { sortedTargets[$0] < sortedTargets[$1] }
        }
        let finalTargets = order.map { sortedTargets[$0] }
        var finalStart: [Int32] = [0], finalArcs = [Int32]()
        for e in order {
            finalArcs += arcs[Int(arcStart[e]) ..< Int(arcStart[e + 1])]
            finalStart.append(Int32(finalArcs.count))
        }
        let types = order.map { arcStart[$0] == arcStart[$0 + 1] ? Int32(0) : 1 }
        let graph = try! Graph(nodeCount: nodeCount, offsets: start.map(Int.init), targets: finalTargets, isDirected: true, edgeTypes: types)
        return (graph, finalStart, finalArcs)
    }

    /// The edges a depth-first search finds going back to a node still on its stack.
    private static func backEdges(_ graph: Graph) -> [Int] {
        var state = [UInt8](repeating: 0, count: graph.nodeCount)  // 0 new, 1 on stack, 2 done
        var back: [Int] = []
        var stack: [(node: Int, next: Int)] = []
        for root in 0 ..< graph.nodeCount where state[root] == 0 {
            state[root] = 1
            stack.append((root, graph.edgeRange(of: root).lowerBound))
            while let top = stack.last {
                if top.next < graph.edgeRange(of: top.node).upperBound {
                    stack[stack.count - 1].next += 1
                    let v = Int(graph.targets[top.next])
                    if state[v] == 1 { back.append(top.next) } else if state[v] == 0 {
                        state[v] = 1
                        stack.append((v, graph.edgeRange(of: v).lowerBound))
                    }
                } else {
                    state[top.node] = 2
                    stack.removeLast()
                }
            }
        }
        return back
    }
}
