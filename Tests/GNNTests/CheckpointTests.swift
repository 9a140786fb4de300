import Foundation
import GNN
import GraphCore
import TestSupport
import Testing

@Suite("Safetensors checkpoints")
struct CheckpointTests {
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("gnn-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func model(seed: UInt64) -> Sequential {
        var rng = SeededGenerator(seed: seed)
        return Sequential(Linear(inputSize: 3, outputSize: 4, generator: &rng), Activation.relu,
                          Linear(inputSize: 4, outputSize: 2, generator: &rng))
    }

    @Test func encodedLayoutFollowsTheSpecification() throws {
        let data = try SafeTensors.encode(.init(tensors: ["b": Matrix([[1, 2]]), "a": Matrix([[3]])], metadata: ["k": "v"]))
        let length = data.prefix(8).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        #expect(length % 8 == 0)
        #expect(data.count == 8 + length + 12)
        let header = try JSONSerialization.jsonObject(with: data.subdata(in: 8 ..< 8 + length)) as! [String: Any]
        let a = header["a"] as! [String: Any], b = header["b"] as! [String: Any]
        #expect(a["dtype"] as? String == "F32")
        #expect(a["data_offsets"] as? [Int] == [0, 4])
        #expect(b["shape"] as? [Int] == [1, 2])
        #expect(b["data_offsets"] as? [Int] == [4, 12])
        #expect(header["__metadata__"] as? [String: String] == ["k": "v"])
        // Raw little-endian float32: a = 3.0 first.
        #expect(Array(data[(8 + length)...].prefix(4)) == [0x00, 0x00, 0x40, 0x40])
    }

    @Test func roundTripRestoresTheModel() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("model.safetensors")
        let trained = Self.model(seed: 1), fresh = Self.model(seed: 2)
        try trained.saveCheckpoint(to: url, configuration: ["layers": "3-4-2", "model": "mlp"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["model.safetensors"])

        let x = Tensor(Inputs.normal(5, 3, seed: 3))
        #expect(fresh(x).value != trained(x).value)
        let metadata = try fresh.loadCheckpoint(from: url)
        #expect(metadata == ["layers": "3-4-2", "model": "mlp"])
        #expect(fresh(x).value == trained(x).value)
        #expect(try SafeTensors.read(from: url).tensors.keys.sorted() == ["0.bias", "0.weight", "2.bias", "2.weight"])
    }

    @Test func loadingReportsEveryMismatchAndChangesNothing() throws {
        let model = Self.model(seed: 4)
        var tensors: [String: Matrix] = [:]
        for p in model.namedParameters { tensors[p.name] = p.tensor.value }
        tensors["2.bias"] = nil
        tensors["0.weight"] = Matrix(rows: 4, columns: 3)
        tensors["extra"] = Matrix([[1]])
        let before = model.namedParameters.map(\.tensor.value)
        #expect(throws: CheckpointError.mismatch(missing: ["2.bias"], unexpected: ["extra"],
                                                 wrongShapes: [.init(name: "0.weight", expected: [3, 4], found: [4, 3])])) {
            try model.loadParameters(from: .init(tensors: tensors))
        }
        #expect(model.namedParameters.map(\.tensor.value) == before)
    }

    @Test func malformedFilesAreRejected() throws {
        let good = try SafeTensors.encode(.init(tensors: ["w": Matrix([[1, 2, 3]])]))
        #expect(throws: CheckpointError.self) { try SafeTensors.decode(good.prefix(5)) }
        #expect(throws: CheckpointError.self) { try SafeTensors.decode(good.prefix(good.count - 4)) }
        var f16 = Data()
        let json = Data(#"{"h":{"dtype":"F16","shape":[1],"data_offsets":[0,2]}}"#.utf8)
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { f16.append(contentsOf: $0) }
        f16.append(json)
        f16.append(contentsOf: [0, 0])
        #expect(throws: CheckpointError.unsupportedDType(name: "h", dtype: "F16")) { try SafeTensors.decode(f16) }
    }

    @Test func missingFileIsAnIOError() {
        #expect(throws: CheckpointError.self) {
            try SafeTensors.read(from: URL(fileURLWithPath: "/nonexistent/gnn/model.safetensors"))
        }
    }

    static let pythonHasSafetensors: Bool = runPython("import safetensors, numpy").status == 0

    @Test(.enabled(if: pythonHasSafetensors, "python3 with safetensors and numpy is not installed"))
    func pythonReadsAndWritesOurFiles() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let ours = directory.appendingPathComponent("ours.safetensors"), theirs = directory.appendingPathComponent("theirs.safetensors")
        try SafeTensors.write(.init(tensors: ["layer.weight": Matrix([[1, 2, 3], [4, 5, 6.5]]), "layer.bias": Matrix([[-1, 0.25]])],
                                    metadata: ["hidden": "3"]), to: ours)
        let script = """
        import json, numpy as np
        from safetensors import safe_open
        from safetensors.numpy import save_file
        with safe_open("\(ours.path)", framework="np") as f:
            out = {k: [list(f.get_tensor(k).shape), f.get_tensor(k).astype(float).ravel().tolist()] for k in f.keys()}
            out["__metadata__"] = f.metadata()
        print(json.dumps(out, sort_keys=True))
        save_file({"v": np.array([1.5, -2.0], dtype=np.float32), "m": np.arange(6, dtype=np.float32).reshape(2, 3)},
                  "\(theirs.path)", metadata={"from": "python"})
        """
        let result = Self.runPython(script)
        try #require(result.status == 0, "python failed: \(result.output)")
        let decoded = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as! [String: Any]
        let weight = decoded["layer.weight"] as! [Any]
        #expect(weight[0] as? [Int] == [2, 3])
        #expect(weight[1] as? [Double] == [1, 2, 3, 4, 5, 6.5])
        #expect((decoded["layer.bias"] as! [Any])[1] as? [Double] == [-1, 0.25])
        #expect(decoded["__metadata__"] as? [String: String] == ["hidden": "3"])

        let back = try SafeTensors.read(from: theirs)
        #expect(back.tensors["v"] == Matrix([[1.5, -2]]))
        #expect(back.tensors["m"] == Matrix([[0, 1, 2], [3, 4, 5]]))
        #expect(back.metadata == ["from": "python"])
    }

    static func runPython(_ script: String) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }
}
