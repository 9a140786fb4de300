import Foundation
import Testing

/// `graphtool stats`: results on stdout, exit 0; bad input: one line naming the file on stderr,
/// nothing on stdout, exit 1.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct StatsCommandTests {
    @Test func printsTheCountsOfANetlist() throws {
        let result = try GraphToolBinary.run(["stats", "netlists/adder-4.aig"])
        #expect(result.status == 0)
        #expect(result.stdout == "netlists/adder-4.aig: i/o = 8/5  lat = 0  and = 27  lev = 7\n")
        #expect(result.stderr.isEmpty)
    }

    @Test func printsVersionedJSON() throws {
        let result = try GraphToolBinary.run(["stats", "--json", "netlists/adder-4.aig"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(object?["format"] as? Int == 1)
        #expect(object?["file"] as? String == "netlists/adder-4.aig")
        let stats = object?["stats"] as? [String: Any]
        #expect(stats?["inputs"] as? Int == 8 && stats?["outputs"] as? Int == 5)
        #expect(stats?["ands"] as? Int == 27 && stats?["levels"] as? Int == 7 && stats?["latches"] as? Int == 0)
    }

    @Test func missingFileIsOneLineOnStderr() throws {
        let result = try GraphToolBinary.run(["stats", "netlists/no-such-circuit.aig"])
        expectCleanFailure(result, naming: "netlists/no-such-circuit.aig")
    }

    @Test(arguments: [
        ("bad.aig", Array("aig 3 x\n".utf8)),
        ("truncated.aig", Array("aig 3 2 0 1 1\n6\n".utf8) + [0x82]),
        ("bad.aag", Array("aag 1 1 0 1 0\n2\n9\n".utf8)),
        ("bad.blif", Array(".model m\n.inputs a\n.outputs y\n.names a y\n2 1\n.end\n".utf8)),
        ("bad.bench", Array("INPUT(a)\nOUTPUT(y)\ny = FOO(a)\n".utf8)),
        ("bad.v", Array("module m(a, y); input a; output y; assign y = a &; endmodule\n".utf8)),
        ("empty.aig", []),
    ])
    func malformedFileIsOneLineOnStderr(name: String, bytes: [UInt8]) throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent(name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
            expectCleanFailure(try GraphToolBinary.run(["stats", path]), naming: path)
            expectCleanFailure(try GraphToolBinary.run(["stats", "--json", path]), naming: path)
        }
    }

    /// A gzipped netlist (compressed by `gzip`) gives the plain file's counts; a truncated one
    /// is one line naming it; a `.gz` output is refused before anything is read.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/bin/gzip"), "gzip is absent"))
    func gzippedNetlistsRead() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            for name in ["adder-4.aig", "adder-4.v"] {
                let plain = directory.appendingPathComponent(name).path
                #expect(try GraphToolBinary.run(["convert", "netlists/adder-4.aig", plain]).status == 0)
                let gzip = Process()
                gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
                gzip.arguments = ["-k", plain]
                try gzip.run()
                gzip.waitUntilExit()
                let result = try GraphToolBinary.run(["stats", plain + ".gz"])
                #expect(result.stdout == "\(plain).gz: i/o = 8/5  lat = 0  and = 27  lev = 7\n", "\(result.stderr)")
                let bytes = try Data(contentsOf: URL(fileURLWithPath: plain + ".gz"))
                let cut = directory.appendingPathComponent("cut-" + name + ".gz").path
                #expect(FileManager.default.createFile(atPath: cut, contents: bytes.prefix(bytes.count - 6)))
                expectCleanFailure(try GraphToolBinary.run(["stats", cut]), naming: cut)
            }
            let refused = try GraphToolBinary.run(["convert", "netlists/adder-4.aig", directory.appendingPathComponent("out.aig.gz").path])
            #expect(refused.status == 64 && refused.stderr.contains("without .gz"), "\(refused.stderr)")
        }
    }

    @Test func unknownExtensionIsOneLineOnStderr() throws {
        let result = try GraphToolBinary.run(["stats", "README.md"])
        expectCleanFailure(result, naming: "README.md")
    }
}

/// Exit status 1, nothing on stdout, exactly one line on stderr that names `path`.
func expectCleanFailure(_ result: GraphToolBinary.Result, naming path: String,
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status == 1, "exit status; stderr: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stdout.isEmpty, "stdout: \(result.stdout)", sourceLocation: sourceLocation)
    #expect(result.stderrLines.count == 1 && result.stderr.hasSuffix("\n"),
            "one line on stderr, got: \(result.stderr)", sourceLocation: sourceLocation)
    #expect(result.stderr.contains(path), "stderr names \(path): \(result.stderr)", sourceLocation: sourceLocation)
}
