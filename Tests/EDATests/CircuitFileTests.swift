import Foundation
import Testing
@testable import EDA

/// `CircuitFile` dispatches on the extension; every format written is read back equivalent.
@Suite struct CircuitFileTests {
    @Test func formatsFollowExtensions() {
        #expect(CircuitFile.Format(path: "a/b.AIG") == .aiger && CircuitFile.Format(path: "x.aag") == .aiger)
        #expect(CircuitFile.Format(path: "x.blif") == .blif && CircuitFile.Format(path: "x.bench") == .bench)
        #expect(CircuitFile.Format(path: "x.v") == .verilog)
        #expect(CircuitFile.Format(path: "x.aig.GZ") == .aiger && CircuitFile.Format(path: "x.v.gz") == .verilog)
        #expect(CircuitFile.Format(path: "x.gz") == nil && CircuitFile.Format(path: "blif") == nil)
        #expect(throws: CircuitFile.UnsupportedFile(path: "x.aig.gz", writing: true)) { try CircuitFile.write(AIG(), to: "x.aig.gz") }
        #expect(CircuitFile.UnsupportedFile(path: "x.aig.gz", writing: true).description.contains("without .gz"))
        #expect(CircuitFile.UnsupportedFile(path: "x.aig.xz").description.contains("decompress"))
        #expect(CircuitFile.UnsupportedFile(path: "x.edif").description.contains(".blif"))
    }

    @Test func everyFormatRoundTrips() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let aig = try CircuitGenerator.make(.comparator, bits: 6)
        for ext in CircuitFile.extensions {
            let path = directory.appendingPathComponent("c\(ext)").path
            try CircuitFile.write(aig, to: path)
            let back = try CircuitFile.read(path)
            #expect(back.stats() == aig.stats(), "\(ext)")
            #expect(try aig.checkEquivalence(with: back) == .equivalent, "\(ext)")
        }
    }

    /// Each format reads gzipped (`gzip` writes the compressed copy) as it reads plain.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "gzip is absent"))
    func everyFormatReadsGzipped() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let aig = try CircuitGenerator.make(.adder, bits: 5)
        for ext in CircuitFile.extensions {
            let path = directory.appendingPathComponent("c\(ext)").path
            try CircuitFile.write(aig, to: path)
            let gzip = Process()
            gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
            gzip.arguments = [path]
            try gzip.run()
            gzip.waitUntilExit()
            try #require(gzip.terminationStatus == 0 && !FileManager.default.fileExists(atPath: path))
            let back = try CircuitFile.read(path + ".gz")
            #expect(try aig.checkEquivalence(with: back) == .equivalent, "\(ext).gz")
        }
    }

    @Test func errorsNameTheFile() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing.blif").path
        #expect(throws: NetlistError.self) { try CircuitFile.read(missing) }
        var aig = AIG()
        try aig.addOutput(aig.addLatch())
        let v = directory.appendingPathComponent("seq.v").path
        do {
            try CircuitFile.write(aig, to: v)
            Issue.record("a sequential AIG was written as Verilog")
        } catch {
            #expect("\(error)".hasPrefix(v))
        }
    }
}
