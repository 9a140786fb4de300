import ArgumentParser
import Foundation
import GraphCore
import Quantum

/// `graphtool qsim`: simulate an OpenQASM 2 circuit on the statevector simulator.
struct QSim: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "qsim",
        abstract: "Simulate an OpenQASM 2 circuit: seeded measurement counts or its final state.",
        discussion: """
            Reads FILE (OpenQASM 2.0, qelib1.inc built in) and simulates it with complex \
            amplitudes in Float64 on --threads threads. --statevector writes the final state, \
            measurements and barriers ignored, as a NumPy complex128 vector of length 2^n in \
            Qiskit's little-endian qubit order (refused when the circuit resets a qubit or acts on \
            a measured one: then it has no single final state). --shots samples the measurements \
            with the generator seeded by --seed (one run when every measurement is final, else one \
            run per shot) and prints the counts, keyed as Qiskit keys them, most frequent first; \
            with --json as one versioned JSON object. Without either option, --shots 1024.
            """
    )

    @Argument(help: "The OpenQASM 2 file.") var file: String
    @Option(help: "Measurement shots to sample.") var shots: Int?
    @Option(help: "The seed of the measurement draws.") var seed: UInt64 = 1
    @Option(help: ArgumentHelp("Write the final state to this .npy file (complex128).", valueName: "out.npy"))
    var statevector: String?
    @Option(help: ThreadCount.help) var threads: ThreadCount = .allCores
    @Flag(help: "Print the counts as JSON.") var json = false
    @Flag(help: "Print the seconds to read, simulate and write on stderr.") var time = false
    @Flag(help: "Apply the gates one by one instead of fusing them into fewer passes over the state.") var noFusion = false
    @Option(help: "Most qubits of one fused dense block (1-\(Statevector.maxDenseTargets)).")
    var fusionWidth: Int = StatevectorSimulator.defaultFusionWidth
    @OptionGroup var reporting: QuietOption

    func validate() throws {
        if let shots, shots < 1 { throw ValidationError("--shots must be at least 1, got \(shots)") }
        guard (1 ... Statevector.maxDenseTargets).contains(fusionWidth) else {
            throw ValidationError("--fusion-width must be from 1 to \(Statevector.maxDenseTargets), got \(fusionWidth)")
        }
        guard threads.count >= 1 else { throw ValidationError("--threads must be at least 1, got \(threads.count)") }
    }

    func run() throws {
        do {
            let clock = ContinuousClock()
            var marks = [clock.now]
            let circuit = try QASMReader.read(file) { reporting.warn("graphtool qsim: warning: \($0)") }
            marks.append(clock.now)
            let simulator = StatevectorSimulator(threads: threads.count, fusesGates: !noFusion, fusionWidth: fusionWidth)
            if let statevector {
                let state = try simulator.finalState(circuit)
                marks.append(clock.now)
                try NPYWriter.write(NPYArray(complexInterleaved: state.storage), to: URL(fileURLWithPath: statevector))
                marks.append(clock.now)
                if time {
                    let s = zip(marks, marks.dropFirst()).map { pair in
                        let d = pair.1 - pair.0
                        return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
                    }
                    StandardError.line(String(format: "graphtool qsim: read %.3f s, simulate %.3f s, write %.3f s", s[0], s[1], s[2]))
                }
                reporting.note("graphtool qsim: wrote the final state of \(circuit.qubitCount) qubits to \(statevector)")
            }
            guard let shots = shots ?? (statevector == nil ? 1024 : nil) else { return }
            let counts = try simulator.counts(circuit, shots: shots, seed: seed)
            if json {
                let report = QSimReport(file: file, qubits: circuit.qubitCount, shots: shots, seed: seed, counts: counts)
                print(try JSONText.of(report))
            } else {
                for (key, count) in counts.sorted(by: { ($0.value, $1.key) > ($1.value, $0.key) }) { print("\(key)\t\(count)") }
            }
        } catch {
            StandardError.line("graphtool qsim: \(error)")
            throw ExitCode.failure
        }
    }
}

/// The JSON document of `graphtool qsim --json`; bump `format` when fields change meaning.
struct QSimReport: Codable {
    static let currentFormat = 1
    var format = QSimReport.currentFormat
    var file: String
    var qubits: Int
    var shots: Int
    var seed: UInt64
    var counts: [String: Int]
}
