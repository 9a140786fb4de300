import Foundation
import Testing

/// `graphtool qsim`, and `stats` / `convert` on OpenQASM files.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct QuantumCommandTests {
    @Test func seededCountsOfABellPair() throws {
        let result = try GraphToolBinary.run(["qsim", "netlists/bell.qasm", "--shots", "1000", "--seed", "5", "--json"])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? Int == 1 && object["shots"] as? Int == 1000 && object["qubits"] as? Int == 2)
        let counts = try #require(object["counts"] as? [String: Int])
        #expect(Set(counts.keys).isSubset(of: ["00", "11"]) && counts.values.reduce(0, +) == 1000)
        #expect(abs((counts["00"] ?? 0) - 500) < 80)
        let again = try GraphToolBinary.run(["qsim", "netlists/bell.qasm", "--shots", "1000", "--seed", "5", "--json"])
        #expect(again.stdout == result.stdout)
    }

    /// Teleportation with classically controlled corrections: the output qubit is 1 with
    /// probability sin²(0.6) ≈ 0.319, whatever the two measurements gave.
    @Test func teleportationPerShot() throws {
        let result = try GraphToolBinary.run(["qsim", "netlists/teleport.qasm", "--shots", "4000", "--seed", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        var ones = 0, total = 0
        for line in result.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t")
            let count = Int(fields[1])!
            total += count
            if fields[0].hasPrefix("1") { ones += count }
        }
        #expect(total == 4000)
        #expect(abs(Double(ones) / 4000 - sin(0.6) * sin(0.6)) < 0.03, "\(ones) of 4000")
    }

    /// The final state of the QFT of |5⟩: amplitude k is e^{2πi·5k/16}/4, complex128 in NPY.
    @Test func writesTheFinalStateAsComplexNPY() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("state.npy").path
            let result = try GraphToolBinary.run(["qsim", "netlists/qft-4.qasm", "--statevector", out, "--quiet"])
            #expect(result.status == 0 && result.stderr.isEmpty && result.stdout.isEmpty, "\(result.stderr)")
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: out)))
            let header = String(decoding: bytes.prefix(128), as: UTF8.self)
            #expect(header.contains("'descr': '<c16'") && header.contains("'shape': (16,)"))
            let data = bytes.suffix(16 * 16)
            #expect(bytes.count % 64 == 0 && data.count == 256)
            let values = stride(from: data.startIndex, to: data.endIndex, by: 8).map { start in
                Double(bitPattern: data[start ..< start + 8].reversed().reduce(0) { $0 << 8 | UInt64($1) })
            }
            for k in 0 ..< 16 {
                let angle = 2 * Double.pi * Double(5 * k) / 16
                #expect(abs(values[2 * k] - cos(angle) / 4) < 1e-12 && abs(values[2 * k + 1] - sin(angle) / 4) < 1e-12, "amplitude \(k)")
            }
        }
    }

    @Test func statevectorOfACircuitWithoutOneFinalStateIsRefused() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("state.npy").path
            let result = try GraphToolBinary.run(["qsim", "netlists/teleport.qasm", "--statevector", out])
            expectCleanFailure(result, naming: "operation")
            #expect(result.stderr.contains("--shots"))
            #expect(!FileManager.default.fileExists(atPath: out))
        }
    }

    @Test func statsOfABellPair() throws {
        let result = try GraphToolBinary.run(["stats", "netlists/bell.qasm", "--json"])
        #expect(result.status == 0 && result.stderr.isEmpty)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let stats = try #require(object["stats"] as? [String: Any])
        #expect(stats["qubits"] as? Int == 2 && stats["clbits"] as? Int == 2 && stats["size"] as? Int == 4)
        #expect(stats["depth"] as? Int == 3 && stats["multiQubitGates"] as? Int == 1)
        #expect(stats["operationCounts"] as? [String: Int] == ["h": 1, "cx": 1, "measure": 2])
    }

    /// Depth 9 and size 18 by hand (the same as Qiskit's depth() and size() of the written file).
    @Test func convertExpandsDefinitionsAndKeepsTheCircuit() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("flat.qasm").path
            let result = try GraphToolBinary.run(["convert", "netlists/qft-4.qasm", out])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout == "\(out): qubits = 4  clbits = 4  size = 18  depth = 9\n")
            let text = try String(contentsOfFile: out, encoding: .utf8)
            #expect(!text.contains("gate ") && text.contains("cp(0.7853981633974483) q[3],q[1];"))
            let original = try GraphToolBinary.run(["stats", "netlists/qft-4.qasm"]).stdout
            let written = try GraphToolBinary.run(["stats", out]).stdout
            #expect(original.replacingOccurrences(of: "netlists/qft-4.qasm", with: out) == written)
        }
    }

    @Test(arguments: [
        ("bad.qasm", "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncx q[0] q[1];\n", "bad.qasm:4:9: expected ';' after the arguments, found 'q'"),
        ("undefined.qasm", "qreg q[1];\nfoo q[0];\n", "undefined.qasm:2:1: the gate 'foo' is not defined"),
    ])
    func badProgramIsOneLineWithLineAndColumn(name: String, text: String, message: String) throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let path = directory.appendingPathComponent(name).path
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            for command in [["qsim", path], ["stats", path]] {
                let result = try GraphToolBinary.run(command)
                expectCleanFailure(result, naming: path)
                #expect(result.stderr.hasSuffix(message.replacingOccurrences(of: name, with: path) + "\n"), "\(result.stderr)")
            }
        }
    }

    /// `qas --export-pool`: the NPY shapes, and with the whole pool searched the exported rewards
    /// hold exactly the candidates the run counted.
    @Test func qasExportsThePool() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let result = try GraphToolBinary.run(["qas", "--task", "maxcut-4", "--method", "random", "--seeds", "1", "--budget", "40",
                                                  "--pool", "40", "--json", "--quiet", "--export-pool", directory.path])
            #expect(result.status == 0, "\(result.stderr)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
            func array(_ name: String) throws -> (header: String, data: [UInt8]) {
                let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
                let headerLength = Int(bytes[8]) | Int(bytes[9]) << 8
                return (String(decoding: bytes[10 ..< 10 + headerLength], as: UTF8.self), Array(bytes[(10 + headerLength)...]))
            }
            #expect(try array("embeddings.npy").header.contains("'shape': (40, 16)"))
            #expect(try array("gates.npy").header.contains("'shape': (40, 30)"))
            let rewards = try array("rewards.npy")
            #expect(rewards.header.contains("'descr': '<f4'") && rewards.header.contains("'shape': (40,)"))
            let values = stride(from: 0, to: rewards.data.count, by: 4).map { start in
                Float(bitPattern: rewards.data[start ..< start + 4].reversed().reduce(0) { $0 << 8 | UInt32($1) })
            }
            #expect(values.count == 40 && values.allSatisfy { $0 <= 1 + 1e-5 })
            #expect(object["candidates_mean"] as? Double == Double(values.filter { $0 >= 0.95 }.count))
        }
    }
}
