#if canImport(Glibc)
import GraphCore
import Glibc
#endif
import Foundation
import Testing
@testable import EDA

@Suite struct FileIOTests {
    /// A pipe has no size to read up front: the reader must go on in chunks to the end.
    @Test func readsFilesWithoutAKnownSize() throws {
        #if os(Linux)
        var ends: [Int32] = [0, 0]
        #expect(pipe(&ends) == 0)
        let text = Array(Fixtures.halfAdder.utf8)
        #expect(text.withUnsafeBytes { write(ends[1], $0.baseAddress!, $0.count) } == text.count)
        close(ends[1])
        defer { close(ends[0]) }
        let aig = try AIGERReader.read(contentsOf: "/dev/fd/\(ends[0])")
        #expect(aig == (try Fixtures.aig(Fixtures.halfAdder)))
        #endif
    }

    /// Files above the huge-page threshold read back byte for byte.
    @Test func readsLargeFilesExactly() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("big.bin").path
        var bytes = [UInt8](repeating: 0x5A, count: LargeArray.adviceThreshold + 12_345)
        for i in stride(from: 0, to: bytes.count, by: 4093) { bytes[i] = UInt8(truncatingIfNeeded: i) }
        try FileIO.writeAtomically(bytes, to: path)
        #expect(try FileIO.readAll(path) == bytes)
        let filled = LargeArray.make(repeating: Int32(-1), count: LargeArray.adviceThreshold)
        #expect(filled.count == LargeArray.adviceThreshold && filled.min() == -1 && filled.max() == -1)
    }
}
