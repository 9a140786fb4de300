import EDA
import FuzzSupport

/// SPEF: `SPEFReader.read(bytes:)` (its structural invariants checked inside, the fuzz build
/// defines EDA_INTERNAL_CHECKS). Every net of accepted parasitics with a driver must give Elmore
/// delays that cover each other pin (reached or unreachable), none negative when no resistance or
/// capacitance is; coupled net pairs must join two different nets; rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSPEF(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let parasitics: Parasitics
    do {
        parasitics = try SPEFReader.read(bytes: Fuzz.bytes(data, size), fileName: "fuzz.spef")
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
        return 0
    }
    let nonNegative = (parasitics.nodeGroundCapacitance + parasitics.nodeCouplingCapacitance + parasitics.resistance).allSatisfy { $0 >= 0 }
    for net in 0 ..< parasitics.netCount {
        guard let delays = parasitics.elmoreDelays(of: net) else {
            Fuzz.require(parasitics.driver(of: net) == nil, "no delays for a net with a driver")
            continue
        }
        Fuzz.require(delays.loads.count + delays.unreachable.count == parasitics.pins(of: net).count - 1,
                     "delays cover \(delays.loads.count) + \(delays.unreachable.count) of \(parasitics.pins(of: net).count - 1) loads")
        if nonNegative {
            Fuzz.require(!delays.loads.contains { $0.delay < 0 }, "a negative delay from non-negative resistances and capacitances")
        }
    }
    for pair in parasitics.coupledNets().pairs {
        Fuzz.require(pair.first < pair.second && pair.second < parasitics.netCount, "coupled pair \(pair.first), \(pair.second)")
    }
    return 0
}
