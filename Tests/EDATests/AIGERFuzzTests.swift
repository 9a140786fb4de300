import GraphCore
import Testing
@testable import EDA

/// Truncated and corrupted files must be rejected with an `AIGERError` or parse; never crash.
@Suite struct AIGERFuzzTests {
    /// A file with latches, every property kind, symbols, a comment and 40 extra ANDs.
    private static func sample(_ format: AIGERWriter.Format) throws -> [UInt8] {
        var aig = try AIGERReader.read(bytes: Fixtures.allSections)
        var x = aig.inputs[0] << 1
        for i in 0 ..< 40 { x = aig.and(x, i % 3 == 0 ? AIG.not(aig.latches[0] << 1) : aig.latches[1] << 1 | UInt32(i & 1)) }
        try aig.addOutput(x)
        return AIGERWriter.bytes(of: aig, format: format)
    }

    /// Reads `bytes`; returns whether it parsed. Any other error type fails the test.
    private func readOrReject(_ bytes: [UInt8]) -> Bool {
        do {
            let aig = try AIGERReader.read(bytes: bytes, fileName: "fuzz")
            #expect(aig.invariantViolation() == nil)
            return true
        } catch is AIGERError {
            return false
        } catch {
            Issue.record("unexpected error \(error)")
            return false
        }
    }

    @Test(arguments: AIGERWriter.Format.allCases)
    func everyPrefix(format: AIGERWriter.Format) throws {
        let sample = try Self.sample(format)
        var parsed = 0
        for length in 0 ... sample.count where readOrReject(Array(sample.prefix(length))) { parsed += 1 }
        #expect(readOrReject(sample))
        // Prefixes that end inside the symbol table or comment are still valid files.
        #expect(parsed >= 1 && parsed < sample.count, "\(format): \(parsed) of \(sample.count + 1) prefixes parsed")
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func seededByteMutations(seed: UInt64) throws {
        print("AIGER mutation fuzz seed \(seed)")
        var generator = SeededGenerator(seed: seed)
        func next() -> UInt64 { generator.next() }
        let interesting: [UInt8] = [0x00, 0x0A, 0x20, 0x30, 0x31, 0x39, 0x7F, 0x80, 0xFF, 0x63, 0x69]
        for sample in [try Self.sample(.binary), try Self.sample(.ascii)] {
            for _ in 0 ..< 1500 {
                var bytes = sample
                for _ in 0 ..< 1 + Int(next() % 3) {
                    let at = Int(next() % UInt64(bytes.count))
                    switch next() % 4 {
                    case 0: bytes[at] = UInt8(truncatingIfNeeded: next())
                    case 1: bytes[at] = interesting[Int(next() % UInt64(interesting.count))]
                    case 2: bytes.remove(at: at)
                    default: bytes.insert(interesting[Int(next() % UInt64(interesting.count))], at: at)
                    }
                    if bytes.isEmpty { break }
                }
                _ = readOrReject(bytes)
            }
        }
    }
}
