import Foundation
import Testing

/// `graphtool convert` never drops information silently and never leaves an unchecked file.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct ConvertLossCommandTests {
    /// One input, a latch starting at 1 and an uninitialised one, one output, one bad property.
    static let sequential = """
        aag 4 1 2 1 1 1
        2
        4 2 1
        6 8 6
        4
        7
        8 4 2
        i0 a
        o0 y
        b0 never

        """

    private func write(_ text: String, in directory: URL, as name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aLossyConversionIsRefusedNamingTheLossAndTheFlag() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let input = try write(Self.sequential, in: directory, as: "seq.aag")
            let blif = directory.appendingPathComponent("seq.blif").path
            let refused = try GraphToolBinary.run(["convert", input, blif])
            #expect(refused.status == 1 && refused.stdout.isEmpty)
            #expect(refused.stderrLines.count == 1, "\(refused.stderr)")
            #expect(refused.stderr.contains("1 bad-state property") && refused.stderr.contains("--drop properties"), "\(refused.stderr)")
            #expect(!refused.stderr.contains("latch-init"), "BLIF keeps uninitialised latches")
            #expect(!FileManager.default.fileExists(atPath: blif))

            let bench = directory.appendingPathComponent("seq.bench").path
            let both = try GraphToolBinary.run(["convert", input, bench, "--drop", "properties"])
            #expect(both.status == 1 && both.stderr.contains("1 uninitialised latch") && both.stderr.contains("--drop latch-init"), "\(both.stderr)")
            #expect(!both.stderr.contains("--drop properties"), "properties were allowed")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["seq.aag"], "no file, no temporary file")
        }
    }

    @Test func anAllowedLossIsReportedAndTheCheckDoesNotClaimIt() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let input = try write(Self.sequential, in: directory, as: "seq.aag")
            let bench = directory.appendingPathComponent("seq.bench").path
            let result = try GraphToolBinary.run(["convert", input, bench, "--drop", "properties", "--drop", "latch-init"])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.hasPrefix("\(bench): i/o = 1/1  lat = 2"))
            let lines = result.stderrLines
            #expect(lines.contains { $0.contains("check: equivalent") && $0.contains("not what was dropped") }, "\(result.stderr)")
            #expect(lines.contains { $0.contains("dropped from \(bench)") && $0.contains("1 bad-state property") && $0.contains("1 uninitialised latch") },
                    "\(result.stderr)")
            let quiet = try GraphToolBinary.run(["convert", input, bench, "--drop", "properties", "--drop", "latch-init", "--quiet"])
            #expect(quiet.status == 0 && quiet.stderrLines.count == 1 && quiet.stderr.contains("dropped from"),
                    "--quiet keeps the warning and drops the note: \(quiet.stderr)")
        }
    }

    @Test func aLatchStartingAtOneConvertsToBenchAndIsChecked() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let input = try write("aag 2 1 1 1 0\n2\n4 2 1\n4\n", in: directory, as: "one.aag")
            let bench = directory.appendingPathComponent("one.bench").path
            let result = try GraphToolBinary.run(["convert", input, bench])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stderr.contains("check: equivalent (exhaustive simulation) over 1 output and the next states and initial values of 1 latch\n"))
        }
    }

    @Test func aRefusedConversionLeavesTheOldOutput() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let input = try write(Self.sequential, in: directory, as: "seq.aag")
            let old = try write("old contents\n", in: directory, as: "seq.v")
            let result = try GraphToolBinary.run(["convert", input, old, "--drop", "properties"])
            #expect(result.status == 1 && result.stderr.contains("latches"), "Verilog has no flip-flops: \(result.stderr)")
            #expect(try String(contentsOfFile: old, encoding: .utf8) == "old contents\n")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["seq.aag", "seq.v"])
        }
    }
}
