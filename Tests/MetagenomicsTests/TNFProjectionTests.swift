import GraphCore
import Testing
@testable import Metagenomics

/// VAMB's 103-dimensional TNF: properties of the derived basis, and the projection of
/// hand-built frequency rows.
struct TNFProjectionTests {
    @Test func basisIsOrthonormalAndSatisfiesEveryConstraint() {
        let basis = TNFProjection.nullSpaceBasis()
        #expect(basis.count == 103)
        for (a, u) in basis.enumerated() {
            for b in a ..< basis.count {
                let dot = zip(u, basis[b]).reduce(0) { $0 + $1.0 * $1.1 }
                #expect(abs(dot - (a == b ? 1 : 0)) < 1e-9)
            }
            for row in TNFProjection.constraints() {
                #expect(abs(zip(u, row).reduce(0) { $0 + $1.0 * $1.1 }) < 1e-9)
            }
        }
    }

    /// The uniform composition (every 4-mer 1/256) has no signal left; a circular sequence's
    /// frequencies keep their distance to it (they differ from it only inside the null space).
    @Test func uniformProjectsToZeroAndCircularRowsKeepTheirLength() {
        var uniform = Matrix(rows: 1, columns: 136)
        for kmer in 0 ..< 256 { uniform[0, Int(TetranucleotideFrequencies.canonicalColumn[kmer])] += 1 / 256 }
        // The both-strand 4-mer frequencies of a circular sequence (ACGGTCAT repeated), and
        // the same as canonical columns.
        let sequence = Array("ACGGTCATTGCA".utf8).map { Int(Array("ACGT".utf8).firstIndex(of: $0)!) }
        var both = [Double](repeating: 0, count: 256)
        var canonical = Matrix(rows: 1, columns: 136)
        for start in sequence.indices {
            let kmer = (0 ..< 4).reduce(0) { $0 << 2 | sequence[(start + $1) % sequence.count] }
            both[kmer] += 1
            both[TetranucleotideFrequencies.reverseComplement(kmer)] += 1
            canonical[0, Int(TetranucleotideFrequencies.canonicalColumn[kmer])] += 1 / Float(sequence.count)
        }
        let projected = TNFProjection.project(uniform)
        #expect(projected.values.allSatisfy { abs($0) < 1e-6 })
        let row = TNFProjection.project(canonical).values.map(Double.init)
        let total = both.reduce(0, +)
        let distance = both.reduce(0) { $0 + ($1 / total - 1.0 / 256) * ($1 / total - 1.0 / 256) }
        #expect(abs(row.reduce(0) { $0 + $1 * $1 } - distance) < 1e-5)
    }
}
