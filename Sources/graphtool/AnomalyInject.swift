import ArgumentParser
import Foundation
import GNN
import GraphCore

/// `graphtool anomaly inject`: a copy of a data set with planted anomalies and their truth.
struct AnomalyInject: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inject",
        abstract: "Plant structural (clique) and contextual (swapped-attribute) anomalies into a data set.",
        discussion: """
            Reads DATA_DIR (edges.tsv, features.tsv, optional labels.tsv) and writes OUT_DIR in \
            the same layout with the anomalies planted, plus anomalies.tsv (node<TAB>kind: 0 \
            normal, 1 structural, 2 contextual, 3 both). PyGOD's protocol, seeded: --cliques \
            groups of --clique-size random nodes become cliques; --contextual random nodes each \
            take the features of the farthest (Euclidean) of --candidates random nodes. \
            labels.tsv and split.tsv are copied unchanged. 'graphtool anomaly OUT_DIR' then \
            reports the ROC-AUC of its scores.
            """
    )

    @Argument(help: "Dataset directory (edges.tsv, features.tsv, optional labels.tsv).") var dataDirectory: String
    @Argument(help: "Directory to write the data set with anomalies into (created if missing).") var outputDirectory: String
    @Option(help: "Number of cliques (structural anomalies).") var cliques = 5
    @Option(help: "Nodes per clique.") var cliqueSize = 15
    @Option(help: "Number of contextual anomalies.") var contextual = 75
    @Option(help: "Nodes drawn per contextual anomaly; the farthest lends its features.") var candidates = 50
    @Option(help: "Random seed.") var seed: UInt64 = 0
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func validate() throws {
        guard cliques >= 0, cliqueSize >= 0, contextual >= 0 else {
            throw ValidationError("--cliques, --clique-size and --contextual must be non-negative")
        }
        guard candidates > 0 else { throw ValidationError("--candidates must be positive") }
    }

    func run() throws {
        let directory = URL(fileURLWithPath: dataDirectory)
        let dataset = try LinkDataset.load(directory: directory)
        guard let features = dataset.features else {
            throw CLIError.invalidValues(path: dataDirectory, reason: "contextual anomalies swap node features; the data set needs features.tsv (node<TAB>feature index per line)")
        }
        let n = dataset.nodeCount
        guard cliques * cliqueSize <= n, contextual <= n, contextual == 0 || candidates <= n else {
            throw CLIError.invalidValues(path: dataDirectory, reason: "the graph has \(n) nodes: too few for \(cliques) cliques of \(cliqueSize), \(contextual) contextual anomalies and \(candidates) candidates each")
        }
        var generator = SeededGenerator(seed: seed)
        let options = AnomalyInjection.Options(cliqueCount: cliques, cliqueSize: cliqueSize,
                                               contextualCount: contextual, candidates: candidates)
        let planted = AnomalyInjection.inject(into: dataset.graph, features: features, options: options, using: &generator)

        let out = URL(fileURLWithPath: outputDirectory)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try EdgeListWriter().write(planted.graph, to: out.appendingPathComponent("edges.tsv"))
        try FileIO.writeAtomically(Array(Self.featureList(planted.features).utf8),
                                   to: out.appendingPathComponent("features.tsv").path)
        var kinds = [Int](repeating: 0, count: n)
        for node in planted.structural { kinds[Int(node)] |= 1 }
        for node in planted.contextual { kinds[Int(node)] |= 2 }
        try FileIO.writeAtomically(Array(kinds.enumerated().map { "\($0)\t\($1)\n" }.joined().utf8),
                                   to: out.appendingPathComponent("anomalies.tsv").path)
        for name in ["labels.tsv", "split.tsv"] {
            let source = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: source.path) else { continue }
            try FileIO.writeAtomically(try FileIO.readRaw(source.path), to: out.appendingPathComponent(name).path)
        }

        let report = AnomalyInjectionReport(
            data: dataDirectory, output: outputDirectory, seed: seed, nodes: n,
            edgesBefore: dataset.graph.edgeCount / 2, edgesAfter: planted.graph.edgeCount / 2,
            structural: planted.structural.count, contextual: planted.contextual.count,
            anomalous: kinds.filter { $0 > 0 }.count)
        if json {
            print(try JSONText.of(report))
        } else {
            print("\(outputDirectory): \(report.anomalous) anomalous nodes of \(n) (\(report.structural) in cliques, \(report.contextual) contextual); edges \(report.edgesBefore) → \(report.edgesAfter)")
        }
    }

    /// `node<TAB>feature` for every non-zero feature, as `FeatureListReader` reads them.
    /// - Precondition: the features are 0 or 1 (those `features.tsv` can hold).
    static func featureList(_ features: Matrix) -> String {
        var text = ""
        for node in 0 ..< features.rows {
            for (column, value) in features.row(node).enumerated() where value != 0 { text += "\(node)\t\(column)\n" }
        }
        return text
    }
}

/// The JSON document of `graphtool anomaly inject --json`; bump `format` when fields change meaning.
struct AnomalyInjectionReport: Codable {
    var format = 1
    let data: String
    let output: String
    let seed: UInt64
    let nodes: Int
    /// Undirected edges before and after the cliques.
    let edgesBefore: Int
    let edgesAfter: Int
    /// Clique members and contextual anomalies drawn (a node may be both).
    let structural: Int
    let contextual: Int
    /// Nodes of either kind.
    let anomalous: Int

    enum CodingKeys: String, CodingKey {
        case format, data, output, seed, nodes, structural, contextual, anomalous
        case edgesBefore = "edges_before", edgesAfter = "edges_after"
    }
}
