/// Writes an `AIG` as a flat BLIF model: `.inputs`, `.outputs`, one `.latch` per latch
/// (initial value 0, 1 or 2 = don't care), one two-input `.names` per AND (a complemented
/// fanin is a `0` in the cube), and a buffer, inverter or constant `.names` where an output
/// or latch input needs one. ABC and `BLIFReader` read the result back to an equal function.
/// BLIF has no property sections: an AIG with bad-state, constraint, justice or fairness
/// properties is refused unless `dropping` allows `.properties`. The AIGER comment becomes
/// `#` comment lines.
public enum BLIFWriter {
    /// The file's bytes; `model` names the `.model`.
    /// - Throws: `LossyWriteError` when the AIG has properties and `dropping` lacks `.properties`.
    /// - Complexity: O(M + outputs)
    public static func bytes(of aig: AIG, model: String = "top", dropping: Set<FormatLoss.Kind> = []) throws -> [UInt8] {
        try NetlistWriting.requireAllowed(aig, as: .blif, dropping: dropping)
        var names = NetlistNames(aig) { $0.isNetlistName(forbidding: "#\\") && !$0.hasPrefix(".") }
        var out = NetlistWriting.header(aig, marker: "#") + ".model \(model.isNetlistName(forbidding: "#\\") ? model : "top")\n"
        out.reserveCapacity(32 * aig.andCount + 256)
        list(".inputs", aig.inputs.map { names.variable[Int($0)]! }, into: &out)
        list(".outputs", names.outputs, into: &out)
        var derived: [UInt32: String] = [:]  // nets made for complemented or constant literals
        var gates = ""
        func net(_ literal: UInt32) -> String {
            if literal & 1 == 0, let name = names.variable[Int(literal >> 1)] { return name }
            if let name = derived[literal] { return name }
            let name = names.claim(literal < 2 ? "const\(literal)" : "\(names.variable[Int(literal >> 1)]!)_n")
            derived[literal] = name
            driver(literal, name, names, into: &gates)
            return name
        }
        for (i, v) in aig.latches.enumerated() {
            let initial = aig.latchReset[i] == .zero ? "0" : aig.latchReset[i] == .one ? "1" : "2"
            out += ".latch \(net(aig.latchNext[i])) \(names.variable[Int(v)]!) \(initial)\n"
        }
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and {
            let a = aig.fanin0[v], b = aig.fanin1[v]
            out += ".names \(net(a & ~1)) \(net(b & ~1)) \(names.variable[v]!)\n"
            out += "\(a & 1 == 1 ? "0" : "1")\(b & 1 == 1 ? "0" : "1") 1\n"
        }
        out += gates
        for (i, literal) in aig.outputs.enumerated() where names.outputNeedsDriver[i] {
            driver(literal, names.outputs[i], names, into: &out)
        }
        out += ".end\n"
        return Array(out.utf8)
    }

    /// Writes the file at `path` atomically.
    /// - Throws: `LossyWriteError` (as `bytes`), `NetlistError.io`. - Complexity: O(M)
    public static func write(_ aig: AIG, to path: String, model: String = "top", dropping: Set<FormatLoss.Kind> = []) throws {
        try NetlistFile.writeAtomically(NetlistFile.naming(path) { try bytes(of: aig, model: model, dropping: dropping) }, to: path)
    }

    /// A `.names` making `name` equal to `literal`.
    private static func driver(_ literal: UInt32, _ name: String, _ names: NetlistNames, into out: inout String) {
        if literal < 2 {
            out += ".names \(name)\n\(literal == 1 ? "1\n" : "")"
        } else {
            out += ".names \(names.variable[Int(literal >> 1)]!) \(name)\n\(literal & 1 == 1 ? "0" : "1") 1\n"
        }
    }

    /// `keyword` and `items`, continued with `\` every 10 names.
    private static func list(_ keyword: String, _ items: [String], into out: inout String) {
        guard !items.isEmpty else { return }
        out += keyword
        for (i, item) in items.enumerated() {
            if i > 0 && i % 10 == 0 { out += " \\\n   " }
            out += " " + item
        }
        out += "\n"
    }
}
