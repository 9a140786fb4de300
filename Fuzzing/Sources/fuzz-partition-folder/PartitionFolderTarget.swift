import FuzzSupport
import GraphCore
import GraphPartition

/// A rank's partition folder (`graphtool partition`'s `DIR/part-R/`) through
/// `LocalPartition.decode`, the reader behind `LocalPartition.read`. The input holds the folder's
/// files in the order of `files`, each as a 4-byte little-endian length and that many bytes (a
/// length of 0xFFFFFFFF: the file is absent; the input running out: this and the later files are
/// absent). An accepted part must re-encode to files that decode equal, and its exchange plan must
/// stay inside it; rejections must be one-line `PartitionError`s or `GraphIOError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPartitionFolder(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let folder = unpack(Fuzz.bytes(data, size))
    let part: LocalPartition
    do {
        part = try LocalPartition.decode(folder: "fuzz") { folder[$0] }
    } catch {
        Fuzz.checkRejection(error, is: PartitionError.self, GraphIOError.self)
        return 0
    }
    let encoded = Dictionary(uniqueKeysWithValues: part.encodedFiles.map { ($0.name, $0.bytes) })
    do {
        let again = try LocalPartition.decode(folder: "fuzz") { encoded[$0] }
        Fuzz.require(again == part, "a decoded part re-encodes to another part")
    } catch {
        Fuzz.require(false, "a decoded part's own files are rejected: \(error)")
    }
    let received = part.receiveCounts
    Fuzz.require(received.reduce(0, +) == part.haloCount, "receive counts \(received) do not add up to the halo \(part.haloCount)")
    for q in 0 ..< part.parts {
        Fuzz.require(part.sendRows(to: q).allSatisfy { $0 >= 0 && Int($0) < part.ownedCount }, "rank \(q) is sent a row the part does not own")
    }
    Fuzz.require(part.cutEdgeCount <= part.edgeCount, "more cut edges than edges")
    return 0
}

/// The files of a part folder, in the order the input lists them.
private let files = ["shape.npy", "nodes.npy", "halo_owners.npy", "incoming_offsets.npy", "incoming_senders.npy",
                     "incoming_weights.npy", "gcn_degrees.npy", "send_offsets.npy", "send_rows.npy"]

/// The folder the input describes: file name → bytes, absent files left out.
private func unpack(_ bytes: [UInt8]) -> [String: [UInt8]] {
    var folder: [String: [UInt8]] = [:], offset = 0
    for name in files {
        guard offset + 4 <= bytes.count else { break }
        let length = bytes[offset ..< offset + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
        offset += 4
        if length == 0xFFFF_FFFF { continue }
        let end = min(offset + length, bytes.count)
        folder[name] = Array(bytes[offset ..< end])
        offset = end
    }
    return folder
}
