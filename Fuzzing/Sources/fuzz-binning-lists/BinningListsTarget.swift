import FuzzSupport
import GraphCore
import Metagenomics

/// The small list formats of binning, all on each input: contig pairs (weighted and not),
/// markers, CheckM marker sets and CAMI bioboxes binnings over the contigs `a`, `b`, `c`. Pairs
/// and markers must stay inside the contigs; a CAMI binning must survive its own writer;
/// rejections must be one-line `GraphIOError`s or `BinningInputError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBinningLists(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let contigs: [String: Int32] = ["a": 0, "b": 1, "c": 2]
    for weighted in [true, false] {
        do {
            let pairs = try ContigPairReader.parse(bytes, path: "fuzz.tsv", contigs: contigs, weighted: weighted)
            Fuzz.require((pairs.first + pairs.second).allSatisfy { $0 >= 0 && $0 < 3 }, "a pair outside the contigs")
            Fuzz.require(pairs.weights.allSatisfy { $0.isFinite && $0 >= 0 }, "a negative or non-finite weight")
        } catch {
            Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
        }
    }
    do {
        let markers = try MarkerReader.parse(bytes, path: "fuzz.tsv", contigs: contigs)
        Fuzz.require(markers.markersOfContig.count == 3, "markers for \(markers.markersOfContig.count) contigs")
        Fuzz.require(markers.markersOfContig.joined().allSatisfy { Int($0) < markers.markerNames.count }, "an unknown marker id")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
    }
    do {
        let sets = try MarkerSetReader.parse(bytes, path: "fuzz.ms")
        Fuzz.require(!sets.isEmpty, "no marker set accepted")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
    }
    do {
        let binning = try CAMIBinningFile.parse(bytes, path: "fuzz.binning")
        let again = try CAMIBinningFile.parse(Array(CAMIBinningFile.text(binning).utf8))
        Fuzz.require(again == binning || binning.sequences.contains { $0.hasPrefix("@") || $0.hasPrefix("#") },
                     "a binning changed through its writer")
    } catch {
        Fuzz.checkRejection(error, is: GraphIOError.self, BinningInputError.self)
    }
    return 0
}
