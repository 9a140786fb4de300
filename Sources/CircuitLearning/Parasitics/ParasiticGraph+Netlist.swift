import EDA
import Foundation
import GraphCore

extension ParasiticGraph {
    /// The graph of `netlist`, with the pins' directions and capacitances from `library`.
    /// Instances of cells the library lacks (fill, tap, decap) are removed from the netlist kept
    /// in `netlist`; instances with no signal pin get no device node; power and ground nets and their pins too; a net keeps its node when at
    /// least one remaining pin is on it.
    /// - Complexity: O(instances + pins + nets + cells of the library)
    public init(netlist original: CellNetlist, library: LibertyLibrary) {
        var netlist = original
        var dropped = netlist.removeInstances(ofCellsNotIn: library.cellNames)
        let femtofarads = library.units.capacitance / 1e-15
        let isSupply = netlist.netKinds.map(\.isSupply)
        // Devices and their signal pins.
        var cellType: [Int32] = [], devicePins: [[Int]] = [], deviceCells: [LibertyCell] = []
        for i in 0 ..< netlist.instanceCount {
            let pins = netlist.pins(of: i).filter { !isSupply[Int(netlist.pinNet[$0])] }
            guard !pins.isEmpty, let index = library.cellIndex(named: netlist.cellType(of: i)) else {
                dropped += 1
                continue
            }
            cellType.append(Int32(index))
            devicePins.append(pins)
            deviceCells.append(library.cells[index])
        }
        let deviceCount = cellType.count
        var netlistPin: [Int32] = [], pinLiberty: [LibertyPin?] = []
        for (d, pins) in devicePins.enumerated() {
            for p in pins {
                netlistPin.append(Int32(p))
                pinLiberty.append(deviceCells[d].pin(named: netlist.pinName(p)))
            }
        }
        let pinCount = netlistPin.count
        // Nets with at least one remaining pin, in netlist order.
        var netNode = [Int32](repeating: -1, count: netlist.netCount), netlistNet: [Int32] = []
        for p in netlistPin where netNode[Int(netlist.pinNet[Int(p)])] < 0 {
            netNode[Int(netlist.pinNet[Int(p)])] = 0
        }
        for n in 0 ..< netlist.netCount where netNode[n] == 0 {
            netNode[n] = Int32(netlistNet.count)
            netlistNet.append(Int32(n))
        }
        let netCount = netlistNet.count
        let nodeCount = deviceCount + pinCount + netCount
        // Per net: pins, ports, fanout, load capacitance.
        var netPins = [[Int]](repeating: [], count: netCount)
        for (k, p) in netlistPin.enumerated() { netPins[Int(netNode[Int(netlist.pinNet[Int(p)])])].append(k) }
        var netPorts = [Int](repeating: 0, count: netCount), outputPorts = [Int](repeating: 0, count: netCount)
        for port in netlist.ports where netNode[Int(port.net)] >= 0 {
            let n = Int(netNode[Int(port.net)])
            netPorts[n] += 1
            if port.direction != .input { outputPorts[n] += 1 }
        }
        // Features.
        var features = Matrix(rows: nodeCount, columns: ParasiticFeature.count)
        func set(_ v: Int, _ f: ParasiticFeature, _ x: Double) { features[v, f.rawValue] = Float(x) }
        let designDevices = log1p(Double(deviceCount)), designNets = log1p(Double(netCount))
        for v in 0 ..< nodeCount {
            set(v, .designDevices, designDevices)
            set(v, .designNets, designNets)
        }
        for d in 0 ..< deviceCount {
            set(d, .isDevice, 1)
            set(d, .deviceArea, log1p(deviceCells[d].area))
            set(d, .deviceSignalPins, log1p(Double(devicePins[d].count)))
            set(d, .deviceIsSequential, deviceCells[d].isSequential ? 1 : 0)
        }
        var netFanout = [Int32](repeating: 0, count: netCount), loadCapacitance = [Double](repeating: 0, count: netCount)
        for k in 0 ..< pinCount {
            let v = deviceCount + k, pin = pinLiberty[k]
            let isInput = pin?.isInput ?? true, isOutput = pin?.isOutput ?? false
            let capacitance = (pin?.capacitance ?? library.defaultInputPinCapacitance) * femtofarads
            set(v, .isPin, 1)
            set(v, .pinIsInput, isInput ? 1 : 0)
            set(v, .pinIsOutput, isOutput ? 1 : 0)
            set(v, .pinCapacitance, log1p(capacitance))
            let n = Int(netNode[Int(netlist.pinNet[Int(netlistPin[k])])])
            if isInput && !isOutput {
                netFanout[n] += 1
                loadCapacitance[n] += capacitance
            }
        }
        for n in 0 ..< netCount {
            let v = deviceCount + pinCount + n
            netFanout[n] += Int32(outputPorts[n])
            set(v, .isNet, 1)
            set(v, .netFanout, log1p(Double(netFanout[n])))
            set(v, .netDegree, log1p(Double(netPins[n].count + netPorts[n])))
            set(v, .netPorts, log1p(Double(netPorts[n])))
            set(v, .netLoadCapacitance, log1p(loadCapacitance[n]))
        }
        let graph = Self.devicePinNetGraph(pinsPerDevice: devicePins.map(\.count),
                                           pinNet: netlistPin.map { netNode[Int(netlist.pinNet[Int($0)])] }, netPins: netPins)
        let supplyNets = (0 ..< netlist.netCount).filter { isSupply[$0] }.count
        self.init(netlist: netlist, design: netlist.design, deviceCount: deviceCount, pinCount: pinCount, netCount: netCount, graph: graph,
                  features: features, cellType: cellType, netlistPin: netlistPin, netlistNet: netlistNet, netFanout: netFanout,
                  netNames: netlistNet.map { netlist.netNames[Int($0)] }, droppedInstances: dropped, droppedSupplyNets: supplyNets)
    }
}
