/// Extracted wires for timing: a SPEF file's `Parasitics` mapped onto the netlist timed. A net's
/// wire capacitance is its ground plus its coupling capacitance (coupling capacitors as
/// grounded, OpenSTA's default); the delay to each load is the Elmore delay of the net's RC tree
/// from its driver, with the loads' pin capacitances on their nodes. Nets the SPEF lacks get the
/// `fallback` model (OpenSTA likewise estimates them from the wire-load model).
public struct SPEFTimingParasitics: TimingParasitics {
    /// The extracted wires.
    public let parasitics: Parasitics
    /// Where its nets and pins are in the netlist.
    public let mapping: ParasiticsMapping
    /// The model of nets without a SPEF net.
    public let fallback: any TimingParasitics
    /// Per netlist net: its SPEF net, or −1.
    let spefNet: [Int32]
    /// Per netlist pin, and per netlist port: its SPEF pin, or −1.
    let spefPinOfPin: [Int32], spefPinOfPort: [Int32]
    /// fF → library capacitance; ps → library time.
    let capacitanceScale: Double, timeScale: Double

    /// Maps `parasitics` onto `netlist`, timed with `library`'s units; `fallback` for the nets
    /// the file lacks (by default the library's wire-load model, else none).
    /// - Complexity: O(SPEF size + netlist size)
    public init(_ parasitics: Parasitics, netlist: CellNetlist, library: LibertyLibrary, fallback: (any TimingParasitics)? = nil) {
        self.parasitics = parasitics
        mapping = parasitics.mapping(to: netlist)
        self.fallback = fallback ?? WireLoadParasitics(library: library) ?? IdealWires()
        var spefNet = [Int32](repeating: -1, count: netlist.netCount)
        for (n, target) in mapping.net.enumerated() { if let target { spefNet[Int(target)] = Int32(n) } }
        var ofPin = [Int32](repeating: -1, count: netlist.pinCount), ofPort = [Int32](repeating: -1, count: netlist.ports.count)
        for p in parasitics.pins.indices {
            if let pin = mapping.pin[p] { ofPin[Int(pin)] = Int32(p) }
            if let port = mapping.port[p] { ofPort[Int(port)] = Int32(p) }
        }
        (self.spefNet, spefPinOfPin, spefPinOfPort) = (spefNet, ofPin, ofPort)
        capacitanceScale = 1e-15 / library.units.capacitance
        timeScale = 1e-12 / library.units.time
    }

    public func wireCapacitance(net: Int, fanout: Int) -> Double {
        let n = spefNet[net]
        guard n >= 0 else { return fallback.wireCapacitance(net: net, fanout: fanout) }
        return parasitics.totalCapacitance(of: Int(n)) * capacitanceScale
    }

    public func isExtracted(net: Int) -> Bool { spefNet[net] >= 0 }

    /// The Elmore delays; loads the RC network does not list or reach get none.
    public func wireDelays(net: Int, loads: [TimingLoad], loadCapacitances: [Double]) -> [Double] {
        let n = spefNet[net]
        guard n >= 0 else { return fallback.wireDelays(net: net, loads: loads, loadCapacitances: loadCapacitances) }
        let pins = loads.map { load -> Int in
            switch load {
            case .pin(let p): Int(spefPinOfPin[p])
            case .port(let p): Int(spefPinOfPort[p])
            }
        }
        var pinLoads: [Int: Double] = [:]
        for (pin, capacitance) in zip(pins, loadCapacitances) where pin >= 0 { pinLoads[pin, default: 0] += capacitance / capacitanceScale }
        guard let elmore = parasitics.elmoreDelays(of: Int(n), pinLoads: pinLoads) else { return loads.map { _ in 0 } }
        var delayOfPin: [Int: Double] = [:]
        for (pin, delay) in elmore.loads { delayOfPin[pin] = delay * timeScale }
        return pins.map { delayOfPin[$0] ?? 0 }
    }
}
