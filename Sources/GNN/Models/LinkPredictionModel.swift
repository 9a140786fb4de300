import GraphCore

/// What a link-prediction model is trained and evaluated on: the node features, the training
/// graph (held-out edges removed) with its cached operators, and the split.
public struct LinkPredictionData {
    public let features: NodeFeatures
    public let split: LinkSplit
    /// The training graph's message-passing operators, built once.
    public let trainGraph: MessageGraph
    /// The training edges (indices into `split.trainPositives`) this process's loss scores: all
    /// of them, or a data-parallel shard (``sharded(_:)``). The encoder still sees the whole
    /// training graph.
    public let lossRange: Range<Int>

    /// Pairs features with a split, caching the training graph's operators.
    /// - Complexity: O(V + E)
    public init(features: NodeFeatures, split: LinkSplit, threads: Int = Parallel.coreCount) {
        precondition(features.nodeCount == split.trainGraph.nodeCount,
                     "\(features.nodeCount) feature rows for \(split.trainGraph.nodeCount) nodes")
        self.features = features
        self.split = split
        trainGraph = MessageGraph(split.trainGraph, threads: threads)
        lossRange = 0 ..< split.trainPositives.count
    }

    private init(_ data: LinkPredictionData, lossRange: Range<Int>) {
        features = data.features
        split = data.split
        trainGraph = data.trainGraph
        self.lossRange = lossRange
    }

    /// The same data with the loss restricted to the training edges `range` (a data-parallel
    /// shard). - Complexity: O(1)
    public func sharded(_ range: Range<Int>) -> LinkPredictionData {
        precondition(range.clamped(to: 0 ..< split.trainPositives.count) == range,
                     "shard \(range) outside the \(split.trainPositives.count) training edges")
        return LinkPredictionData(self, lossRange: range)
    }

    /// The training edges of ``lossRange``. - Complexity: O(1) for all edges, else O(shard).
    public var lossPositives: EdgeList {
        let all = split.trainPositives
        guard lossRange != 0 ..< all.count else { return all }
        return EdgeList(sources: Array(all.sources[lossRange]), targets: Array(all.targets[lossRange]),
                        nodeCount: all.nodeCount)
    }
}

/// A model that learns node embeddings from which edges are scored (GAE, VGAE, masked GAE).
public protocol LinkPredictionModel: Parameterized {
    /// The model's configuration, stored in checkpoints.
    var configuration: [String: String] { get }
    /// The loss of one training step, on the tape.
    func trainingLoss(_ data: LinkPredictionData, generator: inout SeededGenerator) throws -> Tensor
    /// Node embeddings in evaluation mode, the encoder seeing the whole training graph.
    func embeddings(_ data: LinkPredictionData) -> Matrix
    /// The score (a logit) of each edge given the embeddings.
    func scores(_ embeddings: Matrix, _ edges: EdgeList) -> [Float]
}

extension LinkPredictionModel {
    /// ROC-AUC and average precision of telling `positives` from `negatives`
    /// (`test` of PyG's `GAE`). - Complexity: O((P + N) log (P + N)) plus scoring.
    public func test(_ embeddings: Matrix, positives: EdgeList, negatives: EdgeList) -> (auc: Double, ap: Double) {
        let scores = self.scores(embeddings, positives) + self.scores(embeddings, negatives)
        let labels = [Bool](repeating: true, count: positives.count) + [Bool](repeating: false, count: negatives.count)
        return (Metrics.rocAUC(scores: scores, labels: labels) ?? .nan,
                Metrics.averagePrecision(scores: scores, labels: labels) ?? .nan)
    }
}

/// Binary cross-entropy of edge logits: positives labelled 1, negatives 0, each averaged
/// separately and summed (the reconstruction loss of PyG's `GAE.recon_loss`, in its numerically
/// stable logit form). - Complexity: O(P + N)
public func edgeReconstructionLoss(positiveLogits: Tensor, negativeLogits: Tensor) -> Tensor {
    Losses.binaryCrossEntropyWithLogits(positiveLogits, targets: Matrix(rows: positiveLogits.rows, columns: 1, repeating: 1))
        + Losses.binaryCrossEntropyWithLogits(negativeLogits, targets: Matrix(rows: negativeLogits.rows, columns: 1))
}
