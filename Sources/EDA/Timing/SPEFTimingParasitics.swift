/// Extracted wires for timing: a SPEF file's `Parasitics` mapped onto the netlist timed. A net's
/// wire capacitance is its ground plus its coupling capacitance (coupling capacitors as
/// grounded, OpenSTA's default); its driver sees the RC tree reduced to a π, and the delay to
/// each load is the Elmore delay of the tree from the driver, with the pin capacitances on
/// their nodes. Nets the SPEF lacks get the
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

    /// The π of the RC tree (the pin capacitances on their nodes) and the Elmore delay to each
    /// load; loads the RC network does not list or reach get NaN.
    public func driverWires(net: Int, driverCapacitance: Double, loads: [TimingLoad], loadCapacitances: [Double]) -> DriverWires? {
        let n = spefNet[net]
        guard n >= 0 else { return fallback.driverWires(net: net, driverCapacitance: driverCapacitance, loads: loads, loadCapacitances: loadCapacitances) }
        let pins = loads.map { load -> Int in
            switch load {
            case .pin(let p): Int(spefPinOfPin[p])
            case .port(let p): Int(spefPinOfPort[p])
            }
        }
        var pinLoads: [Int: Double] = [:]
        for (pin, capacitance) in zip(pins, loadCapacitances) where pin >= 0 { pinLoads[pin, default: 0] += capacitance / capacitanceScale }
        if let driver = parasitics.driver(of: Int(n)) { pinLoads[driver, default: 0] += driverCapacitance / capacitanceScale }
        guard let elmore = parasitics.elmoreDelays(of: Int(n), pinLoads: pinLoads) else { return nil }
        var delayOfPin: [Int: Double] = [:]
        for (pin, delay) in elmore.loads { delayOfPin[pin] = delay * timeScale }
        let (y1, y2, y3) = elmore.admittanceMoments
        // fF → library capacitance; Ω → library time per library capacitance (1 Ω·fF = 10⁻³ ps).
        let resistanceScale = 1e-3 * timeScale / capacitanceScale
        let pi = PiModel(moments: y1, y2, y3)
        return DriverWires(pi: PiModel(near: pi.near * capacitanceScale, resistance: pi.resistance * resistanceScale, far: pi.far * capacitanceScale),
                           elmore: pins.map { delayOfPin[$0] ?? .nan }, isExtracted: true)
    }
}
