import GraphCore
import Foundation
import Testing
@testable import EDA

/// Generated circuits against integer arithmetic, 64 random patterns per round (seeded).
@Suite struct CircuitGeneratorTests {
    /// Simulates `aig` on random input words and calls `check` once per pattern with the input
    /// bits (input order) and output bits (output order) packed into integers.
    private func forEachPattern(_ aig: AIG, seed: UInt64, rounds: Int = 8,
                                _ check: (_ inputs: [Bool], _ outputs: [Bool]) -> Void) throws {
        var state = seed
        for _ in 0 ..< rounds {
            let words: [UInt64] = aig.inputs.map { _ in
                state = state &* 6364136223846793005 &+ 1442695040888963407
                return state ^ (state >> 29)
            }
            let values = try aig.simulate(inputWords: words)
            let outputs = aig.outputs.map { AIG.word(of: $0, in: values) }
            for k in 0 ..< 64 {
                check(words.map { $0 >> k & 1 == 1 }, outputs.map { $0 >> k & 1 == 1 })
            }
        }
    }

    private func number(_ bits: ArraySlice<Bool>) -> UInt64 {
        bits.enumerated().reduce(0) { $0 | ($1.element ? 1 << UInt64($1.offset) : 0) }
    }

    @Test(arguments: [1, 2, 7, 16])
    func adderAdds(bits: Int) throws {
        let aig = try CircuitGenerator.make(.adder, bits: bits)
        #expect(aig.inputs.count == 2 * bits && aig.outputs.count == bits + 1)
        try forEachPattern(aig, seed: UInt64(bits)) { i, o in
            #expect(number(i[0 ..< bits]) + number(i[bits...]) == number(o[...]))
        }
    }

    @Test(arguments: [1, 3, 8])
    func multiplierMultiplies(bits: Int) throws {
        let aig = try CircuitGenerator.make(.multiplier, bits: bits)
        #expect(aig.outputs.count == 2 * bits)
        try forEachPattern(aig, seed: 11) { i, o in
            #expect(number(i[0 ..< bits]) * number(i[bits...]) == number(o[...]))
        }
    }

    @Test(arguments: [1, 5, 12])
    func comparatorCompares(bits: Int) throws {
        let aig = try CircuitGenerator.make(.comparator, bits: bits)
        try forEachPattern(aig, seed: 3) { i, o in
            let a = number(i[0 ..< bits]), b = number(i[bits...])
            #expect(o == [a < b, a == b, a > b])
        }
    }

    @Test func muxSelects() throws {
        let aig = try CircuitGenerator.make(.mux, bits: 3)
        #expect(aig.inputs.count == 3 + 8)
        try forEachPattern(aig, seed: 5) { i, o in
            #expect(o[0] == i[3 + Int(number(i[0 ..< 3]))])
        }
    }

    @Test(arguments: [1, 2, 9, 64])
    func parityIsXOR(bits: Int) throws {
        let aig = try CircuitGenerator.make(.parity, bits: bits)
        try forEachPattern(aig, seed: 9) { i, o in
            #expect(o[0] == (i.filter { $0 }.count % 2 == 1))
        }
    }

    @Test func controlIsSeededAndClean() throws {
        let one = try CircuitGenerator.make(.control, bits: 16, seed: 42)
        #expect(one == (try CircuitGenerator.make(.control, bits: 16, seed: 42)))
        #expect(one != (try CircuitGenerator.make(.control, bits: 16, seed: 43)))
        #expect(!one.outputs.isEmpty && one.andCount > 16)
        var cleaned = one
        #expect(cleaned.cleanup() == 0)   // every AND reaches an output
        #expect(one.invariantViolation() == nil)
    }

    @Test func widthsAreChecked() throws {
        #expect(throws: CircuitGenerator.InvalidWidth(kind: .mux, bits: 17)) { try CircuitGenerator.make(.mux, bits: 17) }
        #expect(throws: CircuitGenerator.InvalidWidth(kind: .adder, bits: 0)) { try CircuitGenerator.make(.adder, bits: 0) }
    }
}

/// `netlists/KIND-BITS[-sSEED].aig` are exactly what the generator writes for their names
/// (scripts/generate-netlists.sh made them and checked them with ABC).
@Suite struct NetlistExamplesTests {
    static let directory = Fixtures.packageRoot.appendingPathComponent("netlists")

    static var files: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".aig") }.sorted()
    }

    @Test func dozenExamplesRegenerateByteForByte() throws {
        #expect(Self.files.count == 12)
        for name in Self.files {
            let parts = name.dropLast(4).split(separator: "-")
            let kind = try #require(CircuitGenerator.Kind(rawValue: String(parts[0])), "\(name)")
            let bits = try #require(Int(parts[1]), "\(name)")
            let seed = parts.count > 2 ? try #require(UInt64(parts[2].dropFirst()), "\(name)") : 0
            let expected = AIGERWriter.bytes(of: try CircuitGenerator.make(kind, bits: bits, seed: seed), format: .binary)
            #expect(try FileIO.readAll(Self.directory.appendingPathComponent(name).path) == expected, "\(name)")
        }
    }

    @Test(.enabled(if: ABC.isAvailable, "berkeley-abc is not on PATH"))
    func abcAgreesOnExamples() throws {
        let paths = Self.files.map { Self.directory.appendingPathComponent($0).path }
        let abc = ABC.stats(in: try ABC.run(paths.map { "read \($0); print_stats" }.joined(separator: "; ")))
        #expect(abc.count == paths.count)
        for (path, expected) in zip(paths, abc) {
            let s = try AIGERReader.read(contentsOf: path).stats()
            #expect([s.inputs, s.outputs, s.latches, s.ands, s.levels] == expected, "\(path)")
        }
    }
}
