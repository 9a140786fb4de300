import ArgumentParser
import Distributed
import Foundation
import GraphCore
import GraphPartition

/// `graphtool partition`: split a graph with METIS into one part per MPI rank, with halos and
/// exchange plans, for partition-parallel training.
struct PartitionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partition",
        abstract: "Split a graph with METIS into parts with halo maps, one per MPI rank.",
        discussion: """
            Reads GRAPH (an edge list, a dataset directory or a circuit, as 'graphtool stats'), \
            partitions it with METIS k-way (edges taken both ways, seeded), and writes \
            DIR/membership.npy (the part of every node) and DIR/part-R/ for each rank R: its nodes \
            (owned, then the halo of other ranks' nodes that send to them), their incoming edges in \
            local indices, the nodes' GCN degrees in the whole graph, and which owned rows each \
            other rank needs. Rank R of 'mpirun -np N' reads DIR/part-R alone. Prints the parts' \
            sizes, halos and edge cut (--json for one JSON object).
            """
    )

    @Argument(help: "The graph: an edge list (.tsv .csv .txt .edges .el), a dataset directory or a circuit.") var graph: String
    @Option(help: "Number of parts (MPI ranks).") var parts: Int
    @Option(name: .shortAndLong, help: "Directory to write the parts into.") var output: String
    @Option(help: "METIS random seed.") var seed: Int32 = 0
    @Flag(help: "Read edge lists as undirected.") var undirected = false
    @Flag(help: "Print one JSON object instead of text.") var json = false

    func validate() throws {
        guard parts >= 1 else { throw ValidationError("--parts must be at least 1") }
    }

    func run() throws {
        let loaded = try LoadedGraph.load(graph, undirected: undirected).graph
        let membership = try METIS.partition(loaded, parts: parts, seed: seed).membership
        let split = try LocalPartition.split(loaded, membership: membership, parts: parts)
        let directory = URL(fileURLWithPath: output)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try NPYWriter.write(membership, to: directory.appendingPathComponent("membership.npy"))
        for part in split { try part.write(to: directory) }
        let report = PartitionReport(graph: graph, output: output, parts: parts, nodes: loaded.nodeCount,
                                     edges: loaded.edgeCount, seed: seed,
                                     owned: split.map(\.ownedCount), halo: split.map(\.haloCount),
                                     cutEdges: split.reduce(0) { $0 + $1.cutEdgeCount })
        if json {
            print(try JSONText.of(report))
        } else {
            print("\(output): \(parts) parts of \(loaded.nodeCount) nodes, \(report.cutEdges) of \(loaded.edgeCount) stored edges cut; owned \(report.owned.map(String.init).joined(separator: " ")), halo \(report.halo.map(String.init).joined(separator: " "))")
        }
    }
}

/// The JSON document of `graphtool partition --json`; bump `format` when fields change meaning.
struct PartitionReport: Codable {
    var format = 1
    let graph: String
    let output: String
    let parts: Int
    let nodes: Int
    let edges: Int
    let seed: Int32
    /// Owned nodes per part.
    let owned: [Int]
    /// Halo nodes per part.
    let halo: [Int]
    /// Stored edges whose sender and receiver lie in different parts.
    let cutEdges: Int

    enum CodingKeys: String, CodingKey {
        case format, graph, output, parts, nodes, edges, seed, owned, halo, cutEdges = "cut_edges"
    }
}
