import Foundation

/// A graph data set stored as a directory of text files, in the layout of `shared/data/cora`:
///
/// - `edges.tsv`: `u<TAB>v [weight]` per edge (required; see `EdgeListReader`);
/// - `features.tsv`: `node<TAB>feature-index` per feature that is 1 (optional; see
///   `FeatureListReader`);
/// - `labels.tsv`: `node<TAB>class` per node, `-1` for unlabeled (optional; see
///   `LabelListReader`).
///
/// The node count is one more than the largest id in any of the files, so nodes that only
/// appear in `features.tsv` or `labels.tsv` are isolated nodes of the graph.
///
/// ```swift
/// let cora = try LinkDataset.load(directory: URL(fileURLWithPath: "shared/data/cora"))
/// // cora.nodeCount == 2708, cora.edges.count == 5278, cora.features?.columns == 1433
/// ```
public struct LinkDataset: Sendable {
    /// The edges as listed in `edges.tsv`, over `nodeCount` nodes.
    public var edges: EdgeList
    /// The graph built from `edges` with the options given to `load`.
    public var graph: Graph
    /// The dense 0/1 features, `nodeCount × featureCount`, or `nil` without `features.tsv`.
    public var features: Matrix?
    /// One class per node (`-1` = unlabeled), or `nil` without `labels.tsv`.
    public var labels: [Int32]?

    /// Number of nodes. - Complexity: O(1)
    public var nodeCount: Int { graph.nodeCount }
    /// Number of feature columns (0 without features). - Complexity: O(1)
    public var featureCount: Int { features?.columns ?? 0 }
    /// Number of classes, one more than the largest label (0 without labels). - Complexity: O(V)
    public var classCount: Int { Int(labels?.max() ?? -1) + 1 }

    /// Loads the data set in `directory`; the graph is built with `options` (undirected by
    /// default, as each undirected edge is listed once).
    ///
    /// - Parameter nodeCount: when given, every id must be below it and the data set has that
    ///   many nodes; otherwise one more than the largest id in any file, each file's ids within
    ///   `ListSizeLimits` for its number of lines, and the dense features within the entry limit
    ///   for all the lines read.
    /// - Throws: `GraphIOError` naming the file, and the line for malformed input.
    /// - Complexity: O(file sizes + V × featureCount + E log d)
    public static func load(directory: URL, nodeCount: Int? = nil,
                            options: GraphBuilder.Options = .init(directed: false)) throws -> LinkDataset {
        let edgeFile = directory.appendingPathComponent("edges.tsv")
        let featureFile = directory.appendingPathComponent("features.tsv")
        let labelFile = directory.appendingPathComponent("labels.tsv")
        let exists = { (url: URL) in FileManager.default.fileExists(atPath: url.path) }

        try ListSizeLimits._checkGiven(nodeCount, "node count", path: directory.path)
        var edges = try EdgeListReader.read(contentsOf: edgeFile, nodeCount: nodeCount)
        let featurePairs = try exists(featureFile)
            ? FileIO.readAll(featureFile.path).withUnsafeBytes { try FeatureListReader._pairs(raw: $0, path: featureFile.path) }
            : nil
        let labelPairs = try exists(labelFile)
            ? FileIO.readAll(labelFile.path).withUnsafeBytes { try LabelListReader._pairs(raw: $0, path: labelFile.path) }
            : nil
        try featurePairs?.checkNodes(below: nodeCount)
        try labelPairs?.checkNodes(below: nodeCount)
        let count = nodeCount ?? max(edges.nodeCount, (featurePairs?.largestNode.value ?? -1) + 1,
                                     (labelPairs?.largestNode.value ?? -1) + 1)
        edges.nodeCount = count
        let graph = try edges.graph(options: options)
        let records = edges.count + (featurePairs?.records ?? 0) + (labelPairs?.records ?? 0)
        let features = try featurePairs.map {
            try FeatureListReader._matrix($0, rows: count, rowsGiven: nodeCount != nil, featureCount: nil,
                                          records: records)
        }
        let labels = try labelPairs.map { try LabelListReader._labels($0, count: count) }
        return LinkDataset(edges: edges, graph: graph, features: features, labels: labels)
    }
}
