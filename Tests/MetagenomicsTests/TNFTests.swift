import GraphCore
import Testing
@testable import Metagenomics

/// Canonical tetranucleotide frequencies against hand-worked counts.
struct TNFTests {
    /// Index of a 4-mer written as letters.
    func code(_ kmer: String) -> Int { kmer.utf8.reduce(0) { $0 << 2 | Int(Array("ACGT".utf8).firstIndex(of: $1)!) } }
    func column(_ kmer: String) -> Int { Int(TetranucleotideFrequencies.canonicalColumn[code(kmer)]) }

    @Test func has136CanonicalColumnsWith16Palindromes() {
        let columns = TetranucleotideFrequencies.canonicalColumn
        #expect(Set(columns).count == 136 && columns.min() == 0 && columns.max() == 135)
        let palindromes = (0 ..< 256).filter { TetranucleotideFrequencies.reverseComplement($0) == $0 }
        #expect(palindromes.count == 16)
        #expect(column("AAAA") == 0 && column("TTTT") == 0)
        #expect(column("AAAC") == 1 && column("GTTT") == 1)
        #expect(column("ACGT") == column("ACGT") && TetranucleotideFrequencies.reverseComplement(code("ACGT")) == code("ACGT"))
    }

    /// ACGTAC holds ACGT (a palindrome), CGTA (= TACG reversed and complemented) and GTAC (a
    /// palindrome): a third each. Its reverse complement GTACGT has the same TNF; N breaks 4-mers.
    @Test func handWorkedSequence() throws {
        var contigs = ContigSequences()
        contigs.append(name: "a", sequence: Array("ACGTAC".utf8))
        contigs.append(name: "b", sequence: Array("gtacgt".utf8))
        contigs.append(name: "c", sequence: Array("AAANAAAA".utf8))
        contigs.append(name: "d", sequence: Array("ACGNT".utf8))
        let tnf = TetranucleotideFrequencies.compute(contigs, threads: 2)
        #expect(tnf.columns == 136)
        var expected = [Float](repeating: 0, count: 136)
        for kmer in ["ACGT", "CGTA", "GTAC"] { expected[column(kmer)] += 1.0 / 3 }
        #expect(Array(tnf.row(0)) == expected)
        #expect(Array(tnf.row(1)) == expected)
        #expect(column("CGTA") == column("TACG"))
        var aaaa = [Float](repeating: 0, count: 136)
        aaaa[0] = 1
        #expect(Array(tnf.row(2)) == aaaa)
        #expect(tnf.row(3).allSatisfy { $0 == 0 })
    }
}
