import FuzzSupport
import GraphCore
import Metagenomics

/// FASTA: `FASTAReader.parse` with a small minimum length, then TNF of what it read. Accepted
/// contigs must be at least that long, their offsets consistent and every TNF row sum to 1 or
/// 0; rejections must be one-line `GraphIOError`s or `BinningInputError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFASTA(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let contigs: ContigSequences
    do {
        contigs = try FASTAReader.parse(Fuzz.bytes(data, size), path: "fuzz.fa", minimumLength: 4)
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
        return 0
    }
    Fuzz.require(contigs.offsets.count == contigs.count + 1 && contigs.offsets.last == contigs.bases.count, "offsets do not cover the bases")
    Fuzz.require((0 ..< contigs.count).allSatisfy { contigs.length(of: $0) >= 4 }, "a contig below the minimum length was kept")
    let tnf = TetranucleotideFrequencies.compute(contigs, threads: 2)
    for i in 0 ..< tnf.rows {
        let sum = tnf.row(i).reduce(0, +)
        Fuzz.require(sum == 0 || abs(sum - 1) < 1e-3, "TNF row \(i) sums to \(sum)")
    }
    return 0
}
