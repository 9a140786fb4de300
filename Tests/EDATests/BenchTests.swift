import Foundation
import Testing
@testable import EDA

/// ISCAS bench reading (c17, n-ary gates, DFFs, ABC's LUT/vdd/gnd lines, every error),
/// writing (round trips) and fuzzing; ABC as the oracle when present.
@Suite struct BenchTests {
    /// ISCAS-85 c17, gates listed in reverse order (names resolve in any order).
    static let c17 = """
        # c17
        INPUT(1)
        INPUT(2)
        INPUT(3)
        INPUT(6)
        INPUT(7)
        OUTPUT(22)
        OUTPUT(23)
        23 = NAND(16, 19)
        22 = NAND(10, 16)
        19 = NAND(11, 7)
        16 = NAND(2, 11)
        11 = NAND(3, 6)
        10 = NAND(1, 3)

        """

    static func read(_ text: String) throws -> AIG { try BenchReader.read(bytes: Array(text.utf8), fileName: "t.bench") }

    @Test func c17IsHandChecked() throws {
        let aig = try Self.read(Self.c17)
        #expect(aig.inputs.count == 5 && aig.outputs.count == 2 && aig.andCount == 6)
        #expect((0 ..< 2).map { aig.name(of: .output, at: $0) } == ["22", "23"])
        func nand(_ a: Bool, _ b: Bool) -> Bool { !(a && b) }
        for (k, output) in aig.outputs.enumerated() {
            let table = try aig.truthTable(of: output)
            #expect(table.support == (k == 0 ? [1, 2, 3, 4] : [2, 3, 4, 5]))  // 22 ignores 7, 23 ignores 1
            for row in 0 ..< 32 {
                let x = (0 ..< 5).map { row >> $0 & 1 == 1 }  // 1, 2, 3, 6, 7
                let n11 = nand(x[2], x[3]), n16 = nand(x[1], n11)
                let expected = k == 0 ? nand(nand(x[0], x[2]), n16) : nand(n16, nand(n11, x[4]))
                let tableRow = table.support.enumerated().reduce(0) { $0 | (x[Int($1.element) - 1] ? 1 << $1.offset : 0) }
                #expect(table[tableRow] == expected)
            }
        }
    }

    @Test func naryGatesDFFsConstantsAndLUTs() throws {
        let aig = try Self.read("""
            INPUT(a)
            INPUT(b)
            INPUT(c)
            OUTPUT(and3)
            OUTPUT(nor3)
            OUTPUT(xnor3)
            OUTPUT(q)
            OUTPUT(one)
            OUTPUT(lut)
            and3 = and(a, b, c)
            nor3 = NOR(a, b, c)
            xnor3 = XNOR(a, b, c)
            q = DFF(nq)
            nq = NOT(q)
            one = vdd
            zero = gnd
            lut = LUT 0xd8 ( a, b, c )
            buf = BUFF(zero)
            """)
        #expect(aig.latches.count == 1 && aig.latchReset == [.zero])
        #expect(try aig.truthTable(of: aig.outputs[0]).words == [0x80])
        #expect(try aig.truthTable(of: aig.outputs[1]).words == [0x01])
        #expect(try aig.truthTable(of: aig.outputs[2]).words == [0x69])
        #expect(aig.latchNext[0] == AIG.not(aig.outputs[3]))
        #expect(aig.outputs[4] == AIG.constantTrue)
        #expect(try aig.truthTable(of: aig.outputs[5]).words == [0xD8])  // rows 3, 4, 6, 7 (a is bit 0 of the row)
    }

    @Test(arguments: [
        ("INPUT(a)\nOUTPUT(y)\ny = AND(a, b)\n", "t.bench:3:1: signal 'b' is used but never driven"),
        ("INPUT(a)\ny = NOT(a, a)\n", "t.bench:2:1: gate driving 'y' (NOT) takes 1 input(s), got 2"),
        ("INPUT(a)\ny = FOO(a)\n", "t.bench:2:5: expected a gate type"),
        ("INPUT(a\n", "t.bench:2:1: expected ')', found end of line"),
        ("INPUT(a) x\n", "t.bench:1:10: expected the end of the line, found 'x'"),
        ("y AND(a)\n", "t.bench:1:3: expected '=', found 'AND'"),
        ("y = AND(a,)\n", "t.bench:1:11: expected a signal name, found ')'"),
        ("INPUT(a)\ny = DFF(a, a)\n", "t.bench:2:1: DFF driving 'y' takes 1 input"),
        ("INPUT(a)\ny = LUT 0x1ff ( a, a )\n", "t.bench:2:9: expected a hexadecimal truth table"),
        ("INPUT(a)\ny = LUT 0x9 ( a )\n", "t.bench:2:9: LUT truth table 0x9 sets row 3"),
        ("INPUT(a)\ny = AND(a, z)\nz = OR(y, a)\n", "t.bench:2:1: combinational cycle through 'y' -> 'z' -> 'y'"),
        ("= AND(a)\n", "t.bench:1:1: expected INPUT(…), OUTPUT(…) or a signal name, found '='"),
    ])
    func errorsSayWhereAndWhat(text: String, prefix: String) {
        var description = "parsed"
        do { _ = try Self.read(text) } catch { description = "\(error)" }
        #expect(description.hasPrefix(prefix), "\(description)")
    }

    @Test(arguments: [CircuitGenerator.Kind.adder, .multiplier, .comparator, .mux, .parity, .control])
    func roundTripIsEquivalent(kind: CircuitGenerator.Kind) throws {
        let aig = try CircuitGenerator.make(kind, bits: kind == .mux ? 2 : 5, seed: 4)
        let back = try BenchReader.read(bytes: try BenchWriter.bytes(of: aig))
        #expect(back.andCount == aig.strashed().andCount)
        #expect(try aig.checkEquivalence(with: back) == .equivalent)
        #expect(back.name(of: .input, at: 1) == aig.name(of: .input, at: 1))
    }

    /// A latch starting at 1 is written complemented; constant and complemented outputs.
    @Test func sequentialRoundTripKeepsTheFunction() throws {
        var aig = AIG()
        let a = aig.addInput(name: "a")
        let q0 = aig.addLatch(reset: .one, name: "q0"), q1 = aig.addLatch(reset: .zero, name: "q1")
        try aig.setLatchNext(0, to: aig.and(a, q1))
        try aig.setLatchNext(1, to: AIG.not(q0))
        try aig.addOutput(q0, name: "y")
        try aig.addOutput(AIG.constantTrue, name: "t")
        try aig.addOutput(AIG.not(aig.and(q0, q1)), name: "z")
        let back = try BenchReader.read(bytes: try BenchWriter.bytes(of: aig))
        #expect(back.latchReset == [.zero, .zero])
        // Three clock cycles from reset with a = 1, 0, 1: the outputs must agree at every step.
        func trace(_ c: AIG) throws -> [[Bool]] {
            var state = c.latches.indices.map { c.latchReset[$0] == .one }
            var result: [[Bool]] = []
            for input in [true, false, true] {
                let values = try c.simulate(inputWords: [input ? 1 : 0], latchWords: state.map { $0 ? 1 : 0 })
                result.append(c.outputs.map { AIG.word(of: $0, in: values) & 1 == 1 })
                state = c.latchNext.map { AIG.word(of: $0, in: values) & 1 == 1 }
            }
            return result
        }
        #expect(try trace(back) == trace(aig))
    }

    @Test func everyPrefixAndMutationIsHandled() throws {
        let samples = [Array(Self.c17.utf8), try BenchWriter.bytes(of: try CircuitGenerator.make(.control, bits: 4, seed: 2))]
        try NetlistFuzz.run(samples, seed: 12) { try BenchReader.read(bytes: $0, fileName: "fuzz") }
    }
}

@Suite(.enabled(if: ABC.isAvailable, "berkeley-abc is not on PATH"))
struct BenchABCTests {
    @Test func abcReadsC17AsWeDo() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bench = directory.appendingPathComponent("c17.bench").path, ours = directory.appendingPathComponent("c17.aig").path
        try BenchTests.c17.write(toFile: bench, atomically: true, encoding: .utf8)
        try AIGERWriter.write(try BenchReader.read(contentsOf: bench), to: ours)
        let output = try ABC.run("read \(bench); strash; print_stats; cec -n \(bench) \(ours)")
        #expect(ABC.stats(in: output).first == [5, 2, 0, 6, 3], "\(output)")
        #expect(NetlistABCTests.verdicts(output) == [true], "\(output)")
    }

    /// ABC reads our bench files; we read ABC's (LUT lines), both equivalent to the original.
    @Test(arguments: NetlistABCTests.netlists)
    func benchBothWays(name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let original = NetlistABCTests.netlist(name)
        let aig = try AIGERReader.read(contentsOf: original)
        let ours = directory.appendingPathComponent("ours.bench").path, theirs = directory.appendingPathComponent("abc.bench").path
        try BenchWriter.write(aig, to: ours)
        let output = try ABC.run("read \(ours); strash; print_stats; cec -n \(ours) \(original); read \(original); write_bench \(theirs)")
        let s = aig.stats()
        #expect(ABC.stats(in: output).first == [s.inputs, s.outputs, s.latches, s.ands, s.levels], "\(output)")
        #expect(NetlistABCTests.verdicts(output) == [true], "\(output)")
        let back = try BenchReader.read(contentsOf: theirs)
        let expected: EquivalenceResult = aig.inputs.count <= 16 ? .equivalent : .notProven(patterns: 1 << 14)
        #expect(try aig.checkEquivalence(with: back, patternCount: 1 << 14) == expected)
    }
}
