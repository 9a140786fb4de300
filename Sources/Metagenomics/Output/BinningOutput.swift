import Foundation
import GraphCore

/// The files `graphtool bin` writes into its output directory, each atomically:
/// - `bins.tsv`: CAMI bioboxes binning (`@@SEQUENCEID\tBINID\tLENGTH`), bins named `bin_N`;
/// - `bin-table.tsv`: per bin its contigs, bases and, with markers, CheckM-style completeness
///   and contamination (percent);
/// - `summary.json`: counts, options and the notes on mismatched inputs;
/// - `latent.npy`: the VAE latent, a row per contig (float32; `--latent` takes it back);
/// - `contig-graph.tsv`: the assembly-graph edges between binned contigs (`contig_a contig_b
///   weight`, as `--edges` reads them), when there are any;
/// - `bins/bin_N.fasta` for bins of at least `minimumFASTABases` (when sequences are known).
public enum BinningOutput {
    /// One row of `bin-table.tsv`.
    public struct BinRow: Codable, Sendable, Equatable {
        public var bin: String
        public var contigs: Int
        public var bases: Int
        public var completeness: Double?
        public var contamination: Double?
    }

    /// The content of `summary.json` (version 1).
    public struct Summary: Codable, Sendable {
        public var version = 1
        public var contigs: Int
        public var bases: Int
        public var bins: Int
        public var binsWithFASTA: Int
        public var model: String
        public var clustering: String
        public var seed: UInt64
        public var notes: [String]
        /// Bins at > 90 % / < 5 % and > 50 % / < 10 % marker completeness / contamination.
        public var markerBins90_5: Int?
        public var markerBins50_10: Int?
    }

    /// The rows of the bin table, largest bin first. - Complexity: O(contigs + markers)
    public static func binTable(_ inputs: BinningInputs, bins: [Int32]) -> [BinRow] {
        var members = [Int32: [Int]]()
        for (i, b) in bins.enumerated() { members[b, default: []].append(i) }
        let quality = inputs.markers.flatMap { m in inputs.markerSets.map { MarkerQuality(sets: $0, markers: m) } }
        return members.keys.sorted().map { b in
            let contigs = members[b]!
            let estimate = quality.map { $0.estimate(contigs, markers: inputs.markers!) }
            return BinRow(bin: "bin_\(b)", contigs: contigs.count, bases: contigs.reduce(0) { $0 + inputs.lengths[$1] },
                          completeness: estimate.map { $0.completeness * 100 }, contamination: estimate.map { $0.contamination * 100 })
        }.sorted { ($0.bases, $1.bin) > ($1.bases, $0.bin) }
    }

    /// Writes every file into `directory` (created when missing) and returns the summary.
    /// - Throws: `GraphIOError.unwritable`.
    /// - Complexity: O(contigs + bases written)
    @discardableResult
    public static func write(_ inputs: BinningInputs, result: Binner.Result, options: Binner.Options, to directory: String,
                             minimumFASTABases: Int = 200_000, sampleID: String = "sample") throws -> Summary {
        try createDirectory(directory)
        let bins = result.bins
        try NPYWriter.write(result.latent, to: URL(fileURLWithPath: "\(directory)/latent.npy"))
        let binning = CAMIBinning(sequences: inputs.names, bins: bins.map { "bin_\($0)" }, lengths: inputs.lengths)
        try CAMIBinningFile.write(binning, to: "\(directory)/bins.tsv", sampleID: sampleID)
        if inputs.edges.count > 0 {
            var edges = "contig_a\tcontig_b\tweight\n"
            for k in 0 ..< inputs.edges.count {
                edges += "\(inputs.names[Int(inputs.edges.first[k])])\t\(inputs.names[Int(inputs.edges.second[k])])\t\(inputs.edges.weights[k])\n"
            }
            try FileIO.writeAtomically(Array(edges.utf8), to: "\(directory)/contig-graph.tsv")
        }
        let table = binTable(inputs, bins: bins)
        var text = "bin\tcontigs\tbases" + (inputs.markerSets != nil && inputs.markers != nil ? "\tcompleteness\tcontamination" : "") + "\n"
        for row in table {
            text += "\(row.bin)\t\(row.contigs)\t\(row.bases)"
            if let c = row.completeness, let x = row.contamination { text += String(format: "\t%.2f\t%.2f", c, x) }
            text += "\n"
        }
        try FileIO.writeAtomically(Array(text.utf8), to: "\(directory)/bin-table.tsv")
        var withFASTA = 0
        if let sequences = inputs.sequences {
            let large = Set(table.filter { $0.bases >= minimumFASTABases }.map(\.bin))
            if !large.isEmpty { try createDirectory("\(directory)/bins") }
            var members = [String: [Int]]()
            for (i, b) in binning.bins.enumerated() where large.contains(b) { members[b, default: []].append(i) }
            for (bin, contigs) in members {
                var bytes: [UInt8] = []
                for c in contigs {
                    bytes += Array(">\(inputs.names[c])\n".utf8)
                    let sequence = sequences.sequence(of: c)
                    var start = sequence.startIndex
                    while start < sequence.endIndex {
                        let end = min(start + 80, sequence.endIndex)
                        bytes += sequence[start ..< end]
                        bytes.append(UInt8(ascii: "\n"))
                        start = end
                    }
                }
                try FileIO.writeAtomically(bytes, to: "\(directory)/bins/\(bin).fasta")
            }
            withFASTA = members.count
        }
        let clustering: String
        switch options.clustering {
        case .medoid: clustering = "medoid"
        case .kMeans(let k): clustering = "k-means (k = \(k))"
        }
        let hasQuality = table.first?.completeness != nil
        let summary = Summary(contigs: inputs.names.count, bases: inputs.lengths.reduce(0, +), bins: table.count, binsWithFASTA: withFASTA,
                              model: options.model.rawValue, clustering: clustering, seed: options.seed, notes: inputs.notes,
                              markerBins90_5: hasQuality ? table.filter { $0.completeness! > 90 && $0.contamination! < 5 }.count : nil,
                              markerBins50_10: hasQuality ? table.filter { $0.completeness! > 50 && $0.contamination! < 10 }.count : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try FileIO.writeAtomically(try encoder.encode(summary) + Data("\n".utf8), to: "\(directory)/summary.json")
        return summary
    }

    private static func createDirectory(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw GraphIOError.unwritable(path: path, reason: "cannot create the directory: \(error.localizedDescription)")
        }
    }
}
