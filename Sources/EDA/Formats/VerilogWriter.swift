/// Writes a combinational `AIG` as one structural Verilog module: ports, one `wire` and one
/// `assign n = a & ~b;` per AND, and an `assign` per output that needs a buffer, inverter or
/// constant. Names that are not plain Verilog identifiers are written escaped (`\a[0] `).
/// Verilog output has no property sections: an AIG with bad-state, constraint, justice or
/// fairness properties is refused unless `dropping` allows `.properties`. The AIGER comment
/// becomes `//` comment lines.
public enum VerilogWriter {
    static let keywords: Set<String> = [
        "module", "endmodule", "input", "output", "inout", "wire", "reg", "assign", "and", "or", "nand", "nor",
        "xor", "xnor", "not", "buf", "always", "initial", "begin", "end", "if", "else", "case", "signed",
    ]

    /// The file's bytes.
    /// - Throws: `NetlistError.unsupported` for an AIG with latches (this writer has no
    ///   flip-flops); `LossyWriteError` for properties not allowed by `dropping`.
    /// - Complexity: O(M + outputs)
    public static func bytes(of aig: AIG, module: String = "top", dropping: Set<FormatLoss.Kind> = []) throws -> [UInt8] {
        guard aig.latches.isEmpty else {
            throw NetlistError(.unsupported("the Verilog writer handles combinational AIGs only; this one has \(aig.latches.count) latches (write BLIF, bench or AIGER instead)"), at: nil)
        }
        try NetlistWriting.requireAllowed(aig, as: .verilog, dropping: dropping)
        let names = NetlistNames(aig) { $0.isNetlistName(forbidding: "") }
        func id(_ name: String) -> String {
            let bytes = Array(name.utf8)
            let plain = !keywords.contains(name) && bytes.first.map { $0 == 0x5F || ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A } == true
                && bytes.allSatisfy { $0 == 0x5F || $0 == 0x24 || ($0 >= 0x30 && $0 <= 0x39) || (($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A) }
            return plain ? name : "\\\(name) "
        }
        func operand(_ literal: UInt32) -> String {
            if literal < 2 { return literal == 1 ? "1'b1" : "1'b0" }
            let name = id(names.variable[Int(literal >> 1)]!)
            return literal & 1 == 1 ? "~" + name : name
        }
        let inputs = aig.inputs.map { id(names.variable[Int($0)]!) }
        let outputs = names.outputs.map(id)
        var out = NetlistWriting.header(aig, marker: "//") + "module \(id(module)) (\((inputs + outputs).joined(separator: ", ")));\n"
        out.reserveCapacity(40 * aig.andCount + 256)
        for name in inputs { out += "  input \(name);\n" }
        for name in outputs { out += "  output \(name);\n" }
        let outputNames = Set(names.outputs)
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and && !outputNames.contains(names.variable[v]!) {
            out += "  wire \(id(names.variable[v]!));\n"
        }
        for v in 0 ..< aig.variableCount where aig.kinds[v] == .and {
            out += "  assign \(id(names.variable[v]!)) = \(operand(aig.fanin0[v])) & \(operand(aig.fanin1[v]));\n"
        }
        for (i, literal) in aig.outputs.enumerated() where names.outputNeedsDriver[i] {
            out += "  assign \(outputs[i]) = \(operand(literal));\n"
        }
        out += "endmodule\n"
        return Array(out.utf8)
    }

    /// Writes the file at `path` atomically.
    /// - Throws: `NetlistError` (latches, I/O), `LossyWriteError` (as `bytes`). - Complexity: O(M)
    public static func write(_ aig: AIG, to path: String, module: String = "top", dropping: Set<FormatLoss.Kind> = []) throws {
        try NetlistFile.writeAtomically(NetlistFile.naming(path) { try bytes(of: aig, module: module, dropping: dropping) }, to: path)
    }
}
