import Foundation
import GraphCore
import GraphPartition
import Testing

/// Parts written to a folder (or encoded in memory) read back equal; broken folders are rejected
/// with the file named.
struct LocalPartitionFilesTests {
    static func parts(weighted: Bool) throws -> [LocalPartition] {
        let graph = try GraphBuilder.build(nodeCount: 6, sources: [0, 1, 2, 3, 4, 5, 2], targets: [1, 2, 3, 0, 0, 4, 5],
                                           weights: weighted ? [1, 2, 3, 4, 5, 6, 7] : nil)
        return try LocalPartition.split(graph, membership: [0, 0, 1, 1, 0, 1], parts: 2)
    }

    @Test(arguments: [false, true])
    func partsReadBackEqual(weighted: Bool) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for part in try Self.parts(weighted: weighted) {
            try part.write(to: directory)
            #expect(try LocalPartition.read(from: directory, rank: part.rank) == part)
            let files = Dictionary(uniqueKeysWithValues: part.encodedFiles.map { ($0.name, $0.bytes) })
            #expect(try LocalPartition.decode(folder: "mem") { files[$0] } == part)
        }
    }

    @Test func aMissingFileOrAnotherRanksFolderIsNamed() throws {
        let part = try Self.parts(weighted: false)[1]
        var files = Dictionary(uniqueKeysWithValues: part.encodedFiles.map { ($0.name, $0.bytes) })
        files["send_rows.npy"] = nil
        #expect(throws: PartitionError.invalid(reason: "mem/send_rows.npy: missing; write the partition with 'graphtool partition'")) {
            try LocalPartition.decode(folder: "mem") { files[$0] }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("parts-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        try part.write(to: directory)
        try FileManager.default.moveItem(at: LocalPartition.folder(directory, rank: 1), to: LocalPartition.folder(directory, rank: 0))
        #expect(throws: PartitionError.self) { try LocalPartition.read(from: directory, rank: 0) }
    }

    @Test func aSenderOutsideThePartIsRejectedNamingTheFolder() throws {
        let part = try Self.parts(weighted: false)[0]
        var files = Dictionary(uniqueKeysWithValues: part.encodedFiles.map { ($0.name, $0.bytes) })
        files["incoming_senders.npy"] = NPYWriter.encode(NPYArray([Int32(2), 3, 0, 9]))
        #expect(throws: PartitionError.invalid(reason: "mem: partition 0 of 2: incoming edge 3 has local sender 9, outside 0..<5")) {
            try LocalPartition.decode(folder: "mem") { files[$0] }
        }
    }

    /// Found by fuzz-partition-folder: a NaN degree was accepted (and a part holding it is not even
    /// equal to itself); degrees and weights must be finite.
    @Test func aNonFiniteDegreeOrWeightIsRejected() throws {
        let part = try Self.parts(weighted: true)[0]
        var files = Dictionary(uniqueKeysWithValues: part.encodedFiles.map { ($0.name, $0.bytes) })
        files["gcn_degrees.npy"] = NPYWriter.encode(NPYArray([Float(3), .nan, 2, 2, 2]))
        #expect(throws: PartitionError.invalid(reason: "mem: partition 0 of 2: the degree of local node 1 is nan, not a finite number")) {
            try LocalPartition.decode(folder: "mem") { files[$0] }
        }
        files = Dictionary(uniqueKeysWithValues: part.encodedFiles.map { ($0.name, $0.bytes) })
        files["incoming_weights.npy"] = NPYWriter.encode(NPYArray([Float(1), .infinity, 2, 3]))
        #expect(throws: PartitionError.self) { try LocalPartition.decode(folder: "mem") { files[$0] } }
    }
}
