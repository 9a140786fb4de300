import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import GraphCore

/// The one file layer: whole reads of files without a known size, and atomic writes that leave
/// neither a temporary file nor a partial destination when they fail.
@Suite struct FileIOTests {
    /// A pipe has no size to read up front: the reader must go on in chunks to the end.
    @Test func readsFilesWithoutAKnownSize() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let text = Array(repeating: Array("0 1\n".utf8), count: 5_000).joined().map { $0 }
        let writeEnd = ends[1]
        let writer = Thread {
            _ = text.withUnsafeBytes { write(writeEnd, $0.baseAddress!, $0.count) }
            close(writeEnd)
        }
        writer.start()
        defer { close(ends[0]) }
        #expect(try FileIO.readAll("/dev/fd/\(ends[0])") == text)
    }

    /// Files above the huge-page threshold read back byte for byte.
    @Test func readsLargeFilesExactly() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("big.bin").path
            var bytes = [UInt8](repeating: 0x5A, count: LargeArray.adviceThreshold + 12_345)
            for i in stride(from: 0, to: bytes.count, by: 4093) { bytes[i] = UInt8(truncatingIfNeeded: i) }
            try FileIO.writeAtomically(bytes, to: path)
            #expect(try FileIO.readAll(path) == bytes)
            #expect(try IOTestSupport.listing(directory) == ["big.bin"])
        }
    }

    @Test func aMissingFileIsUnreadableAndNamed() {
        let error = #expect(throws: GraphIOError.self) { try FileIO.readAll("/nonexistent/dir/f.bin") }
        guard case let .unreadable(path, reason)? = error else {
            Issue.record("expected .unreadable, got \(String(describing: error))")
            return
        }
        #expect(path == "/nonexistent/dir/f.bin" && reason.contains("open"))
    }

    struct Interrupted: Error {}

    /// A writer that fails after 3 MiB (three flushes to the temporary file) leaves the old
    /// file as it was and no temporary file; without an old file, nothing at all.
    @Test func aFailureMidwayLeavesNoTemporaryFileAndNoPartialTarget() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent("out.bin").path
            func failingWrite() throws {
                try FileIO.writeAtomically(to: path) { writer in
                    for _ in 0 ..< 3 * 1_024 {
                        for _ in 0 ..< 1_024 { writer.append(0x41) }
                        try writer.flushIfNeeded()
                    }
                    throw Interrupted()
                }
            }
            #expect(throws: Interrupted.self) { try failingWrite() }
            #expect(try IOTestSupport.listing(directory) == [])
            try FileIO.writeAtomically(Array("old".utf8), to: path)
            #expect(throws: Interrupted.self) { try failingWrite() }
            #expect(try IOTestSupport.listing(directory) == ["out.bin"])
            #expect(try FileIO.readAll(path) == Array("old".utf8))
        }
    }

    /// A destination that cannot be replaced (a directory) fails at the rename: the error names
    /// it, and the finished temporary file is removed.
    @Test func aFailedRenameRemovesTheTemporaryFile() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("taken")
            try FileManager.default.createDirectory(at: target, withIntermediateDirectories: false)
            let error = #expect(throws: GraphIOError.self) { try FileIO.writeAtomically([1, 2, 3] as [UInt8], to: target.path) }
            guard case let .unwritable(path, reason)? = error else {
                Issue.record("expected .unwritable, got \(String(describing: error))")
                return
            }
            #expect(path == target.path && reason.contains("rename"))
            #expect(error?.description.hasPrefix(target.path) == true)
            #expect(try IOTestSupport.listing(directory) == ["taken"])
        }
    }

    /// A write the file system refuses (here a file size limit, as a full disk would) fails
    /// with the file's name and leaves the old file and no temporary file. Run in a child
    /// process, whose size limit cannot disturb the other tests.
    @Test func aRefusedWriteLeavesTheOldFile() async {
        await #expect(processExitsWith: .success) {
            signal(SIGXFSZ, SIG_IGN)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("fileio-limit-\(getpid())")
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: directory) }
            let path = directory.appendingPathComponent("out.bin").path
            guard (try? FileIO.writeAtomically(Array("old".utf8), to: path)) != nil else { exit(2) }
            var limit = rlimit(rlim_cur: 100_000, rlim_max: rlim_t.max)
            guard setrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0 else { exit(3) }
            do {
                try FileIO.writeAtomically([UInt8](repeating: 7, count: 3 << 20), to: path)
                exit(4)
            } catch let error as GraphIOError {
                guard case .unwritable(path, _) = error else { exit(5) }
            } catch {
                exit(6)
            }
            let left = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
            guard left == ["out.bin"], (try? FileIO.readAll(path)) == Array("old".utf8) else { exit(7) }
            exit(0)
        }
    }

    /// A destination that is a pipe is written in place (it cannot be renamed over).
    @Test func aPipeDestinationIsWrittenInPlace() throws {
        try IOTestSupport.withTemporaryDirectory { directory in
            let fifo = directory.appendingPathComponent("fifo").path
            try #require(mkfifo(fifo, 0o600) == 0)
            let reader = open(fifo, O_RDONLY | O_NONBLOCK)
            try #require(reader >= 0)
            defer { close(reader) }
            try FileIO.writeAtomically(Array("through the pipe".utf8), to: fifo)
            var buffer = [UInt8](repeating: 0, count: 64)
            let got = buffer.withUnsafeMutableBytes { read(reader, $0.baseAddress!, $0.count) }
            #expect(Array(buffer.prefix(max(got, 0))) == Array("through the pipe".utf8))
            var info = stat()
            #expect(stat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO)
            #expect(try IOTestSupport.listing(directory) == ["fifo"])
        }
    }
}
