import Foundation
import Testing
@testable import Quantum

/// The 43 small circuits of QASMBench (`../shared/data/qasmbench-small`): every one reads, has the
/// qubit count its name says (`…_nK.qasm`), and reads back from the writer's text as the same
/// circuit. Four end by measuring undeclared registers (Qiskit rejects them): those measurements,
/// and nothing else, are skipped with warnings. Skipped when the data is absent.
@Suite(.enabled(if: QASMBench.isAvailable, "QASMBench small circuits not found at \(QASMBench.directory.path)"))
struct QASMBenchTests {
    @Test(arguments: QASMBench.files)
    func readsAndRoundTrips(file: String) throws {
        let path = QASMBench.directory.appendingPathComponent(file).path
        var warnings: [QASMError] = []
        let circuit = try QASMReader.read(path) { warnings.append($0) }
        let undeclared = ["hhl_n10.qasm", "vqe_uccsd_n4.qasm", "vqe_uccsd_n6.qasm", "vqe_uccsd_n8.qasm"].contains(file)
        #expect(undeclared ? !warnings.isEmpty : warnings.isEmpty, "\(warnings)")
        #expect(warnings.allSatisfy { $0.message == "skipped a measurement of 'q', which is not declared" })
        let stated = Int(file.split(separator: "_").last!.dropFirst().dropLast(5))!
        #expect(circuit.qubitCount == stated)
        #expect(!circuit.operations.isEmpty)
        let text = try QASMWriter.string(circuit)
        #expect(try QASMReader.parse(text, file: "\(file) (written)") == circuit)
    }
}

/// Where the QASMBench circuits are.
enum QASMBench {
    /// `../shared/data/qasmbench-small` beside the package, or one level further up (a worktree).
    static let directory: URL = {
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let candidates = ["../shared", "../../shared"].map {
            package.appendingPathComponent($0).appendingPathComponent("data/qasmbench-small").standardizedFileURL
        }
        return candidates.first { FileManager.default.fileExists(atPath: $0.path) } ?? candidates[0]
    }()

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
        .filter { $0.hasSuffix(".qasm") }.sorted()

    static var isAvailable: Bool { !files.isEmpty }

    /// The size of `file` in bytes.
    static func size(of file: String) -> Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)
        return (attributes?[.size] as? Int) ?? 0
    }
}
