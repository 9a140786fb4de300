import Testing
@testable import GraphCore

@Suite struct SeededGeneratorTests {
    @Test func sameSeedSameSequenceDifferentSeedDifferent() {
        var a = SeededGenerator(seed: 99), b = SeededGenerator(seed: 99), c = SeededGenerator(seed: 100)
        let sa = (0 ..< 8).map { _ in a.next() }
        #expect(sa == (0 ..< 8).map { _ in b.next() })
        #expect(sa != (0 ..< 8).map { _ in c.next() })
    }

    @Test func uniformAndGaussianMoments() {
        var rng = SeededGenerator(seed: 1)
        let n = 100_000
        let u = (0 ..< n).map { _ in Double(rng.nextUnitFloat()) }
        #expect(u.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(u.reduce(0, +) / Double(n) - 0.5) < 0.01)
        let g = (0 ..< n).map { _ in Double(rng.nextGaussian()) }
        let mean = g.reduce(0, +) / Double(n)
        let variance = g.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(n)
        #expect(abs(mean) < 0.02)
        #expect(abs(variance - 1) < 0.02)
        #expect((0 ..< 1000).allSatisfy { _ in (0 ..< 7).contains(rng.nextIndex(below: 7)) })
    }
}
