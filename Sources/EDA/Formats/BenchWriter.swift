/// Writes an `AIG` as an ISCAS `.bench` netlist: `INPUT`/`OUTPUT` lines, one two-input `AND`
/// per AND, a `NOT` per complemented signal that something reads, `vdd`/`gnd` for constants,
/// and a `DFF` per latch. Bench flip-flops start at 0: a latch that starts at 1 is written
/// complemented (its DFF holds the inverse, a NOT restores it), so the behaviour from reset is
/// kept. An uninitialised latch cannot be written (it would start at 0) and properties have no
/// section: both are refused unless `dropping` allows `.latchInit` or `.properties`. The AIGER
/// comment becomes `#` comment lines.
public enum BenchWriter {
    /// The file's bytes.
    /// - Throws: `LossyWriteError` for uninitialised latches or properties not allowed by `dropping`.
    /// - Complexity: O(M + outputs)
    public static func bytes(of aig: AIG, dropping: Set<FormatLoss.Kind> = []) throws -> [UInt8] {
        try NetlistWriting.requireAllowed(aig, as: .bench, dropping: dropping)
        var names = NetlistNames(aig) { $0.isNetlistName(forbidding: "#(),=") }
        var out = NetlistWriting.header(aig, marker: "#")
        out.reserveCapacity(24 * aig.andCount + 256)
        for v in aig.inputs { out += "INPUT(\(names.variable[Int(v)]!))\n" }
        for name in names.outputs { out += "OUTPUT(\(name))\n" }
        var derived: [UInt32: String] = [:]
        var body = ""
        func net(_ literal: UInt32) -> String {
            if literal & 1 == 0, literal >= 2, let name = names.variable[Int(literal >> 1)] { return name }
            if let name = derived[literal] { return name }
            let name = names.claim(literal < 2 ? "const\(literal)" : "\(names.variable[Int(literal >> 1)]!)_n")
            derived[literal] = name
            body += literal < 2 ? "\(name) = \(literal == 1 ? "vdd" : "gnd")\n" : "\(name) = NOT(\(net(literal & ~1)))\n"
            return name
        }
        for (i, v) in aig.latches.enumerated() {
            let q = names.variable[Int(v)]!
            if aig.latchReset[i] == .one {
                let inverse = names.claim("\(q)_inv")
                body += "\(inverse) = DFF(\(net(AIG.not(aig.latchNext[i]))))\n\(q) = NOT(\(inverse))\n"
            } else {
                body += "\(q) = DFF(\(net(aig.latchNext[i])))\n"
            }
        }
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and {
            body += "\(names.variable[v]!) = AND(\(net(aig.fanin0[v])), \(net(aig.fanin1[v])))\n"
        }
        for (i, literal) in aig.outputs.enumerated() where names.outputNeedsDriver[i] {
            let name = names.outputs[i]
            if literal < 2 {
                body += "\(name) = \(literal == 1 ? "vdd" : "gnd")\n"
            } else {
                body += "\(name) = \(literal & 1 == 1 ? "NOT" : "BUFF")(\(net(literal & ~1)))\n"
            }
        }
        return Array((out + body).utf8)
    }

    /// Writes the file at `path` atomically.
    /// - Throws: `LossyWriteError` (as `bytes`), `NetlistError.io`. - Complexity: O(M)
    public static func write(_ aig: AIG, to path: String, dropping: Set<FormatLoss.Kind> = []) throws {
        try NetlistFile.writeAtomically(NetlistFile.naming(path) { try bytes(of: aig, dropping: dropping) }, to: path)
    }
}
