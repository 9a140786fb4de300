import Foundation
import Testing
import GraphCore
@testable import EDA

/// BLIF reading (hand-checked files, every error), writing (round trips) and fuzzing.
@Suite struct BLIFTests {
    /// A full adder whose signals are used before they are defined, a continued `.inputs`
    /// line, comments, don't-cares, an OFF-set cover and both constants.
    static let fullAdder = """
        # full adder, hand-checked
        .model fa
        .inputs a b \\
           cin
        .outputs s cout one zero nz
        .names t cin s   # t is defined below
        10 1
        01 1
        .names a b t
        10 1
        01 1
        .names a b cin cout
        11- 1
        1-1 1
        -11 1
        .names one
        1
        .names zero
        .names a b nz
        00 0
        .end

        """

    static func read(_ text: String) throws -> AIG { try BLIFReader.read(bytes: Array(text.utf8), fileName: "t.blif") }

    static func error(_ text: String) -> NetlistError? {
        do {
            _ = try read(text)
            return nil
        } catch let error as NetlistError {
            return error
        } catch {
            return NetlistError(.io("unexpected error \(error)"), at: nil)
        }
    }

    @Test func fullAdderIsHandChecked() throws {
        let aig = try Self.read(Self.fullAdder)
        #expect(aig.inputs.count == 3 && aig.outputs.count == 5 && aig.latches.isEmpty)
        #expect((0 ..< 3).map { aig.name(of: .input, at: $0) } == ["a", "b", "cin"])
        #expect((0 ..< 5).map { aig.name(of: .output, at: $0) } == ["s", "cout", "one", "zero", "nz"])
        // Rows: bit 0 = a, bit 1 = b, bit 2 = cin.
        #expect(try aig.truthTable(of: aig.outputs[0]).words == [0b1001_0110])
        #expect(try aig.truthTable(of: aig.outputs[1]).words == [0b1110_1000])
        #expect(aig.outputs[2] == AIG.constantTrue && aig.outputs[3] == AIG.constantFalse)
        #expect(try aig.truthTable(of: aig.outputs[4]).words == [0b1110])
    }

    @Test func latchesAndInitialValues() throws {
        let aig = try Self.read("""
            .model counter
            .inputs en
            .outputs q0 q1
            .latch d0 q0 1
            .latch d1 q1 re clk 0
            .latch d1 q2
            .names en q0 d0
            10 1
            01 1
            .names en q0 q1 d1
            0-1 1
            110 1
            101 1
            .end
            """)
        #expect(aig.latches.count == 3 && aig.latchReset == [.one, .zero, .uninitialized])
        #expect((0 ..< 3).map { aig.name(of: .latch, at: $0) } == ["q0", "q1", "q2"])
        #expect(try aig.truthTable(of: aig.latchNext[0]).words == [0b0110])
        #expect(aig.latchNext[2] == aig.latchNext[1])
    }

    @Test func crlfWindowsFilesAndMissingEnd() throws {
        let aig = try Self.read(".model m\r\n.inputs a\r\n.outputs y\r\n.names a y\r\n0 1\r\n")
        #expect(aig.outputs == [AIG.not(aig.inputs[0] << 1)])
    }

    @Test(arguments: [
        (".inputs a\n.outputs y\n.names a b y\n11 1\n", "t.blif:3:12: signal 'b' is used but never driven"),
        (".inputs a\n.outputs y\n.names a y\n1 1\n.names a y\n0 1\n", "t.blif:5:10: signal 'y' is driven twice (first at line 3)"),
        (".inputs a\n.outputs y\n.names a z y\n11 1\n.names y z\n1 1\n", "t.blif:3:12: combinational cycle through 'y' -> 'z' -> 'y'"),
        (".inputs a\n.outputs y\n.names a y\n1 1\n0 0\n", "t.blif:5:3: the cover of 'y' mixes output values"),
        (".inputs a b\n.outputs y\n.names a b y\n1 1\n", "t.blif:4:1: expected a cube of 2 characters"),
        (".inputs a b\n.outputs y\n.names a b y\n1x 1\n", "t.blif:4:1: expected a cube of 2 characters from 0, 1, -"),
        (".inputs a\n.outputs y\n.names a y\n1 2\n", "t.blif:4:3: expected an output value 0 or 1, found '2'"),
        (".inputs a\n.outputs y\n.names y\n1 1\n", "t.blif:4:3: expected a single output value 0 or 1"),
        (".inputs a\n11 1\n", "t.blif:2:1: expected a BLIF command starting with '.'"),
        (".model m\n.frobnicate\n", "t.blif:2:1: expected a BLIF command (.model"),
        (".model m\n.subckt x a=b\n", "t.blif:2:1: '.subckt' is not supported"),
        (".model m\n.end\n.model n\n", "t.blif:3:1: a second '.model'"),
        (".model m\n.end\nx\n", "t.blif:3:1: expected nothing after '.end'"),
        (".inputs a\n.latch a q 7\n", "t.blif:2:12: expected a latch initial value 0, 1, 2 or 3, found '7'"),
        (".inputs a\n.latch a\n", "t.blif:3:1: expected '.latch INPUT OUTPUT"),
        (".names\n", "t.blif:2:1: expected the signals of '.names'"),
        (".inputs a a\n", "t.blif:1:11: signal 'a' is driven twice"),
        ("aig 0 0 0 0 0\n", "t.blif:1:1: expected a BLIF command starting with '.'"),
    ])
    func errorsSayWhereAndWhat(text: String, prefix: String) {
        let error = Self.error(text)
        #expect(error?.description.hasPrefix(prefix) == true, "\(error?.description ?? "parsed")")
    }

    /// Generated circuits survive write → read: same interface and names, proven equivalent.
    @Test(arguments: [CircuitGenerator.Kind.adder, .multiplier, .comparator, .mux, .parity, .control])
    func roundTripIsEquivalent(kind: CircuitGenerator.Kind) throws {
        let aig = try CircuitGenerator.make(kind, bits: kind == .mux ? 2 : 5, seed: 3)
        let text = String(decoding: try BLIFWriter.bytes(of: aig), as: UTF8.self)
        let back = try Self.read(text)
        #expect(back.andCount == aig.strashed().andCount)
        #expect(try aig.checkEquivalence(with: back) == .equivalent)
        for kind in [AIGSymbol.Kind.input, .output] {
            #expect((0 ..< aig.count(of: kind)).map { back.name(of: kind, at: $0) } == (0 ..< aig.count(of: kind)).map { aig.name(of: kind, at: $0) })
        }
    }

    /// Latches of every reset kind, complemented and constant outputs and latch inputs,
    /// outputs that are inputs, duplicate and unnamed outputs, names BLIF cannot hold.
    @Test func awkwardAIGsRoundTrip() throws {
        var aig = AIG()
        let a = aig.addInput(name: "a"), b = aig.addInput(name: "has space")
        let q0 = aig.addLatch(reset: .one, name: "q0"), q1 = aig.addLatch(reset: .uninitialized)
        let x = aig.and(a, AIG.not(q0))
        try aig.setLatchNext(0, to: AIG.not(x))
        try aig.setLatchNext(1, to: AIG.constantTrue)
        try aig.addOutput(x, name: "x")
        try aig.addOutput(AIG.not(x), name: "x")
        try aig.addOutput(a, name: "a")
        try aig.addOutput(b)
        try aig.addOutput(AIG.constantFalse, name: "n3")
        try aig.addOutput(q1)
        let back = try Self.read(String(decoding: try BLIFWriter.bytes(of: aig), as: UTF8.self))
        #expect(back.latchReset == [.one, .uninitialized])
        #expect(back.name(of: .input, at: 1) == "pi1" && back.name(of: .output, at: 0) == "x")
        #expect(try aig.checkEquivalence(with: back) == .equivalent)
    }

    @Test func everyPrefixAndMutationIsHandled() throws {
        let samples = [Array(Self.fullAdder.utf8),
                       try BLIFWriter.bytes(of: try CircuitGenerator.make(.control, bits: 4, seed: 2))]
        try NetlistFuzz.run(samples, seed: 11) { try BLIFReader.read(bytes: $0, fileName: "fuzz") }
    }
}

/// Truncations and seeded byte mutations: a reader must parse or throw `NetlistError`.
enum NetlistFuzz {
    static func run(_ samples: [[UInt8]], seed: UInt64, mutations: Int = 800, _ read: ([UInt8]) throws -> AIG) throws {
        for bytes in inputs(samples, seed: seed, mutations: mutations, interesting: Array("\n\\ #.-01()=,;[]:'~&|^?\t".utf8)) {
            do {
                let aig = try read(bytes)
                #expect(aig.invariantViolation() == nil)
            } catch is NetlistError {
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    /// Every prefix of each sample, then `mutations` copies of it with one to three bytes
    /// replaced, removed or inserted (from `interesting`, NUL and 0xFF, or random), seeded.
    static func inputs(_ samples: [[UInt8]], seed: UInt64, mutations: Int, interesting: [UInt8]) -> [[UInt8]] {
        print("netlist fuzz seed \(seed)")
        var generator = SeededGenerator(seed: seed)
        let interesting = interesting + [0, 0xFF]
        var inputs: [[UInt8]] = []
        for sample in samples {
            for length in 0 ... sample.count { inputs.append(Array(sample.prefix(length))) }
            for _ in 0 ..< mutations {
                var bytes = sample
                for _ in 0 ..< 1 + Int(generator.next() % 3) where !bytes.isEmpty {
                    let at = Int(generator.next() % UInt64(bytes.count))
                    switch generator.next() % 4 {
                    case 0: bytes[at] = UInt8(truncatingIfNeeded: generator.next())
                    case 1: bytes[at] = interesting[Int(generator.next() % UInt64(interesting.count))]
                    case 2: bytes.remove(at: at)
                    default: bytes.insert(interesting[Int(generator.next() % UInt64(interesting.count))], at: at)
                    }
                }
                inputs.append(bytes)
            }
        }
        return inputs
    }
}
