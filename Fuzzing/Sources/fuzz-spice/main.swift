import EDA
import FuzzSupport

/// SPICE: `SPICEReader.read(bytes:)` with includes from memory (its invariants checked inside,
/// the fuzz build defines EDA_INTERNAL_CHECKS). The input up to its first NUL byte is the deck;
/// the rest is `a.sp`, and `top.sp` is the deck itself (so `.include top.sp` is a cycle). An odd
/// first byte reads undefined subcircuits as black boxes. Every net name must find its net, each
/// primitive must have its kind's terminals, each flattened instance must name nets of the
/// netlist; rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSPICE(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let split = bytes.firstIndex(of: 0) ?? bytes.count
    let deck = Array(bytes[..<split]), included = split < bytes.count ? Array(bytes[(split + 1)...]) : []
    var options = SPICEReader.Options()
    options.includes = .memory(["a.sp": included, "top.sp": deck])
    options.undefinedSubcircuitsAreBlackBoxes = (bytes.first ?? 0) & 1 == 1
    options.maxElements = 1 << 16
    let netlist: SPICENetlist
    do {
        netlist = try SPICEReader.read(bytes: deck, fileName: "top.sp", options: options)
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
        return 0
    }
    for (k, name) in netlist.netNames.enumerated() {
        Fuzz.require(netlist.net(named: name) == Int32(k), "net '\(name)' does not find itself")
    }
    for (d, device) in netlist.devices.enumerated() {
        if let names = device.kind.terminalNames {
            Fuzz.require(netlist.terminals(of: d).map { netlist.terminalName[$0] } == names, "terminals of \(device.name)")
        }
    }
    for instance in netlist.instances {
        Fuzz.require(instance.ports.allSatisfy { $0.net >= 0 && Int($0.net) < netlist.netCount }, "ports of \(instance.path)")
    }
    return 0
}
