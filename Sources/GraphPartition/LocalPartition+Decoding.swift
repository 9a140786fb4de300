import GraphCore

extension LocalPartition {
    /// Decodes a part from the bytes of its folder's files (the layout of
    /// `LocalPartition+Files.swift`): `file(name)` returns the bytes of the file `name`, or `nil`
    /// when it is absent (allowed for `incoming_weights.npy` alone). `folder` names the folder in
    /// errors. Every index is checked, so a decoded part is safe to use.
    ///
    /// - Throws: `GraphIOError.malformedBinary` naming the file and byte offset for a malformed NPY
    ///   file; ``PartitionError/invalid(reason:)`` naming the file for a missing file or a wrong
    ///   dtype, shape or value, and the folder for inconsistent fields; whatever `file` throws.
    /// - Complexity: O(total bytes of the files)
    public static func decode(folder: String, file: (String) throws -> [UInt8]?) throws -> LocalPartition {
        func path(_ name: String) -> String { folder.hasSuffix("/") ? folder + name : folder + "/" + name }
        func array(_ name: String) throws -> NPYArray? {
            guard let bytes = try file(name) else { return nil }
            let array = try NPYReader.parse(bytes, path: path(name))
            guard array.shape.count == 1 else {
                throw PartitionError.invalid(reason: "\(path(name)): expected a 1-D array, found shape \(array.shape)")
            }
            return array
        }
        func required(_ name: String) throws -> NPYArray {
            guard let found = try array(name) else {
                throw PartitionError.invalid(reason: "\(path(name)): missing; write the partition with 'graphtool partition'")
            }
            return found
        }
        func int64s(_ name: String) throws -> [Int64] {
            switch try required(name).values {
            case .int64(let values): return values
            case .int32(let values): return values.map(Int64.init)
            default: throw PartitionError.invalid(reason: "\(path(name)): expected an int64 or int32 array")
            }
        }
        func int32s(_ name: String) throws -> [Int32] {
            switch try required(name).values {
            case .int32(let values): return values
            case .int64(let values):
                if let k = values.firstIndex(where: { Int32(exactly: $0) == nil }) {
                    throw PartitionError.invalid(reason: "\(path(name)): element \(k) is \(values[k]), outside the int32 range")
                }
                return values.map { Int32($0) }
            default: throw PartitionError.invalid(reason: "\(path(name)): expected an int32 array")
            }
        }
        func floats(_ found: NPYArray?, _ name: String) throws -> [Float]? {
            guard let found else { return nil }
            guard case .float32(let values) = found.values else {
                throw PartitionError.invalid(reason: "\(path(name)): expected a float32 array")
            }
            return values
        }
        /// Offsets as `Int`, each within `0 ... Int32.max` (the checks of `validate` do the rest).
        func offsets(_ name: String) throws -> [Int] {
            let values = try int64s(name)
            if let k = values.firstIndex(where: { $0 < 0 || $0 > Int64(Int32.max) }) {
                throw PartitionError.invalid(reason: "\(path(name)): offset \(k) is \(values[k]), outside 0...\(Int32.max)")
            }
            return values.map { Int($0) }
        }
        let shape = try int64s("shape.npy")
        guard shape.count == 4 else {
            throw PartitionError.invalid(reason: "\(path("shape.npy")): expected 4 values (rank, parts, nodes, owned), found \(shape.count)")
        }
        let names = ["the rank", "the part count", "the node count", "the owned count"]
        if let k = shape.indices.first(where: { shape[$0] < 0 || shape[$0] > Int64(Int32.max) }) {
            throw PartitionError.invalid(reason: "\(path("shape.npy")): \(names[k]) is \(shape[k]), outside 0...\(Int32.max)")
        }
        let nodes = try int32s("nodes.npy"), haloOwners = try int32s("halo_owners.npy")
        let incomingOffsets = try offsets("incoming_offsets.npy"), incomingSenders = try int32s("incoming_senders.npy")
        let weights = try floats(array("incoming_weights.npy"), "incoming_weights.npy")
        let degrees = try floats(required("gcn_degrees.npy"), "gcn_degrees.npy")!
        let sendOffsets = try offsets("send_offsets.npy"), sendRows = try int32s("send_rows.npy")
        do {
            return try LocalPartition(
                rank: Int(shape[0]), parts: Int(shape[1]), globalNodeCount: Int(shape[2]), nodes: nodes,
                ownedCount: Int(shape[3]), haloOwners: haloOwners,
                incomingOffsets: incomingOffsets, incomingSenders: incomingSenders, incomingWeights: weights,
                gcnDegrees: degrees, sendOffsets: sendOffsets, sendRows: sendRows)
        } catch let PartitionError.invalid(reason) {
            throw PartitionError.invalid(reason: "\(folder): \(reason)")
        }
    }
}
