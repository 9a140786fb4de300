import Foundation
import GraphCore

/// A partition on disk, as `graphtool partition` writes it: `DIR/membership.npy` (the part of
/// every node, int32) and one folder per rank, `DIR/part-R/`, of NPY vectors a rank reads alone:
///
/// | file | dtype | contents |
/// |---|---|---|
/// | `shape.npy` | int64 | rank, parts, nodes of the whole graph, owned nodes |
/// | `nodes.npy` | int32 | global id of each local node (owned, then halo) |
/// | `halo_owners.npy` | int32 | owning rank of each halo node |
/// | `incoming_offsets.npy`, `incoming_senders.npy` | int64, int32 | incoming edges of the owned nodes (local senders) |
/// | `incoming_weights.npy` | float32 | their weights (absent for an unweighted graph) |
/// | `gcn_degrees.npy` | float32 | each local node's GCN degree in the whole graph |
/// | `send_offsets.npy`, `send_rows.npy` | int64, int32 | owned rows each rank needs |
extension LocalPartition {
    /// The folder of rank `rank`'s part under `directory`. - Complexity: O(1)
    public static func folder(_ directory: URL, rank: Int) -> URL {
        directory.appendingPathComponent("part-\(rank)")
    }

    /// Writes this part into its folder under `directory` (each file atomically).
    /// - Throws: `GraphIOError` when a file cannot be written.
    /// - Complexity: O(local + edges + send rows)
    public func write(to directory: URL) throws {
        let folder = Self.folder(directory, rank: rank)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
        try NPYWriter.write([Int64(rank), Int64(parts), Int64(globalNodeCount), Int64(ownedCount)], to: file("shape.npy"))
        try NPYWriter.write(nodes, to: file("nodes.npy"))
        try NPYWriter.write(haloOwners, to: file("halo_owners.npy"))
        try NPYWriter.write(incomingOffsets.map(Int64.init), to: file("incoming_offsets.npy"))
        try NPYWriter.write(incomingSenders, to: file("incoming_senders.npy"))
        let weights = file("incoming_weights.npy")
        if let incomingWeights { try NPYWriter.write(incomingWeights, to: weights) } else { try? FileManager.default.removeItem(at: weights) }
        try NPYWriter.write(gcnDegrees, to: file("gcn_degrees.npy"))
        try NPYWriter.write(sendOffsets.map(Int64.init), to: file("send_offsets.npy"))
        try NPYWriter.write(sendRows, to: file("send_rows.npy"))
    }

    /// Reads rank `rank`'s part from `directory`, checking every index.
    /// - Throws: `GraphIOError` naming the file for an unreadable or malformed NPY file;
    ///   ``DistributedError/mismatch(reason:)`` naming the folder for inconsistent contents.
    /// - Complexity: O(size of the part's files)
    public static func read(from directory: URL, rank: Int) throws -> LocalPartition {
        let folder = Self.folder(directory, rank: rank)
        func file(_ name: String) -> URL { folder.appendingPathComponent(name) }
        func floats(_ name: String) throws -> [Float] {
            let array = try NPYReader.read(contentsOf: file(name))
            guard case .float32(let values) = array.values, array.shape.count == 1 else {
                throw DistributedError.mismatch(reason: "\(file(name).path): expected a 1-D float32 array")
            }
            return values
        }
        func index(_ value: Int64, _ what: String) throws -> Int {
            guard value >= 0, value <= Int64(Int32.max) else {
                throw DistributedError.mismatch(reason: "\(file("shape.npy").path): \(what) is \(value), outside 0...\(Int32.max)")
            }
            return Int(value)
        }
        let shape = try NPYReader.readInt64(contentsOf: file("shape.npy"))
        guard shape.count == 4 else {
            throw DistributedError.mismatch(reason: "\(file("shape.npy").path): expected 4 values (rank, parts, nodes, owned), found \(shape.count)")
        }
        let weightsURL = file("incoming_weights.npy")
        do {
            return try LocalPartition(
                rank: index(shape[0], "the rank"), parts: index(shape[1], "the part count"),
                globalNodeCount: index(shape[2], "the node count"), nodes: NPYReader.readInt32(contentsOf: file("nodes.npy")),
                ownedCount: index(shape[3], "the owned count"),
                haloOwners: NPYReader.readInt32(contentsOf: file("halo_owners.npy")),
                incomingOffsets: NPYReader.readInt64(contentsOf: file("incoming_offsets.npy")).map { Int(clamping: $0) },
                incomingSenders: NPYReader.readInt32(contentsOf: file("incoming_senders.npy")),
                incomingWeights: FileManager.default.fileExists(atPath: weightsURL.path) ? floats("incoming_weights.npy") : nil,
                gcnDegrees: floats("gcn_degrees.npy"),
                sendOffsets: NPYReader.readInt64(contentsOf: file("send_offsets.npy")).map { Int(clamping: $0) },
                sendRows: NPYReader.readInt32(contentsOf: file("send_rows.npy")))
        } catch let DistributedError.mismatch(reason) {
            throw DistributedError.mismatch(reason: "\(folder.path): \(reason)")
        }
    }
}
