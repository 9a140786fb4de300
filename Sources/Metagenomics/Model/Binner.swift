import GraphCore

/// The binning method end to end: contig features → VAE latent (or a latent given) → optional
/// graph refinement → clustering of `[latent ‖ refined]` rows (each part scaled to unit length)
/// → optionally bins split on must-differ pairs → bins merged along the assembly graph.
public enum Binner {
    /// The embedding model.
    public enum Model: String, Sendable, CaseIterable {
        case vae
        case vaeGCN = "vae+gcn"
        case vaeSAGE = "vae+sage"
        case vaeGAT = "vae+gat"

        /// The convolution of the graph stage, `nil` for the VAE alone.
        public var convolution: GraphRefinement.Convolution? {
            switch self {
            case .vae: return nil
            case .vaeGCN: return .gcn
            case .vaeSAGE: return .sage
            case .vaeGAT: return .gat
            }
        }
    }

    /// How embeddings become bins.
    public enum Clustering: Sendable, Equatable {
        /// VAMB's iterative medoid clustering (cosine).
        case medoid
        /// k-means with `k` clusters on the unit rows.
        case kMeans(Int)
    }

    /// Options of a run.
    public struct Options: Sendable {
        public var model: Model = .vae
        public var clustering: Clustering = .medoid
        public var vae = ContigVAE.Options()
        public var graph = GraphRefinement.Options()
        /// Pair constraints in the VAE's loss (off by default).
        public var constraints = LatentConstraints.Options()
        public var medoid = MedoidClustering()
        /// Project 136-column TNF to VAMB's 103 columns (`TNFProjection`) before the VAE. Off by
        /// default: on Strong100 it scored level with the 136 columns (BENCHMARKS.md) and it
        /// separated the shipped example's three genomes less often.
        public var projectTNF = false
        /// Split bins holding must-differ pairs (`ConstrainedSplit`).
        public var splitConflicts = false
        /// Merge bins along the assembly graph, respecting must-differ pairs (`GraphMerge`).
        public var mergeAlongGraph = true
        public var seed: UInt64 = 1
        public var threads = Parallel.coreCount

        public init() {}
    }

    /// What a run produced.
    public struct Result: Sendable {
        /// The bin of each contig, 0, 1, ….
        public var bins: [Int32]
        /// The rows that were clustered.
        public var embedding: Matrix
        /// The VAE latent (or the latent given), `contigs × L`.
        public var latent: Matrix
        /// Mean loss of each VAE epoch (empty with a latent given).
        public var vaeLosses: [Float]
    }

    /// Bins `inputs`; `latent`, when given (`contigs × L`), replaces the VAE. `progress` gets
    /// one line per stage and a line every few epochs.
    /// - Throws: `TrainingError`, `GraphError`, `BinningInputError.rowCount` for a latent of the
    ///   wrong height.
    /// - Complexity: that of the VAE, the graph stage and the clustering.
    public static func run(_ inputs: BinningInputs, options: Options, latent given: Matrix? = nil,
                           progress: (String) -> Void = { _ in }) throws -> Result {
        var generator = SeededGenerator(seed: options.seed)
        var losses: [Float] = []
        let latent: Matrix
        if let given {
            guard given.rows == inputs.names.count else {
                throw BinningInputError.rowCount(path: "latent", expected: inputs.names.count, found: given.rows)
            }
            latent = given
        } else {
            let project = options.projectTNF && inputs.tnf.columns == TetranucleotideFrequencies.dimension
            let features = ContigFeatures(depths: inputs.depths, tnf: project ? TNFProjection.project(inputs.tnf) : inputs.tnf,
                                          lengths: inputs.lengths)
            let vae = ContigVAE(samples: features.abundance.columns, tnfColumns: features.tnf.columns,
                                options: options.vae, generator: &generator)
            progress("VAE: \(inputs.names.count) contigs, \(features.abundance.columns) samples, \(options.vae.epochs) epochs")
            let constraints = LatentConstraints(mustDiffer: inputs.mustDiffer, edges: inputs.edges, depths: inputs.depths,
                                                options: options.constraints)
            if constraints.isActive {
                progress("VAE constraints: \(constraints.cannotLink.count) cannot-link, \(constraints.mustLink.count) must-link pairs")
            }
            losses = try vae.train(features, constraints: constraints, generator: &generator) { epoch, loss in
                if epoch % 50 == 0 || epoch == options.vae.epochs { progress("VAE epoch \(epoch): loss \(loss)") }
            }
            latent = vae.embed(features)
        }
        var embedding = MedoidClustering.unitRows(latent)
        if let convolution = options.model.convolution, inputs.edges.count + inputs.mustDiffer.count > 0 {
            var graphOptions = options.graph
            graphOptions.convolution = convolution
            progress("graph stage (\(convolution.rawValue)): \(inputs.edges.count) edges, \(inputs.mustDiffer.count) must-differ pairs")
            let refined = try GraphRefinement.refine(embedding, edges: inputs.edges, mustDiffer: inputs.mustDiffer,
                                                     options: graphOptions, threads: options.threads, generator: &generator) { epoch, loss in
                if epoch % 100 == 0 || epoch == graphOptions.epochs { progress("graph epoch \(epoch): loss \(loss)") }
            }
            embedding = embedding.concatenatingColumns(MedoidClustering.unitRows(refined))
        }
        var bins: [Int32]
        switch options.clustering {
        case .medoid:
            bins = options.medoid.cluster(embedding, generator: &generator)
        case .kMeans(let k):
            bins = try KMeans.cluster(MedoidClustering.unitRows(embedding), k: k, using: &generator)
        }
        progress("clustering: \(Set(bins).count) bins")
        if options.splitConflicts && inputs.mustDiffer.count > 0 {
            bins = ConstrainedSplit.split(bins, embedding: embedding, lengths: inputs.lengths, mustDiffer: inputs.mustDiffer)
            progress("split on must-differ pairs: \(Set(bins).count) bins")
        }
        if options.mergeAlongGraph && inputs.edges.count > 0 {
            bins = GraphMerge.merge(bins, edges: inputs.edges, mustDiffer: inputs.mustDiffer)
            progress("merged along the assembly graph: \(Set(bins).count) bins")
        }
        return Result(bins: bins, embedding: embedding, latent: latent, vaeLosses: losses)
    }
}

extension Matrix {
    /// `self` and `other` side by side. - Complexity: O(rows × (columns + other.columns))
    func concatenatingColumns(_ other: Matrix) -> Matrix {
        precondition(rows == other.rows)
        var out = Matrix(rows: rows, columns: columns + other.columns)
        for i in 0 ..< rows {
            for j in 0 ..< columns { out[i, j] = self[i, j] }
            for j in 0 ..< other.columns { out[i, columns + j] = other[i, j] }
        }
        return out
    }
}
