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
///
/// The bytes of the files are made by ``encodedFiles`` and read back by
/// ``decode(folder:file:)`` (`LocalPartition+Decoding.swift`), so a part also travels in memory.
extension LocalPartition {
    /// The folder of rank `rank`'s part under `directory`. - Complexity: O(1)
    public static func folder(_ directory: URL, rank: Int) -> URL {
        directory.appendingPathComponent("part-\(rank)")
    }

    /// The files of this part's folder, name and NPY bytes (no `incoming_weights.npy` when the
    /// graph is unweighted). - Complexity: O(local + edges + send rows)
    public var encodedFiles: [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = [
            ("shape.npy", NPYWriter.encode(NPYArray([Int64(rank), Int64(parts), Int64(globalNodeCount), Int64(ownedCount)]))),
            ("nodes.npy", NPYWriter.encode(NPYArray(nodes))),
            ("halo_owners.npy", NPYWriter.encode(NPYArray(haloOwners))),
            ("incoming_offsets.npy", NPYWriter.encode(NPYArray(incomingOffsets.map(Int64.init)))),
            ("incoming_senders.npy", NPYWriter.encode(NPYArray(incomingSenders))),
            ("gcn_degrees.npy", NPYWriter.encode(NPYArray(gcnDegrees))),
            ("send_offsets.npy", NPYWriter.encode(NPYArray(sendOffsets.map(Int64.init)))),
            ("send_rows.npy", NPYWriter.encode(NPYArray(sendRows))),
        ]
        if let incomingWeights { files.append(("incoming_weights.npy", NPYWriter.encode(NPYArray(incomingWeights)))) }
        return files
    }

    /// Writes this part into its folder under `directory`, each file atomically; a stale
    /// `incoming_weights.npy` is removed when the graph is unweighted.
    /// - Throws: `GraphIOError` when a file cannot be written.
    /// - Complexity: O(local + edges + send rows)
    public func write(to directory: URL) throws {
        let folder = Self.folder(directory, rank: rank)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for file in encodedFiles {
            try FileIO.writeAtomically(file.bytes, to: folder.appendingPathComponent(file.name).path)
        }
        if incomingWeights == nil { try? FileManager.default.removeItem(at: folder.appendingPathComponent("incoming_weights.npy")) }
    }

    /// Reads rank `rank`'s part from `directory`, checking every index.
    /// - Throws: `GraphIOError` naming the file for an unreadable or malformed NPY file;
    ///   ``PartitionError/invalid(reason:)`` naming the file or folder for inconsistent contents,
    ///   a missing file, or a part written for another rank.
    /// - Complexity: O(size of the part's files)
    public static func read(from directory: URL, rank: Int) throws -> LocalPartition {
        let folder = Self.folder(directory, rank: rank)
        let part = try decode(folder: folder.path) { name in
            let path = folder.appendingPathComponent(name).path
            return FileManager.default.fileExists(atPath: path) ? try FileIO.readAll(path) : nil
        }
        guard part.rank == rank else {
            throw PartitionError.invalid(reason: "\(folder.path): holds the part of rank \(part.rank), not \(rank); rewrite it with 'graphtool partition'")
        }
        return part
    }
}
