/// Equivalence retrieval of pairs of equivalent circuits, measured for the embedding and for
/// the trivial baseline side by side, over all circuits and inside groups of equal interface.
///
/// - **All circuits:** the embedding ranks by cosine similarity of graph embeddings; the
///   baseline ranks by ``CircuitShape/distance(to:)`` (inputs, latches, outputs, log ANDs), which
///   already separates most circuits because equivalent ones share their interface.
/// - **Within interface:** a query's candidates are only the circuits of its own interface
///   (same inputs, latches and outputs), so the interface tells nothing and only the logic can:
///   the embedding against the nearest by log ANDs, and chance (1 / candidates). Queries with no
///   other candidate than their partner are left out.
public struct RetrievalEvaluation: Sendable, Codable {
    /// One ranker's result over a set of queries.
    public struct Score: Sendable, Codable, Equatable {
        /// Queries ranked.
        public var queries: Int
        /// Queries whose partner was strictly nearest.
        public var correct: Int
        /// `correct / queries` (0 without queries).
        public var top1: Double
        /// Top-1 over the queries that are originals (indices below ``RetrievalEvaluation/originals``).
        public var top1Originals: Double
        /// Mean rank of the partner (1 is best).
        public var meanPartnerRank: Double

        /// The score of `hits`, with originals below `originals`. - Complexity: O(hits)
        public init(_ hits: [EquivalenceRetrieval.Hit], originals: Int) {
            queries = hits.count
            correct = hits.filter(\.correct).count
            top1 = EquivalenceRetrieval.top1(hits)
            top1Originals = EquivalenceRetrieval.top1(hits.filter { $0.query < originals })
            meanPartnerRank = hits.isEmpty ? 0 : hits.map { Double($0.partnerRank) }.reduce(0, +) / Double(hits.count)
        }
    }

    /// Circuits `0 ..< originals` are the originals, the rest their equivalents.
    public var originals: Int
    /// Per query over all circuits: by embedding.
    public var embeddingHits: [EquivalenceRetrieval.Hit]
    /// Per query over all circuits: by shape (the trivial baseline).
    public var shapeHits: [EquivalenceRetrieval.Hit]
    /// Over all circuits: the embedding.
    public var embedding: Score
    /// Over all circuits: the baseline.
    public var shape: Score
    /// Per query inside its interface group: by embedding.
    public var withinInterfaceEmbeddingHits: [EquivalenceRetrieval.Hit]
    /// Per query inside its interface group: by log ANDs.
    public var withinInterfaceShapeHits: [EquivalenceRetrieval.Hit]
    /// Inside interface groups: the embedding.
    public var withinInterfaceEmbedding: Score
    /// Inside interface groups: nearest by log ANDs.
    public var withinInterfaceShape: Score
    /// Inside interface groups: the expected top-1 of a uniformly random pick, the mean of
    /// 1 / candidates over the queries.
    public var withinInterfaceChance: Double
    /// Interface groups holding at least one query with a distractor.
    public var interfaceGroups: Int

    /// Ranks every circuit against the others, by `embeddings` and by `shapes`.
    /// - Parameters:
    ///   - embeddings: one graph embedding per circuit, all of one width.
    ///   - shapes: one ``CircuitShape`` per circuit.
    ///   - partner: each circuit's equivalent.
    ///   - originals: circuits below this index count as originals in ``Score/top1Originals``.
    /// - Precondition: equal counts; `partner[i] != i`, every partner a valid index.
    /// - Complexity: O(N² × width)
    public init(embeddings: [[Float]], shapes: [CircuitShape], partner: [Int], originals: Int) {
        let n = embeddings.count
        precondition(shapes.count == n && partner.count == n, "one shape and one partner per embedding")
        self.originals = originals
        let byEmbedding = { (i: Int, j: Int) in EquivalenceRetrieval.cosine(embeddings[i], embeddings[j]) }
        let byShape = { (i: Int, j: Int) in -shapes[i].distance(to: shapes[j]) }
        embeddingHits = EquivalenceRetrieval.hits(count: n, partner: partner, similarity: byEmbedding)
        shapeHits = EquivalenceRetrieval.hits(count: n, partner: partner, similarity: byShape)
        embedding = Score(embeddingHits, originals: originals)
        shape = Score(shapeHits, originals: originals)

        let sameInterface = { (i: Int, j: Int) in shapes[i].hasSameInterface(as: shapes[j]) }
        let keep = { (hits: [EquivalenceRetrieval.Hit]) in hits.filter { $0.candidates >= 2 } }
        withinInterfaceEmbeddingHits = keep(EquivalenceRetrieval.hits(count: n, partner: partner, isCandidate: sameInterface,
                                                                       similarity: byEmbedding))
        withinInterfaceShapeHits = keep(EquivalenceRetrieval.hits(count: n, partner: partner, isCandidate: sameInterface,
                                                                   similarity: byShape))
        withinInterfaceEmbedding = Score(withinInterfaceEmbeddingHits, originals: originals)
        withinInterfaceShape = Score(withinInterfaceShapeHits, originals: originals)
        let queries = withinInterfaceEmbeddingHits
        withinInterfaceChance = queries.isEmpty ? 0 : queries.map { 1 / Double($0.candidates) }.reduce(0, +) / Double(queries.count)
        interfaceGroups = Set(queries.map { InterfaceKey(shapes[$0.query]) }).count
    }

    /// The interface part of a shape, for counting groups.
    private struct InterfaceKey: Hashable {
        let inputs: Int, latches: Int, outputs: Int
        init(_ s: CircuitShape) { (inputs, latches, outputs) = (s.inputs, s.latches, s.outputs) }
    }
}
