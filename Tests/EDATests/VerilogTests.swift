import Foundation
import Testing
@testable import EDA

/// Structural Verilog: hand-checked modules, every error with line and column, round trips
/// through `VerilogWriter`, fuzzing, and yosys as the oracle for expression semantics.
@Suite struct VerilogTests {
    /// ANSI ports with vectors, primitives with and without instance names, a multi-output
    /// `not`, precedence without parentheses, a conditional, constants, comments, attributes.
    static let sample = """
        // hand-checked sample
        (* top = 1 *)
        module sample (input [1:0] a, input b, c, output [2:0] y, output z, k);
          wire t, u;  /* two
                         wires */
          and g1 (t, a[0], b);
          nor (u, a[1], c, t);
          not n1 (k, \\inv , a[0]);
          assign y[0] = t | a[1] & ~c,   // & binds tighter than |
                 y[1] = a[0] ^ b ~^ c;   // left to right
          assign y[2] = c ? u : 1'b1;
          wire w = !\\inv  && 1;
          assign z = w;
        endmodule

        """

    static func read(_ text: String) throws -> AIG { try VerilogReader.read(bytes: Array(text.utf8), fileName: "t.v") }

    /// The value of `literal` under input assignment `x` (input order).
    static func value(_ aig: AIG, _ literal: UInt32, _ x: [Bool]) throws -> Bool {
        let values = try aig.simulate(inputWords: x.map { $0 ? 1 : 0 })
        return AIG.word(of: literal, in: values) & 1 == 1
    }

    @Test func sampleIsHandChecked() throws {
        let aig = try Self.read(Self.sample)
        #expect((0 ..< 4).map { aig.name(of: .input, at: $0) } == ["a[0]", "a[1]", "b", "c"])
        #expect((0 ..< 5).map { aig.name(of: .output, at: $0) } == ["y[0]", "y[1]", "y[2]", "z", "k"])
        for row in 0 ..< 16 {
            let x = (0 ..< 4).map { row >> $0 & 1 == 1 }
            let (a0, a1, b, c) = (x[0], x[1], x[2], x[3])
            let t = a0 && b, u = !(a1 || c || t)
            let expected = [t || (a1 && !c), !((a0 != b) != c), c ? u : true, a0, !a0]
            #expect(try aig.outputs.map { try Self.value(aig, $0, x) } == expected, "row \(row)")
        }
    }

    @Test func plainPortListsOrderPortsAndBitBlastVectors() throws {
        let aig = try Self.read("""
            module m(y, b, a);
              output [0:1] y;
              input a;
              input [3:2] b;
              assign y[0] = a & b[3];
              assign y[1] = b[2];
            endmodule
            """)
        #expect((0 ..< 3).map { aig.name(of: .input, at: $0) } == ["b[2]", "b[3]", "a"])
        #expect((0 ..< 2).map { aig.name(of: .output, at: $0) } == ["y[0]", "y[1]"])
        #expect(aig.outputs[1] == aig.inputs[0] << 1)
    }

    @Test(arguments: [
        ("module m(a, y); input a; output y; assign y = a & b; endmodule", "t.v:1:47: signal 'b' is used but never driven"),
        ("module m(input [3:0] a, output y);\n  assign y = a;\nendmodule", "t.v:2:14: 'a' is a 4-bit vector: select one bit"),
        ("module m(input [3:0] a, output y);\n  assign y = a[4];\nendmodule", "t.v:2:14: bit 4 of 'a' does not exist: it is declared [3:0]"),
        ("module m(input a, output y);\n  always @(a) y = a;\nendmodule", "t.v:2:3: 'always' is not supported"),
        ("module m(input a, output y);\n  sub s(a, y);\nendmodule", "t.v:2:3: 'sub' is not a declaration"),
        ("module m(input a, output y);\n  assign y = a; /* open\n", "t.v:3:1: expected '*/' closing the comment opened at 2:17"),
        ("module m(input a, output y);\n  assign y = a;\nendmodule\nmodule n; endmodule", "t.v:4:1: a second module"),
        ("module m(input a, output y);\n  assign y = 2'b10;\nendmodule", "t.v:2:14: constant 2'b10: only one-bit"),
        ("module m(input a, output y);\n  assign y = a &;\nendmodule", "t.v:2:17: expected a signal, a constant (1'b0, 1'b1) or '(', found ';'"),
        ("module m(input a, output y);\n  assign y = a\nendmodule", "t.v:3:1: expected ';', found 'endmodule'"),
        ("module m(input a, output y);\n  and (y);\nendmodule", "t.v:2:7: 'and' needs an output and at least one input"),
        ("module m(input a, output y);\n  assign y = a;\n", "t.v:3:1: expected 'endmodule', found end of file"),
        ("module m(a, y);\n  input a;\nendmodule", "t.v:1:13: port 'y' has no input or output declaration"),
        ("module m(input a, output y);\n  assign y = a @ a;\nendmodule", "t.v:2:16: expected ';', found '@'"),
        ("module m(input a, output y);\n  wire t;\n  assign t = y;\n  assign y = t;\nendmodule", "t.v:3:10: combinational cycle through 't' -> 'y' -> 't'"),
        ("module m(input a, output y);\n  assign y = a;\n  assign y = ~a;\nendmodule", "t.v:3:10: signal 'y' is driven twice (first at line 2)"),
        ("modul m;", "t.v:1:1: expected 'module', found 'modul'"),
    ])
    func errorsSayWhereAndWhat(text: String, prefix: String) {
        var description = "parsed"
        do { _ = try Self.read(text) } catch { description = "\(error)" }
        #expect(description.hasPrefix(prefix), "\(description)")
    }

    /// 300 nested parentheses are refused with a message, not a stack overflow; 150 parse.
    @Test func deepNestingIsBounded() throws {
        func nested(_ n: Int) -> String {
            "module m(input a, output y);\n  assign y = \(String(repeating: "(", count: n))a\(String(repeating: ")", count: n));\nendmodule"
        }
        #expect(try Self.read(nested(150)).outputs.count == 1)
        #expect(throws: NetlistError.self) { try Self.read(nested(300)) }
        let long = "module m(input a, b, output y);\n  assign y = a" + String(repeating: " & ~b | a ^ b", count: 5000) + ";\nendmodule"
        #expect(try Self.read(long).outputs.count == 1)
    }

    /// A vector of a million bits in a few bytes is refused at its declaration, before any
    /// signal is made; the limit counts every port together and grows with the file.
    @Test(arguments: [
        ("module m(a);\n  input [1048576:0] a;\nendmodule", "t.v:2:21: 'a' brings the input and output bits to 1048577, more than the 4096"),
        ("module m(input [0:1048576] a);\nendmodule", "t.v:1:28: 'a' brings the input and output bits to 1048577"),
        ("module m(output y, input [2999:0] a, b);\n  assign y = a[0];\nendmodule", "t.v:1:38: 'b' brings the input and output bits to 6001"),
    ])
    func hugeVectorsAreRefusedWhereTheyAreDeclared(text: String, prefix: String) {
        var description = "parsed"
        do { _ = try Self.read(text) } catch { description = "\(error)" }
        #expect(description.hasPrefix(prefix), "\(description)")
    }

    @Test func portBitsUpToTheLimitAreRead() throws {
        let wide = try Self.read("module m(input [4094:0] a, output y);\n  assign y = a[4094];\nendmodule")
        #expect(wide.inputs.count == 4_095 && wide.outputs.count == 1)
        // A file of 6000 bytes (padded with a comment) may declare 6000 bits.
        let text = "module m(input [5998:0] a, output y);\n  assign y = a[1];\nendmodule\n"
        let padded = text + "//" + String(repeating: "x", count: 6_000 - text.utf8.count - 3) + "\n"
        #expect(padded.utf8.count == 6_000)
        #expect(try Self.read(padded).inputs.count == 5_999)
        #expect(VerilogParser.maxPortBits(fileSize: 6_000) == 6_000)
    }

    @Test(arguments: [CircuitGenerator.Kind.adder, .multiplier, .comparator, .mux, .parity, .control])
    func roundTripIsEquivalent(kind: CircuitGenerator.Kind) throws {
        let aig = try CircuitGenerator.make(kind, bits: kind == .mux ? 2 : 5, seed: 6)
        let back = try VerilogReader.read(bytes: try VerilogWriter.bytes(of: aig))
        #expect(back.andCount == aig.strashed().andCount)
        #expect(try aig.checkEquivalence(with: back) == .equivalent)
        #expect(back.name(of: .input, at: 0) == aig.name(of: .input, at: 0))
    }

    @Test func writerRejectsLatches() throws {
        var aig = AIG()
        try aig.addOutput(aig.addLatch())
        #expect(throws: NetlistError.self) { try VerilogWriter.bytes(of: aig) }
    }

    @Test func everyPrefixAndMutationIsHandled() throws {
        let samples = [Array(Self.sample.utf8), try VerilogWriter.bytes(of: try CircuitGenerator.make(.control, bits: 3, seed: 2))]
        try NetlistFuzz.run(samples, seed: 13, mutations: 600) { try VerilogReader.read(bytes: $0, fileName: "fuzz") }
    }
}

/// yosys (`apt-get install yosys`) reads the same Verilog; its BLIF must be equivalent to ours.
enum Yosys {
    static let path: String? = ["/usr/bin/yosys", "/usr/local/bin/yosys"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func blif(fromVerilog input: String, top: String, to output: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = ["-q", "-p", "read_verilog \(input); hierarchy -top \(top); proc; flatten; techmap; abc -g AND; opt_clean; write_blif \(output)"]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "yosys failed on \(input)")
    }
}

@Suite(.enabled(if: Yosys.path != nil, "yosys is not installed"))
struct VerilogYosysTests {
    @Test func yosysAgreesOnTheSample() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let v = directory.appendingPathComponent("s.v").path, blif = directory.appendingPathComponent("s.blif").path
        try VerilogTests.sample.write(toFile: v, atomically: true, encoding: .utf8)
        try Yosys.blif(fromVerilog: v, top: "sample", to: blif)
        let ours = try VerilogReader.read(contentsOf: v), theirs = try BLIFReader.read(contentsOf: blif)
        #expect((0 ..< 4).map { theirs.name(of: .input, at: $0) } == (0 ..< 4).map { ours.name(of: .input, at: $0) })
        #expect(try ours.checkEquivalence(with: theirs) == .equivalent)
    }

    @Test(arguments: ["multiplier-8", "control-32-s7"])
    func yosysReadsOurVerilog(name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let aig = try AIGERReader.read(contentsOf: NetlistABCTests.netlist(name))
        let v = directory.appendingPathComponent("n.v").path, blif = directory.appendingPathComponent("n.blif").path
        try VerilogWriter.write(aig, to: v, module: "top")
        try Yosys.blif(fromVerilog: v, top: "top", to: blif)
        let theirs = try BLIFReader.read(contentsOf: blif)
        let expected: EquivalenceResult = aig.inputs.count <= 16 ? .equivalent : .notProven(patterns: 1 << 14)
        #expect(try aig.checkEquivalence(with: theirs, patternCount: 1 << 14) == expected)
    }
}
