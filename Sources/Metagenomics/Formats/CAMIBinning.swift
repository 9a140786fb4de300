import GraphCore

/// A binning in the CAMI bioboxes format (version 0.9.0): one sequence per line with its bin
/// (a genome, for a gold standard) and, optionally, its length.
///
///     @Version:0.9.0
///     @SampleID:sample
///     @@SEQUENCEID\tBINID\tLENGTH
///     contig_1\tbin_3\t5000
public struct CAMIBinning: Sendable, Equatable {
    /// Sequence names, in file order.
    public var sequences: [String]
    /// The bin of each sequence.
    public var bins: [String]
    /// The length of each sequence when the file has a `LENGTH` column.
    public var lengths: [Int]?

    /// A binning as given. - Precondition: equal counts.
    public init(sequences: [String], bins: [String], lengths: [Int]? = nil) {
        precondition(sequences.count == bins.count && (lengths?.count ?? bins.count) == bins.count)
        self.sequences = sequences
        self.bins = bins
        self.lengths = lengths
    }
}

/// Reads and writes CAMI bioboxes binnings. The reader takes the columns the `@@` header names
/// (`SEQUENCEID` and `BINID` required, `LENGTH` optional, others such as `TAXID` ignored),
/// skips `@` header and `#` comment lines, and rejects a sequence given twice.
public enum CAMIBinningFile {
    /// Reads the binning at `path`. - Complexity: O(file size)
    public static func read(path: String) throws -> CAMIBinning {
        try parse(TextLines(contentsOf: path))
    }

    /// Parses a binning held in memory; `path` names it in errors. - Complexity: O(bytes)
    public static func parse(_ bytes: [UInt8], path: String = "<memory>") throws -> CAMIBinning {
        try parse(TextLines(bytes, path: path))
    }

    private static func parse(_ lines: TextLines) throws -> CAMIBinning {
        var columns: (sequence: Int, bin: Int, length: Int?)?
        var binning = CAMIBinning(sequences: [], bins: [], lengths: nil)
        var lengths: [Int] = []
        var seen = Set<String>()
        for line in lines where !line.isBlank && line.firstByte != UInt8(ascii: "#") {
            let first = line.string(0)
            if first.hasPrefix("@@") {
                let names = (0 ..< line.fields.count).map { line.string($0).uppercased() }
                    .map { $0.hasPrefix("@@") ? String($0.dropFirst(2)) : $0 }
                guard let s = names.firstIndex(of: "SEQUENCEID"), let b = names.firstIndex(of: "BINID") else {
                    throw line.error(at: 0, expected: "a column header naming SEQUENCEID and BINID", found: "\"\(line.text.prefix(40))\"")
                }
                columns = (s, b, names.firstIndex(of: "LENGTH"))
                continue
            }
            if first.hasPrefix("@") { continue }
            guard let c = columns else {
                throw line.error(at: 0, expected: "the column header (@@SEQUENCEID\tBINID) before the first sequence",
                                 found: "\"\(first.prefix(40))\"")
            }
            let needed = max(c.sequence, c.bin, c.length ?? 0) + 1
            try line.require(needed, "\(needed) columns, as the @@ header names")
            let name = line.string(c.sequence)
            guard seen.insert(name).inserted else {
                throw BinningInputError.duplicateContig(path: line.path, line: line.number, name: name)
            }
            binning.sequences.append(name)
            binning.bins.append(line.string(c.bin))
            if let l = c.length { lengths.append(try line.integer(l, in: 0 ... Int(Int32.max), "a sequence length (a non-negative integer)")) }
        }
        if columns?.length != nil { binning.lengths = lengths }
        return binning
    }

    /// The binning as CAMI bioboxes text (lengths written when present).
    /// - Complexity: O(sequences)
    public static func text(_ binning: CAMIBinning, sampleID: String = "sample") -> String {
        var out = "@Version:0.9.0\n@SampleID:\(sampleID)\n@@SEQUENCEID\tBINID\(binning.lengths == nil ? "" : "\tLENGTH")\n"
        for i in binning.sequences.indices {
            out += "\(binning.sequences[i])\t\(binning.bins[i])"
            if let lengths = binning.lengths { out += "\t\(lengths[i])" }
            out += "\n"
        }
        return out
    }

    /// Writes the binning to `path` atomically. - Complexity: O(sequences)
    public static func write(_ binning: CAMIBinning, to path: String, sampleID: String = "sample") throws {
        try FileIO.writeAtomically(Array(text(binning, sampleID: sampleID).utf8), to: path)
    }
}
