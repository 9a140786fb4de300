import FuzzSupport
import GraphCore
import Metagenomics

/// Depth files: `DepthReader.parse` in each layout (automatic, abundance TSV, contig table).
/// Accepted depths must be finite and non-negative with one row and sample name per contig and
/// column, and realign onto their own names; rejections must be one-line `GraphIOError`s or
/// `BinningInputError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDepth(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    for layout in [nil, DepthReader.Layout.abundance, .contigTable] {
        let depths: ContigDepths
        do {
            depths = try DepthReader.parse(bytes, path: "fuzz.depth", layout: layout)
        } catch {
            Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
            continue
        }
        Fuzz.require(depths.depths.rows == depths.names.count && depths.samples.count == depths.depths.columns, "shape")
        Fuzz.require(depths.depths.values.allSatisfy { $0.isFinite && $0 >= 0 }, "a negative or non-finite depth")
        do {
            let (aligned, unused) = try depths.aligned(to: depths.names, path: "fuzz.depth", contigsPath: "fuzz.fa")
            Fuzz.require(aligned == depths.depths && unused == 0, "realigning onto its own names changed the depths")
        } catch {
            Fuzz.require(false, "realigning onto its own names failed: \(error)")
        }
    }
    return 0
}
