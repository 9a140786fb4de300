import Foundation
import EDA
import GraphCore

extension ParasiticGraph {
    /// Net names taken for power and ground in SPICE netlists (any case).
    public static let spiceSupplyNets: Set<String> = ["0", "vdd", "vss", "gnd", "vcc", "vee", "vpwr", "vgnd", "vpb", "vnb", "avdd", "avss", "dvdd", "dvss"]

    /// The graph of a flat SPICE netlist: each device (a transistor once the cells are
    /// flattened, or a black-box instance, a resistor, a capacitor …) with a terminal off the
    /// supplies is a device node, those terminals are pin nodes, their nets net nodes. Nets
    /// named in `supplyNets` (any case) are left out.
    ///
    /// Features (`ParasiticFeature`), without a Liberty library: a MOSFET's gate is an input
    /// pin, its drain and source output pins; `deviceArea` is `log(1 + W·L)` in µm² for a
    /// MOSFET with numeric `w` and `l`; a net's fanout counts the gates on it (and output
    /// ports: none known, SPICE ports have no direction); `pinCapacitance` and
    /// `netLoadCapacitance` are 0. Every device's `cellType` is −1 (unknown).
    /// - Complexity: O(devices + terminals + nets)
    public init(spice: SPICENetlist, supplyNets: Set<String> = spiceSupplyNets) {
        let isSupply = spice.netNames.map { supplyNets.contains($0.lowercased()) }
        var devices: [Int] = [], devicePins: [[Int]] = []
        for d in 0 ..< spice.deviceCount {
            let pins = spice.terminals(of: d).filter { !isSupply[Int(spice.terminalNet[$0])] }
            guard !pins.isEmpty else { continue }
            devices.append(d)
            devicePins.append(pins)
        }
        let deviceCount = devices.count
        let netlistPin = devicePins.flatMap { $0.map(Int32.init) }, pinCount = netlistPin.count
        var netNode = [Int32](repeating: -1, count: spice.netCount), netlistNet: [Int32] = []
        for p in netlistPin { netNode[Int(spice.terminalNet[Int(p)])] = 0 }
        for n in 0 ..< spice.netCount where netNode[n] == 0 {
            netNode[n] = Int32(netlistNet.count)
            netlistNet.append(Int32(n))
        }
        let netCount = netlistNet.count, nodeCount = deviceCount + pinCount + netCount
        var netPins = [[Int]](repeating: [], count: netCount), netPorts = [Int](repeating: 0, count: netCount)
        for (k, p) in netlistPin.enumerated() { netPins[Int(netNode[Int(spice.terminalNet[Int(p)])])].append(k) }
        for port in spice.ports where netNode[Int(port.net)] >= 0 { netPorts[Int(netNode[Int(port.net)])] += 1 }

        var features = Matrix(rows: nodeCount, columns: ParasiticFeature.count)
        func set(_ v: Int, _ f: ParasiticFeature, _ x: Double) { features[v, f.rawValue] = Float(x) }
        let designDevices = log1p(Double(deviceCount)), designNets = log1p(Double(netCount))
        for v in 0 ..< nodeCount {
            set(v, .designDevices, designDevices)
            set(v, .designNets, designNets)
        }
        var netFanout = [Int32](repeating: 0, count: netCount), k = 0
        for (d, device) in devices.enumerated() {
            let element = spice.devices[device]
            set(d, .isDevice, 1)
            set(d, .deviceSignalPins, log1p(Double(devicePins[d].count)))
            if element.kind == .mosfet, let w = element.number("w"), let l = element.number("l"), w > 0, l > 0 {
                set(d, .deviceArea, log1p(w * l * 1e12))
            }
            for p in devicePins[d] {
                let v = deviceCount + k, role = spice.terminalName[p]
                set(v, .isPin, 1)
                if element.kind == .mosfet && role == "g" {
                    set(v, .pinIsInput, 1)
                    netFanout[Int(netNode[Int(spice.terminalNet[p])])] += 1
                } else if element.kind == .mosfet && (role == "d" || role == "s") {
                    set(v, .pinIsOutput, 1)
                }
                k += 1
            }
        }
        for n in 0 ..< netCount {
            let v = deviceCount + pinCount + n
            set(v, .isNet, 1)
            set(v, .netFanout, log1p(Double(netFanout[n])))
            set(v, .netDegree, log1p(Double(netPins[n].count + netPorts[n])))
            set(v, .netPorts, log1p(Double(netPorts[n])))
        }
        let graph = Self.devicePinNetGraph(pinsPerDevice: devicePins.map(\.count),
                                           pinNet: netlistPin.map { netNode[Int(spice.terminalNet[Int($0)])] }, netPins: netPins)
        self.init(netlist: nil, spice: spice, design: spice.top ?? "spice", deviceCount: deviceCount, pinCount: pinCount, netCount: netCount,
                  graph: graph, features: features, cellType: [Int32](repeating: -1, count: deviceCount), netlistPin: netlistPin,
                  netlistNet: netlistNet, netFanout: netFanout, netNames: netlistNet.map { spice.netNames[Int($0)] },
                  droppedInstances: spice.deviceCount - deviceCount, droppedSupplyNets: isSupply.filter { $0 }.count)
    }
}
