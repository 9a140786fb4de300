import Foundation
import GraphCore
import Testing
@testable import EDA

/// What BLIF, bench and Verilog cannot hold is refused unless allowed, and a checked write
/// reads its file back and compares it before it replaces anything.
@Suite struct ConversionLossTests {
    /// `Fixtures.allSections`: a latch starting at 1, an uninitialised latch, one output, and one
    /// property of each kind (the justice property has two literals).
    static func allSections() throws -> AIG { try AIGERReader.read(bytes: Fixtures.allSections) }

    /// One input, a latch starting at 1 that toggles when the input is 1, its state as output.
    static func resetOneToggle() throws -> AIG {
        var aig = AIG()
        let enable = aig.addInput(name: "enable")
        let q = aig.addLatch(reset: .one, name: "q")
        try aig.setLatchNext(0, to: aig.xor(q, enable))
        try aig.addOutput(q, name: "y")
        try aig.addOutput(AIG.not(aig.and(q, enable)), name: "z")
        return aig
    }

    @Test func lossIsCountedPerFormat() throws {
        let aig = try Self.allSections()
        #expect(FormatLoss(writing: aig, as: .aiger).isEmpty)
        let blif = FormatLoss(writing: aig, as: .blif)
        #expect(blif.kinds == [.properties])
        #expect([blif.badProperties, blif.constraints, blif.justiceProperties, blif.fairnessConstraints,
                 blif.uninitializedLatches] == [1, 1, 1, 1, 0] as [Int])
        #expect(blif.description == "1 bad-state property, 1 invariant constraint, 1 justice property and 1 fairness constraint (BLIF has no property sections)")
        let bench = FormatLoss(writing: aig, as: .bench)
        #expect(bench.kinds == [.latchInit, .properties])
        #expect(bench.uninitializedLatches == 1)
        #expect(bench.restricted(to: [.latchInit]).description == "1 uninitialised latch (bench flip-flops start at 0)")
        #expect(FormatLoss(writing: aig, as: .verilog).kinds == [.properties])
        #expect(FormatLoss(writing: try Self.resetOneToggle(), as: .bench).isEmpty, "a latch starting at 1 is kept")
    }

    @Test func writersRefuseWhatTheyCannotHold() throws {
        let aig = try Self.allSections()
        #expect(throws: LossyWriteError(file: nil, loss: FormatLoss(writing: aig, as: .blif))) { try BLIFWriter.bytes(of: aig) }
        #expect(throws: LossyWriteError(file: nil, loss: FormatLoss(writing: aig, as: .bench))) { try BenchWriter.bytes(of: aig) }
        #expect(throws: LossyWriteError(file: nil, loss: FormatLoss(writing: aig, as: .bench).restricted(to: [.latchInit]))) {
            try BenchWriter.bytes(of: aig, dropping: [.properties])
        }
        var combinational = AIG()
        let a = combinational.addInput()
        try combinational.addOutput(a)
        try combinational.addBad(AIG.not(a))
        #expect(throws: LossyWriteError.self) { try VerilogWriter.bytes(of: combinational) }

        let blif = try BLIFReader.read(bytes: BLIFWriter.bytes(of: aig, dropping: [.properties]))
        #expect(blif.bad.isEmpty && blif.justice.isEmpty && blif.latchReset == [.one, .uninitialized])
        let bench = try BenchReader.read(bytes: BenchWriter.bytes(of: aig, dropping: [.properties, .latchInit]))
        #expect(bench.latchReset == [.zero, .zero], "the uninitialised latch starts at 0, as allowed")
        let verilog = try VerilogReader.read(bytes: VerilogWriter.bytes(of: combinational, dropping: [.properties]))
        #expect(verilog.bad.isEmpty && verilog.outputs.count == 1)
    }

    @Test func theRefusalNamesTheFileWhatIsLostAndHowToAllowIt() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("out.bench").path
        var message = ""
        do { try CircuitFile.write(try Self.allSections(), to: path) } catch { message = "\(error)" }
        #expect(message == "\(path): a bench file cannot hold 1 bad-state property, 1 invariant constraint, 1 justice property and 1 fairness constraint (bench has no property sections) and 1 uninitialised latch (bench flip-flops start at 0); nothing was written. Write AIGER (.aig or .aag) to keep everything, or allow the loss with `dropping: [.latchInit, .properties]`")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func theAIGERCommentBecomesCommentLines() throws {
        let aig = try CircuitGenerator.make(.adder, bits: 2)
        let comment = try #require(aig.comment)
        let expected = String(decoding: comment, as: UTF8.self).split(separator: "\n").map { "# \($0)" }
        let blif = String(decoding: try BLIFWriter.bytes(of: aig), as: UTF8.self)
        #expect(expected.allSatisfy { blif.contains($0 + "\n") } && !expected.isEmpty, "\(blif)")
        let verilog = String(decoding: try VerilogWriter.bytes(of: aig), as: UTF8.self)
        #expect(verilog.contains("// " + expected[0].dropFirst(2)))
        let withNUL = NetlistWriting.header(try Self.allSections(), marker: "#")
        #expect(withNUL == "# written by graphtool\n# top?\n# after NUL\n", "the NUL shows as ?")
        #expect(try BenchReader.read(bytes: BenchWriter.bytes(of: aig)).outputs.count == aig.outputs.count)
    }

    /// Every pair of writable format and circuit: what is written is read back and proven
    /// equal, including the property literals AIGER keeps and latches starting at 1 in bench.
    @Test(arguments: ["aag", "aig", "blif", "bench"])
    func checkedWritesOfSequentialCircuitsPass(ext: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("toggle.\(ext)").path
        let written = try CircuitFile.writeChecked(try Self.resetOneToggle(), to: path)
        #expect(written.verdict == .equivalent && written.dropped.isEmpty)
        #expect(written.description == "equivalent (exhaustive simulation) over 2 outputs and the next states and initial values of 1 latch")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["toggle.\(ext)"])
    }

    @Test func aCheckedAIGERWriteComparesTheProperties() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = try CircuitFile.writeChecked(try Self.allSections(), to: directory.appendingPathComponent("all.aag").path)
        #expect(written.properties == 5 && written.latches == 2 && written.verdict == .equivalent)
    }

    @Test func aCheckedWriteSaysWhatWasDroppedAndKeepsNothingOnRefusal() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("all.bench").path
        try Data("old".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: LossyWriteError.self) { try CircuitFile.writeChecked(try Self.allSections(), to: path, dropping: [.properties]) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old", "a refused write leaves the old file")
        let written = try CircuitFile.writeChecked(try Self.allSections(), to: path, dropping: [.properties, .latchInit])
        #expect(written.dropped == FormatLoss(writing: try Self.allSections(), as: .bench))
        #expect(written.properties == 0 && written.latches == 2 && written.verdict == .equivalent)
        #expect(try BenchReader.read(contentsOf: path).latchReset == [.zero, .zero])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["all.bench"])
    }

    @Test func aFailedWriteLeavesNoFileBehind() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Verilog has no flip-flops: the writer throws while writing the temporary file.
        #expect(throws: NetlistError.self) {
            try CircuitFile.writeChecked(try Self.resetOneToggle(), to: directory.appendingPathComponent("t.v").path)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    /// The comparison behind `writeChecked` finds each kind of difference a broken writer
    /// could make: a latch's initial value, a property's function, an output's function.
    @Test func theComparisonCatchesEveryKindOfDifference() throws {
        let original = try Self.allSections()
        var reset = original
        reset.latchReset[0] = .zero
        #expect(throws: WriteCheckError(file: "f", reason: .latchReset(latch: 0, expected: .one, found: .zero))) {
            try CircuitFile.compare(original, reset, file: "f", patternCount: 64, seed: 1, threads: 1)
        }
        var property = original
        property.bad[0] ^= 1
        #expect(throws: WriteCheckError.self) { try CircuitFile.compare(original, property, file: "f", patternCount: 64, seed: 1, threads: 1) }
        var justice = original
        justice.justice[0].removeLast()
        #expect(throws: WriteCheckError.self) { try CircuitFile.compare(original, justice, file: "f", patternCount: 64, seed: 1, threads: 1) }
        var output = original
        output.outputs[0] ^= 1
        var caught: WriteCheckError?
        do { _ = try CircuitFile.compare(original, output, file: "f", patternCount: 64, seed: 1, threads: 1) } catch let e as WriteCheckError { caught = e }
        guard case .function(.notEquivalent(_, output: 0))? = caught?.reason else {
            Issue.record("expected a function difference at output 0, got \(String(describing: caught))")
            return
        }
        #expect(try CircuitFile.compare(original, original, file: "f", patternCount: 64, seed: 1, threads: 1) == .equivalent)
    }

    /// Storing chosen latches complemented keeps every output trace from reset: simulated cycle
    /// by cycle under seeded random inputs, for every subset of the latches of a random circuit.
    @Test func complementedLatchesKeepTheBehaviourFromReset() throws {
        var generator = SeededGenerator(seed: 5)
        print("complemented latches seed 5")
        var aig = AIG()
        let inputs = (0 ..< 3).map { _ in aig.addInput() }
        let resets: [AIG.LatchReset] = [.one, .zero, .one]
        let latches = resets.map { aig.addLatch(reset: $0) }
        var signals = inputs + latches
        for _ in 0 ..< 20 {
            let a = signals[generator.nextIndex(below: signals.count)] ^ UInt32(generator.next() & 1)
            let b = signals[generator.nextIndex(below: signals.count)] ^ UInt32(generator.next() & 1)
            signals.append(aig.and(a, b))
        }
        for k in latches.indices { try aig.setLatchNext(k, to: signals[signals.count - 1 - k] ^ UInt32(k & 1)) }
        for s in signals.suffix(4) { try aig.addOutput(s) }
        try aig.addOutput(AIG.not(latches[0]))
        func trace(_ c: AIG) throws -> [[UInt64]] {
            var state = c.latchReset.map { $0 == .one ? UInt64.max : 0 }
            var steps: [[UInt64]] = []
            var inputs = SeededGenerator(seed: 9)
            for _ in 0 ..< 8 {
                let values = try c.simulate(inputWords: c.inputs.map { _ in inputs.next() }, latchWords: state)
                steps.append(c.outputs.map { AIG.word(of: $0, in: values) })
                state = c.latchNext.map { AIG.word(of: $0, in: values) }
            }
            return steps
        }
        let expected = try trace(aig)
        for mask in 0 ..< 8 {
            let flip = (0 ..< 3).map { mask >> $0 & 1 == 1 }
            let flipped = aig.complementingLatches(flip)
            #expect(flipped.invariantViolation() == nil)
            #expect(try trace(flipped) == expected, "mask \(mask)")
            #expect(flipped.latchReset == zip(resets, flip).map { $1 ? ($0 == .one ? .zero : .one) : $0 })
        }
    }
}
