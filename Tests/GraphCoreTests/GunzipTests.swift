import Foundation
import Testing
@testable import GraphCore

/// The system `gzip` command, the reference.
private let gzip = "/bin/gzip"

/// Transparent gzip input of the file layer, against the system `gzip` command's own output.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: gzip), "gzip is absent"))
struct GunzipTests {
    /// `gzip -c` of `bytes` (at `level`), through a file.
    static func compress(_ bytes: [UInt8], level: Int = 6) throws -> [UInt8] {
        try IOTestSupport.withTemporaryDirectory { directory in
            let plain = directory.appendingPathComponent("plain")
            try Data(bytes).write(to: plain)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: gzip)
            process.arguments = ["-c", "-n", "-\(level)", plain.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
            return Array(data)
        }
    }

    /// Text with some repetition (like a netlist), `count` bytes, from a fixed seed.
    static func sample(_ count: Int, seed: UInt64 = 7) -> [UInt8] {
        var rng = SeededGenerator(seed: seed)
        let words = ["wire", " ", "\n", "sky130_fd_sc_hd__nand2_1", "(", ")", ";", ".A", "_042_", "net17"]
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 32)
        while bytes.count < count {
            if Int.random(in: 0 ..< 8, using: &rng) == 0 {
                bytes.append(UInt8.random(in: 0 ... 255, using: &rng))
            } else {
                bytes += Array(words[Int.random(in: 0 ..< words.count, using: &rng)].utf8)
            }
        }
        return Array(bytes.prefix(count))
    }

    /// Writes `bytes` to a file named `name` and returns `FileIO.readAll` of it (or its error).
    static func readBack(_ bytes: [UInt8], name: String = "data.gz", limit: Int = Gunzip.defaultLimit) throws -> [UInt8] {
        try IOTestSupport.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent(name).path
            try FileIO.writeAtomically(bytes, to: path)
            return try FileIO.readAll(path, decompressedLimit: limit)
        }
    }

    @Test(arguments: [0, 1, 1_000, 70_000, 1_500_000])
    func readsWhatGzipWrote(size: Int) throws {
        let plain = Self.sample(size, seed: UInt64(size))
        for level in [1, 9] {
            #expect(try Self.readBack(Self.compress(plain, level: level)) == plain)
        }
    }

    /// `cat a.gz b.gz c.gz` decompresses to `a b c`, as `gzip -d` does; the size recorded in
    /// the last member is then too small for the whole, so the buffer must grow.
    @Test func readsEveryMemberOfAMultiMemberFile() throws {
        let parts = [Self.sample(200_000, seed: 1), Self.sample(0), Self.sample(5, seed: 3)]
        let joined = try parts.flatMap { try Self.compress($0) }
        #expect(try Self.readBack(joined) == parts.flatMap { $0 })
    }

    @Test func plainFilesAreReadAsTheyAre() throws {
        let plain = Array("1f 8b is only magic at the start\n".utf8) + [0x1F, 0x8B, 8]
        #expect(try Self.readBack(plain, name: "plain.txt") == plain)
        #expect(try Self.readBack([0x1F, 0x8B], name: "two.bin") == [0x1F, 0x8B])
    }

    /// Cut anywhere, a file is one error naming it and the end of the file as the offset.
    @Test(arguments: [3, 10, 500, 20_000])
    func aTruncatedFileNamesTheFileAndTheOffset(keep: Int) throws {
        let compressed = try Self.compress(Self.sample(100_000))
        let cut = Array(compressed.prefix(keep))
        let error = #expect(throws: GraphIOError.self) { try Self.readBack(cut) }
        #expect(error?.byteOffset == keep, "\(String(describing: error))")
        #expect(error?.description.contains("data.gz: at byte offset \(keep)") == true, "\(String(describing: error))")
        #expect(error?.description.contains("truncated") == true, "\(String(describing: error))")
    }

    /// Bytes flipped in the compressed data or the checksum are caught (by DEFLATE's codes or
    /// the CRC-32 of the trailer), with the file and an offset inside it.
    @Test(arguments: [-8, -5, 40, 300])
    func corruptDataIsAnErrorWithTheOffset(position: Int) throws {
        var compressed = try Self.compress(Self.sample(5_000))
        let at = position < 0 ? compressed.count + position : position
        compressed[at] ^= 0x5A
        let error = #expect(throws: GraphIOError.self) { try Self.readBack(compressed) }
        #expect(error?.description.contains("corrupt") == true, "\(String(describing: error))")
        #expect((0 ... compressed.count).contains(error?.byteOffset ?? -1), "\(String(describing: error))")
    }

    @Test func bytesAfterTheLastMemberAreAnError() throws {
        let member = try Self.compress(Self.sample(1_000))
        let error = #expect(throws: GraphIOError.self) { try Self.readBack(member + Array("junk".utf8)) }
        #expect(error?.byteOffset == member.count, "\(String(describing: error))")
    }

    /// 16 MB of zeros gzip to ~16 KB: under a 1 MB limit that is one error naming the limit and
    /// how to raise it, found long before the 16 MB exist.
    @Test func aGzipBombStopsAtTheLimit() throws {
        let bomb = try Self.compress([UInt8](repeating: 0, count: 16 << 20), level: 9)
        let error = #expect(throws: GraphIOError.self) { try Self.readBack(bomb, limit: 1 << 20) }
        #expect(error?.description.contains("at most 1048576 decompressed bytes") == true, "\(String(describing: error))")
        #expect(error?.description.contains(Gunzip.limitVariable) == true)
        // Exactly at the limit is fine.
        #expect(try Self.readBack(Self.compress([UInt8](repeating: 0, count: 1 << 20)), limit: 1 << 20).count == 1 << 20)
    }
}
