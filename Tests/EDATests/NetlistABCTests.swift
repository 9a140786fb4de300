import Foundation
import Testing
@testable import EDA

/// ABC as the oracle for the text netlist formats: it reads what we write (same counts,
/// `cec` equivalent) and we read what it writes (same AND count after hashing, equivalent).
@Suite(.enabled(if: ABC.isAvailable, "berkeley-abc is not on PATH"))
struct NetlistABCTests {
    static let netlists = ["adder-16", "multiplier-8", "control-32-s7", "mux-4"]

    static func netlist(_ name: String) -> String {
        Fixtures.packageRoot.appendingPathComponent("netlists/\(name).aig").path
    }

    /// ABC's verdict lines for the `cec` commands of a run, in order.
    static func verdicts(_ output: String) -> [Bool] {
        output.split(separator: "\n").compactMap { line in
            line.contains("Networks are equivalent") ? true : line.contains("NOT EQUIVALENT") ? false : nil
        }
    }

    @Test func abcReadsHandMadeBLIFAsWeDo() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blif = directory.appendingPathComponent("fa.blif").path, ours = directory.appendingPathComponent("fa.aig").path
        try BLIFTests.fullAdder.write(toFile: blif, atomically: true, encoding: .utf8)
        let aig = try BLIFReader.read(contentsOf: blif)
        try AIGERWriter.write(aig, to: ours)
        let output = try ABC.run("read \(blif); strash; print_stats; cec -n \(blif) \(ours)")
        let stats = try #require(ABC.stats(in: output).first, "\(output)")
        #expect(Array(stats.prefix(3)) == [3, 5, 0], "\(output)")
        #expect(Self.verdicts(output) == [true], "\(output)")
    }

    @Test(arguments: netlists)
    func abcReadsOurBLIF(name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let aig = try AIGERReader.read(contentsOf: Self.netlist(name))
        let blif = directory.appendingPathComponent("\(name).blif").path
        try BLIFWriter.write(aig, to: blif, model: name)
        let output = try ABC.run("read \(blif); strash; print_stats; cec -n \(blif) \(Self.netlist(name))")
        let s = aig.stats()
        #expect(ABC.stats(in: output).first == [s.inputs, s.outputs, s.latches, s.ands, s.levels], "\(output)")
        #expect(Self.verdicts(output) == [true], "\(output)")
    }

    @Test(arguments: netlists)
    func weReadABCsBLIF(name: String) throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let blif = directory.appendingPathComponent("\(name).blif").path
        _ = try ABC.run("read \(Self.netlist(name)); write_blif \(blif)")
        let aig = try AIGERReader.read(contentsOf: Self.netlist(name)), back = try BLIFReader.read(contentsOf: blif)
        #expect(back.stats() == aig.strashed().stats())
        let expected: EquivalenceResult = aig.inputs.count <= 16 ? .equivalent : .notProven(patterns: 1 << 14)
        #expect(try aig.checkEquivalence(with: back, patternCount: 1 << 14) == expected)
    }

    /// A sequential circuit: latches with both initial values survive ABC in both directions.
    @Test func sequentialBLIFRoundTripsThroughABC() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var aig = AIG()
        let enable = aig.addInput(name: "en")
        let q = (0 ..< 4).map { aig.addLatch(reset: $0 == 2 ? .one : .zero, name: "q\($0)") }
        var carry = enable
        for (i, bit) in q.enumerated() {
            try aig.setLatchNext(i, to: aig.xor(bit, carry))
            carry = aig.and(bit, carry)
            try aig.addOutput(bit, name: "y\(i)")
        }
        let ours = directory.appendingPathComponent("c.blif").path, theirs = directory.appendingPathComponent("abc.blif").path
        let reference = directory.appendingPathComponent("c.aig").path
        try BLIFWriter.write(aig, to: ours)
        try AIGERWriter.write(aig, to: reference)
        let output = try ABC.run("read \(ours); strash; print_stats; write_blif \(theirs); cec -n \(ours) \(reference)")
        #expect(ABC.stats(in: output).first.map { Array($0.prefix(4)) } == [1, 4, 4, aig.andCount], "\(output)")
        #expect(Self.verdicts(output) == [true], "\(output)")
        let back = try BLIFReader.read(contentsOf: theirs)
        #expect(back.latchReset == aig.latchReset)
        #expect(try aig.checkEquivalence(with: back) == .equivalent)
    }
}
