import Foundation
import Testing
@testable import Quantum

/// Our final states against Qiskit's `Statevector` on every QASMBench small circuit without
/// mid-circuit measurement (final measurements removed): |⟨ψ_ours|ψ_qiskit⟩| ≥ 1 − 1e-9.
/// Needs Python with qiskit (`pip install qiskit`; the interpreter is `$GRAPHTOOL_PYTHON` or
/// `python3`); skipped when it or the data is absent.
@Suite(.enabled(if: Qiskit.isAvailable && QASMBench.isAvailable, "needs python3 with qiskit and the QASMBench circuits"))
struct QiskitCrossCheckTests {
    @Test func finalStatesAgreeWithQiskit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiskit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var ours: [String: Statevector] = [:], rewritten: [String: String] = [:]
        for file in QASMBench.files {
            let path = QASMBench.directory.appendingPathComponent(file).path
            let circuit = try QASMReader.read(path)
            // Qiskit rejects the four QASMBench files that measure undeclared registers: it gets
            // our rewrite of those (the same gates, the stray measurements skipped).
            rewritten[path] = directory.appendingPathComponent(file).path
            try QASMWriter.write(circuit, to: rewritten[path]!)
            do {
                ours[path] = try StatevectorSimulator(threads: 2).finalState(circuit)
            } catch is SimulationError {
                continue  // mid-circuit measurement, reset or conditions: no single final state
            }
        }
        let theirs = try Qiskit.statevectors(ours.keys.sorted().map { ($0, rewritten[$0]!) })
        for (path, state) in ours {
            guard let amplitudes = theirs[path] else {
                Issue.record("Qiskit could not simulate \(path), which we did")
                continue
            }
            let fidelity = state.innerProduct(Statevector(amplitudes: amplitudes)).magnitudeSquared.squareRoot()
            #expect(fidelity >= 1 - 1e-9, "\(path): |⟨ours|qiskit⟩| = \(fidelity)")
        }
        #expect(ours.count >= 35, "only \(ours.count) circuits compared")
    }
}

/// Runs Qiskit in a Python subprocess.
enum Qiskit {
    static let python = ProcessInfo.processInfo.environment["GRAPHTOOL_PYTHON"] ?? "python3"

    static let isAvailable: Bool = (try? run(["-c", "import qiskit"]).status) == 0

    /// The final state Qiskit computes for each file (its fallback when Qiskit cannot read the
    /// file itself), final measurements removed; files Qiskit cannot simulate are left out.
    static func statevectors(_ files: [(path: String, fallback: String)]) throws -> [String: [Complex]] {
        let script = """
            import json, sys
            from qiskit import qasm2
            from qiskit.quantum_info import Statevector
            def load(path):
                return qasm2.load(path, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
            out = {}
            args = sys.argv[1:]
            for path, fallback in zip(args[::2], args[1::2]):
                try:
                    try:
                        qc = load(path)
                    except qasm2.QASM2ParseError:
                        qc = load(fallback)
                    qc.remove_final_measurements()
                    out[path] = [[a.real, a.imag] for a in Statevector(qc).data]
                except Exception:
                    pass
            print(json.dumps(out))
            """
        let result = try run(["-c", script] + files.flatMap { [$0.path, $0.fallback] })
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: result.output) as? [String: [[Double]]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return object.mapValues { $0.map { Complex($0[0], $0[1]) } }
    }

    static func run(_ arguments: [String]) throws -> (status: Int32, output: Data) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python] + arguments
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("qiskit-\(UUID().uuidString).json")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try Data(contentsOf: output))
    }
}
