import GraphCore

/// Canonical tetranucleotide frequencies (TNF), the composition signal of metagenomic binners
/// (Teeling et al. 2004; VAMB, Nissen et al. 2021): each 4-mer is counted together with its
/// reverse complement, giving 136 canonical 4-mers (120 pairs and 16 reverse-complement
/// palindromes). 4-mers holding a letter other than A, C, G, T (any case) are skipped. Each row
/// is the frequencies of a contig (summing to 1), or zeros when it has no 4-mer.
public enum TetranucleotideFrequencies {
    /// Number of canonical 4-mers.
    public static let dimension = 136

    /// The canonical column of each of the 256 4-mers (A=0, C=1, G=2, T=3, first base in the
    /// high bits): columns are numbered by the smallest 4-mer of each reverse-complement pair, in
    /// increasing order.
    public static let canonicalColumn: [Int32] = {
        var column = [Int32](repeating: -1, count: 256)
        var next: Int32 = 0
        for kmer in 0 ..< 256 {
            let canonical = min(kmer, reverseComplement(kmer))
            if column[canonical] < 0 {
                column[canonical] = next
                next += 1
            }
            column[kmer] = column[canonical]
        }
        return column
    }()

    /// The reverse complement of a 4-mer code. - Complexity: O(1)
    public static func reverseComplement(_ kmer: Int) -> Int {
        var result = 0
        for position in 0 ..< 4 { result = result << 2 | (3 - (kmer >> (2 * position) & 3)) }
        return result
    }

    /// 2-bit code of each byte: 0–3 for A, C, G, T (either case), 4 for anything else.
    private static let code: [UInt8] = {
        var table = [UInt8](repeating: 4, count: 256)
        for (i, letter) in "ACGT".utf8.enumerated() {
            table[Int(letter)] = UInt8(i)
            table[Int(letter | 0x20)] = UInt8(i)
        }
        return table
    }()

    /// The canonical 4-mer counts of `sequence` into `counts` (136 entries); returns the total.
    /// - Complexity: O(sequence length)
    @inline(__always)
    static func count(_ sequence: UnsafeBufferPointer<UInt8>, into counts: UnsafeMutablePointer<Float>) -> Int {
        var kmer = 0, valid = 0, total = 0
        for base in sequence {
            let c = Int(code[Int(base)])
            if c > 3 {
                valid = 0
                continue
            }
            kmer = (kmer << 2 | c) & 0xFF
            valid += 1
            if valid >= 4 {
                counts[Int(canonicalColumn[kmer])] += 1
                total += 1
            }
        }
        return total
    }

    /// The TNF of every contig, `contigs × 136`, counted on up to `threads` threads (contigs
    /// shared out by length, each written to its own row).
    /// - Complexity: O(bases / threads) time, O(contigs × 136) memory.
    public static func compute(_ contigs: ContigSequences, threads: Int = Parallel.coreCount) -> Matrix {
        var out = Matrix(rows: contigs.count, columns: dimension)
        let width = dimension
        contigs.bases.withUnsafeBufferPointer { bases in
            out.withUnsafeMutableValues { values in
                Parallel.forEachChunk(count: contigs.count, threads: threads, prefixCost: contigs.offsets) { range in
                    for i in range {
                        let row = values.baseAddress! + i * width
                        let sequence = UnsafeBufferPointer(rebasing: bases[contigs.offsets[i] ..< contigs.offsets[i + 1]])
                        let total = count(sequence, into: row)
                        guard total > 0 else { continue }
                        let scale = 1 / Float(total)
                        for j in 0 ..< width { row[j] *= scale }
                    }
                }
            }
        }
        return out
    }
}
