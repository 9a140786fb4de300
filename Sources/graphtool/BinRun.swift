import ArgumentParser
import Foundation
import GraphCore
import Metagenomics

/// `graphtool bin [run]`: contigs, depths and the assembly graph → genome bins.
struct BinRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Bin contigs: TNF + depths → VAE → graph refinement → clusters.",
        discussion: """
            From an assembly: CONTIGS (FASTA, plain or gzip; contigs below --min-length left \
            out) with --depth (jgi_summarize_bam_contig_depths output, or a TSV of contig and \
            one depth per sample), and optionally --graph (GFA 1, or FASTG as SPAdes and \
            MEGAHIT's contig2fastg write it) with --paths (metaSPAdes contigs.paths or metaFlye \
            assembly_info.txt; without it the GFA's P lines, or the segments as contigs, FASTG \
            edge N being MEGAHIT's contig kK_N). From precomputed features: --contig-table (contig, length, \
            depths) and --tnf (.npy, rows in table order), with --edges (contig_a contig_b \
            [weight]). Either way --must-differ (pairs) and --markers with --marker-sets (CheckM \
            .ms) keep contigs that share a single-copy marker apart; --latent (.npy) replaces \
            the VAE with a given embedding. OUTDIR receives bins.tsv (CAMI bioboxes), \
            bin-table.tsv, summary.json, latent.npy (the VAE latent) and bins/bin_N.fasta (bins of at least --min-bin-size \
            bp, from FASTA input). Inputs that do not match (contigs without depths are an \
            error; graph contigs, pairs or markers naming contigs not binned) are reported on \
            stderr and in summary.json.
            """
    )

    enum Clustering: String, ExpressibleByArgument, CaseIterable {
        case medoid, kmeans
    }

    @Argument(help: "Contigs (FASTA, plain or gzip).") var contigs: String?
    @Option(help: "Depths: jgi_summarize_bam_contig_depths output or an abundance TSV.") var depth: String?
    @Option(help: "Assembly graph (GFA 1 or FASTG).") var graph: String?
    @Option(help: "Contig paths through the GFA: metaSPAdes contigs.paths or metaFlye assembly_info.txt.") var paths: String?
    @Option(help: "Precomputed: contig, length, then one depth column per sample.") var contigTable: String?
    @Option(help: "Precomputed: TNF (.npy float32, rows in contig-table order).") var tnf: String?
    @Option(help: "Precomputed: assembly-graph edges, contig_a contig_b [weight].") var edges: String?
    @Option(help: "Pairs of contigs that must not share a bin.") var mustDiffer: String?
    @Option(help: "Single-copy markers: contig and marker id per line.") var markers: String?
    @Option(help: "CheckM marker sets (.ms) for completeness and contamination.") var markerSets: String?
    @Option(help: "TNF columns the VAE sees: 136 (the canonical 4-mers) or 103 (VAMB's projection of them).") var tnfColumns = 136
    @Option(help: "A given embedding (.npy float32, a row per contig) instead of the VAE.") var latent: String?
    @Option(help: "Model: vae, vae+gcn, vae+sage or vae+gat.") var model: Binner.Model = .vae
    @Option(help: "Clustering: medoid (VAMB's iterative medoid, cosine) or kmeans (needs --clusters).") var clustering: Clustering = .medoid
    @Option(help: "Number of clusters for --clustering kmeans.") var clusters: Int?
    @Option(help: "Cosine-distance radius of the medoid clustering (its fallback threshold).") var radius: Float = 0.05
    @Flag(help: "Split bins that hold a must-differ pair (contigs sharing a single-copy marker).") var split = false
    @Flag(help: "Do not merge bins along the assembly graph.") var noMerge = false
    @Option(help: "Shortest contig binned, in bp (FASTA input).") var minLength = FASTAReader.defaultMinimumLength
    @Option(help: "Smallest bin written as FASTA, in bp.") var minBinSize = 200_000
    @Option(help: "VAE epochs.") var epochs = 300
    @Option(help: "Graph-stage epochs.") var graphEpochs = 300
    @Option(help: "Weight λ of the must-differ term.") var lambda: Float = 100
    @Option(help: "VAE: weight of the cannot-link penalty on must-differ pairs (0: off).") var cannotLinkWeight: Float = 0
    @Option(help: "VAE: weight of the must-link penalty on graph edges with agreeing depths (0: off).") var mustLinkWeight: Float = 0
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(name: .customLong("threads"), help: ThreadCount.help) var threadCount: ThreadCount = .allCores
    @Option(name: .shortAndLong, help: "Output directory.") var output: String
    @OptionGroup var quietOption: QuietOption

    func validate() throws {
        let assembly = contigs != nil || depth != nil || graph != nil
        let precomputed = contigTable != nil || tnf != nil || edges != nil
        guard assembly != precomputed else {
            throw ValidationError("give CONTIGS with --depth, or --contig-table with --tnf (not both)")
        }
        if assembly, contigs == nil || depth == nil { throw ValidationError("CONTIGS needs --depth (and --depth needs CONTIGS)") }
        if precomputed, contigTable == nil || tnf == nil { throw ValidationError("--contig-table and --tnf go together") }
        if paths != nil && graph == nil { throw ValidationError("--paths needs --graph") }
        if markerSets != nil && markers == nil { throw ValidationError("--marker-sets needs --markers") }
        if clustering == .kmeans, (clusters ?? 0) <= 0 { throw ValidationError("--clustering kmeans needs --clusters K (K ≥ 1)") }
        guard tnfColumns == 136 || tnfColumns == 103 else { throw ValidationError("--tnf-columns must be 136 or 103") }
        guard radius > 0, radius < 1 else { throw ValidationError("--radius must be between 0 and 1") }
        guard cannotLinkWeight >= 0, mustLinkWeight >= 0 else { throw ValidationError("--cannot-link-weight and --must-link-weight must be at least 0") }
        guard epochs > 0, graphEpochs > 0, threadCount.count > 0, minLength > 0 else {
            throw ValidationError("--epochs, --graph-epochs, --threads and --min-length must be positive")
        }
    }

    func run() throws {
        let threads = threadCount.count
        var inputs: BinningInputs
        if let contigs, let depth {
            inputs = try BinningInputs.fromAssembly(contigs: contigs, depth: depth, minimumLength: minLength, threads: threads)
            if let graph { try inputs.addAssemblyGraph(gfa: graph, paths: paths) }
        } else {
            inputs = try BinningInputs.precomputed(contigTable: contigTable!, tnf: tnf!)
            if let edges { try inputs.addEdges(edges) }
        }
        if let mustDiffer { try inputs.addMustDiffer(mustDiffer) }
        if let markers { try inputs.addMarkers(markers, sets: markerSets) }
        for note in inputs.notes { quietOption.warn("note: \(note)") }
        let given = try latent.map { try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: $0)) }
        var options = Binner.Options()
        options.model = model
        options.clustering = clustering == .kmeans ? .kMeans(clusters!) : .medoid
        options.vae.epochs = epochs
        options.graph.epochs = graphEpochs
        options.graph.lambda = lambda
        options.constraints.cannotLinkWeight = cannotLinkWeight
        options.constraints.mustLinkWeight = mustLinkWeight
        options.seed = seed
        options.splitConflicts = split
        options.mergeAlongGraph = !noMerge
        options.medoid.radius = radius
        options.projectTNF = tnfColumns == 103
        options.threads = threads
        let result = try Binner.run(inputs, options: options, latent: given) { quietOption.note($0) }
        let summary = try BinningOutput.write(inputs, result: result, options: options, to: output, minimumFASTABases: minBinSize)
        quietOption.note("wrote \(output)/bins.tsv: \(summary.contigs) contigs in \(summary.bins) bins")
    }
}

extension Binner.Model: ExpressibleByArgument {}
