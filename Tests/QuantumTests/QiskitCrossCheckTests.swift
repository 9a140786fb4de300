import Foundation
import Testing
@testable import Quantum

/// Our final states against Qiskit's `Statevector` on every QASMBench small circuit without
/// mid-circuit measurement (final measurements removed): |⟨ψ_ours|ψ_qiskit⟩| ≥ 1 − 1e-9; and our
/// size and depth against Qiskit's where the file defines no gates (Qiskit keeps a defined gate as
/// one instruction). Files above 1 MB (`hhl_n10`, 186,000 gates) are left to
/// `benchmarks/qasmbench-vs-qiskit.sh`, to keep the tests fast.
/// Needs Python with qiskit (`pip install qiskit`; the interpreter is `$GRAPHTOOL_PYTHON` or
/// `python3`); skipped when it or the data is absent.
@Suite(.enabled(if: Qiskit.isAvailable && QASMBench.isAvailable, "needs python3 with qiskit and the QASMBench circuits"))
struct QiskitCrossCheckTests {
    @Test func finalStatesAgreeWithQiskit() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qiskit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var ours: [String: Statevector] = [:], rewritten: [String: String] = [:], stats: [String: QuantumCircuitStats] = [:]
        for file in QASMBench.files where QASMBench.size(of: file) < 1 << 20 {
            let path = QASMBench.directory.appendingPathComponent(file).path
            let circuit = try QASMReader.read(path)
            if try !String(contentsOfFile: path, encoding: .utf8).contains("gate ") { stats[path] = circuit.stats() }
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
        let theirs = try Qiskit.simulate(rewritten.keys.sorted().map { ($0, rewritten[$0]!) })
        for (path, ours) in stats {
            guard let (size, depth) = theirs.sizes[path] else { continue }  // Qiskit read only our rewrite
            #expect(ours.size == size && ours.depth == depth, "\(path): size \(ours.size), depth \(ours.depth); Qiskit \(size), \(depth)")
        }
        #expect(theirs.sizes.count >= 30)
        for (path, state) in ours {
            guard let amplitudes = theirs.states[path] else {
                Issue.record("Qiskit could not simulate \(path), which we did")
                continue
            }
            let fidelity = state.innerProduct(Statevector(amplitudes: amplitudes)).magnitudeSquared.squareRoot()
            #expect(fidelity >= 1 - 1e-9, "\(path): |⟨ours|qiskit⟩| = \(fidelity)")
        }
        #expect(ours.count >= 34, "only \(ours.count) circuits compared")
    }
}

/// Runs Qiskit in a Python subprocess.
enum Qiskit {
    static let python = ProcessInfo.processInfo.environment["GRAPHTOOL_PYTHON"] ?? "python3"

    static let isAvailable: Bool = (try? run(["-c", "import qiskit"]).status) == 0

    /// The final state Qiskit computes for each file (its fallback when Qiskit cannot read the
    /// file itself), final measurements removed, and the size and depth of the files it reads
    /// as they are; files Qiskit cannot simulate are left out.
    static func simulate(_ files: [(path: String, fallback: String)]) throws
        -> (states: [String: [Complex]], sizes: [String: (size: Int, depth: Int)]) {
        let script = """
            import json, sys
            from qiskit import qasm2
            from qiskit.quantum_info import Statevector
            def load(path):
                return qasm2.load(path, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
            states, sizes = {}, {}
            args = sys.argv[1:]
            for path, fallback in zip(args[::2], args[1::2]):
                try:
                    qc = load(path)
                    sizes[path] = [qc.size(), qc.depth()]
                except qasm2.QASM2ParseError:
                    qc = load(fallback)
                try:
                    qc.remove_final_measurements()
                    states[path] = [[a.real, a.imag] for a in Statevector(qc).data]
                except Exception:
                    pass
            print(json.dumps({"states": states, "sizes": sizes}))
            """
        let result = try run(["-c", script] + files.flatMap { [$0.path, $0.fallback] })
        guard result.status == 0, let object = try JSONSerialization.jsonObject(with: result.output) as? [String: Any],
              let states = object["states"] as? [String: [[Double]]], let sizes = object["sizes"] as? [String: [Int]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return (states.mapValues { $0.map { Complex($0[0], $0[1]) } }, sizes.mapValues { ($0[0], $0[1]) })
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
