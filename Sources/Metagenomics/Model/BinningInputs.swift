import Foundation
import GraphCore

/// Everything the binner uses, aligned on one contig list, with notes on what did not match
/// (contigs of the graph, the depth file, the pairs or the markers that are not among the
/// contigs): those are reported, never dropped in silence.
public struct BinningInputs: Sendable {
    public var names: [String]
    public var lengths: [Int]
    /// `contigs × samples` raw depths.
    public var depths: Matrix
    /// `contigs × columns` TNF (frequencies, or another composition embedding).
    public var tnf: Matrix
    /// The sequences, when read from FASTA (for per-bin FASTA files).
    public var sequences: ContigSequences?
    /// Assembly-graph adjacencies.
    public var edges = ContigPairs()
    /// Contig pairs that should not share a bin.
    public private(set) var mustDiffer = ContigPairs()
    private var mustDifferKeys = Set<UInt64>()
    public var markers: ContigMarkers?
    public var markerSets: [[String]]?
    /// One line per mismatch between the inputs, for the user.
    public var notes: [String] = []

    /// Inputs over `names` with no graph, pairs or markers yet.
    /// - Precondition: one length, depth row and TNF row per name.
    public init(names: [String], lengths: [Int], depths: Matrix, tnf: Matrix, sequences: ContigSequences? = nil) {
        precondition(lengths.count == names.count && depths.rows == names.count && tnf.rows == names.count)
        self.names = names
        self.lengths = lengths
        self.depths = depths
        self.tnf = tnf
        self.sequences = sequences
    }

    /// The index of each contig name. - Complexity: O(contigs)
    public var index: [String: Int32] {
        Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, Int32($0)) })
    }

    /// Inputs from an assembler's FASTA and a depth file (TNF counted here, on `threads`).
    /// - Throws: reader errors; `BinningInputError.missingContigs` for contigs without depths.
    /// - Complexity: O(file sizes)
    public static func fromAssembly(contigs path: String, depth depthPath: String, minimumLength: Int = FASTAReader.defaultMinimumLength,
                                    threads: Int = Parallel.coreCount) throws -> BinningInputs {
        let sequences = try FASTAReader.read(path: path, minimumLength: minimumLength)
        guard sequences.count > 0 else {
            throw BinningInputError.unusable(path: path, reason: "no contig of at least \(minimumLength) bp; lower --min-length or check the file")
        }
        let depth = try DepthReader.read(path: depthPath)
        let (depths, unused) = try depth.aligned(to: sequences.names, path: depthPath, contigsPath: path)
        var inputs = BinningInputs(names: sequences.names, lengths: (0 ..< sequences.count).map { sequences.length(of: $0) },
                                   depths: depths, tnf: TetranucleotideFrequencies.compute(sequences, threads: threads),
                                   sequences: sequences)
        if sequences.skipped.records > 0 {
            inputs.notes.append("\(path): \(sequences.skipped.records) contigs (\(sequences.skipped.bases) bp) shorter than \(minimumLength) bp left out")
        }
        if unused > 0 {
            inputs.notes.append("\(depthPath): \(unused) rows name contigs not binned (shorter than \(minimumLength) bp or absent from \(path))")
        }
        return inputs
    }

    /// Inputs precomputed by other tools: a contig table (contig, length, depths) and a TNF
    /// matrix with rows in table order.
    /// - Throws: reader errors; `BinningInputError.rowCount` when the TNF rows do not match.
    public static func precomputed(contigTable: String, tnf tnfPath: String) throws -> BinningInputs {
        let table = try DepthReader.read(path: contigTable, layout: .contigTable)
        let tnf = try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: tnfPath))
        guard tnf.rows == table.names.count else {
            throw BinningInputError.rowCount(path: tnfPath, expected: table.names.count, found: tnf.rows)
        }
        return BinningInputs(names: table.names, lengths: table.lengths!, depths: table.depths, tnf: tnf)
    }

    /// Adds the contig graph of an assembly graph, GFA 1 or FASTG (told apart by a first byte
    /// `>`), with the contig paths of `pathsFile` (metaSPAdes `contigs.paths` or metaFlye
    /// `assembly_info.txt`), else the GFA's own `P` lines, else its segments as contigs (a FASTG
    /// edge `N` standing for MEGAHIT's contig `kK_N`).
    public mutating func addAssemblyGraph(gfa: String, paths pathsFile: String?) throws {
        let bytes = try FileIO.readAll(gfa)
        let isFASTG = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) == UInt8(ascii: ">")
        let graph = isFASTG ? try FASTGReader.parse(bytes, path: gfa) : try GFAReader.parse(bytes, path: gfa)
        var paths = try pathsFile.map { try ContigPathsReader.read(path: $0, segments: graph.segmentIndex) }
        if paths == nil && isFASTG { paths = FASTGReader.megahitPaths(graph, contigs: names) }
        edges = ContigAdjacency.build(graph, paths: paths, contigs: index)
        if !edges.unknownNames.isEmpty {
            notes.append("\(pathsFile ?? gfa): \(edges.unknownNames.count) contigs of the graph are not binned (shorter than the minimum or absent from the contigs); their links are not used")
        }
    }

    /// Adds precomputed assembly-graph edges (`contig_a contig_b [weight]`).
    public mutating func addEdges(_ path: String) throws {
        edges = try ContigPairReader.read(path: path, contigs: index, weighted: true)
        note(edges, path, "edges")
    }

    /// Adds must-differ pairs (`contig_a contig_b`).
    public mutating func addMustDiffer(_ path: String) throws {
        let pairs = try ContigPairReader.read(path: path, contigs: index, weighted: false)
        note(pairs, path, "pairs")
        for k in 0 ..< pairs.count { addMustDiffer(pairs.first[k], pairs.second[k]) }
    }

    /// Adds single-copy markers and, when given, the CheckM marker sets; contigs sharing a
    /// marker become must-differ pairs.
    public mutating func addMarkers(_ path: String, sets setsPath: String?) throws {
        let read = try MarkerReader.read(path: path, contigs: index)
        if !read.unknownNames.isEmpty {
            notes.append("\(path): \(read.unknownNames.count) contigs carrying markers are not binned; their markers are not used")
        }
        markers = read
        markerSets = try setsPath.map { try MarkerSetReader.read(path: $0) }
        var carriers = [[Int32]](repeating: [], count: read.markerNames.count)
        for (contig, ids) in read.markersOfContig.enumerated() {
            for id in Set(ids) { carriers[Int(id)].append(Int32(contig)) }
        }
        for contigs in carriers {
            for a in contigs.indices {
                for b in a + 1 ..< contigs.count { addMustDiffer(contigs[a], contigs[b]) }
            }
        }
    }

    /// Adds a must-differ pair unless it is already there (either way round).
    private mutating func addMustDiffer(_ a: Int32, _ b: Int32) {
        let key = UInt64(UInt32(min(a, b))) << 32 | UInt64(UInt32(max(a, b)))
        if mustDifferKeys.insert(key).inserted { mustDiffer.append(a, b) }
    }

    private mutating func note(_ pairs: ContigPairs, _ path: String, _ what: String) {
        if pairs.droppedPairs > 0 {
            notes.append("\(path): \(pairs.droppedPairs) \(what) not used (\(pairs.unknownNames.count) contig names not binned, or a contig paired with itself)")
        }
    }
}
