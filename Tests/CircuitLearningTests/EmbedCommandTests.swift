import CircuitLearning
import EDA
import Foundation
import GraphCore
import Testing

/// Runs the built `graphtool` executable (the test bundle's sibling) as a user would.
@Suite("graphtool embed")
struct EmbedCommandTests {
    static let executable: URL? = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("graphtool")
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/graphtool")
        return [beside, package].first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    static func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        let tool = try #require(executable, "graphtool is not built; run 'swift build' first")
        process.executableURL = tool
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GRAPHTOOL_MODEL"] = nil
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: stdout, as: UTF8.self), String(decoding: stderr, as: UTF8.self))
    }

    /// A scratch directory with a 4-bit adder and a small seeded model.
    static func fixture() throws -> (directory: URL, circuit: String, model: String, variables: Int) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("embed-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let aig = try CircuitGenerator.make(.adder, bits: 4)
        let circuit = directory.appendingPathComponent("adder-4.aig").path
        try CircuitFile.write(aig, to: circuit)
        let model = directory.appendingPathComponent("m.safetensors")
        try CircuitModel(hidden: 4, seed: 4).save(to: model)
        return (directory, circuit, model.path, aig.variableCount)
    }

    @Test("embed writes an NPY with one row per AIG variable, the graph row beside it, and one summary line")
    func writesNPY() throws {
        let f = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let result = try Self.run(["embed", f.circuit, "--model", f.model])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").count == 1)
        let nodes = try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: f.circuit + ".embeddings.npy"))
        #expect(nodes.rows == f.variables && nodes.columns == 8)
        let graph = try NPYReader.readMatrix(contentsOf: URL(fileURLWithPath: f.circuit + ".graph-embedding.npy"))
        #expect(graph.rows == 1 && graph.columns == 8)
        let finite = nodes.values.allSatisfy { $0.isFinite }
        #expect(finite)
        #expect(result.stderr.isEmpty, "no progress when stderr is not a terminal")
    }

    @Test("embed --format json --level graph writes a versioned document with the circuit's row only")
    func writesGraphJSON() throws {
        let f = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let out = f.directory.appendingPathComponent("g.json").path
        let result = try Self.run(["embed", f.circuit, "--model", f.model, "--format", "json", "--level", "graph", "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        #expect(object?["format"] as? Int == 1 && (object?["graph"] as? [Double])?.count == 8 && object?["nodes"] == nil)
    }

    @Test("embed reports a missing model or circuit in one line and exits 1, writing nothing")
    func failsCleanly() throws {
        let f = try Self.fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let noModel = try Self.run(["embed", f.circuit, "--model", f.directory.appendingPathComponent("none.safetensors").path])
        #expect(noModel.status == 1 && noModel.stderr.contains("none.safetensors"))
        let notACircuit = try Self.run(["embed", f.directory.appendingPathComponent("x.txt").path, "--model", f.model])
        #expect(notACircuit.status == 1 && notACircuit.stderr.hasPrefix("graphtool embed: "))
        #expect(!FileManager.default.fileExists(atPath: f.circuit + ".embeddings.npy"))
    }
}
