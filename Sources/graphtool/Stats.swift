import ArgumentParser
import EDA
import Foundation
import Quantum

/// `graphtool stats`: the size and depth of the AIG a circuit file becomes.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the inputs, outputs, latches, ANDs and levels of a circuit file.",
        discussion: """
            Reads AIGER 1.9 (.aag ASCII, .aig binary), BLIF (.blif), ISCAS bench (.bench) or \
            gate-level structural Verilog (.v), chosen by extension, and prints the counts of the \
            AIG the file becomes, as in ABC's print_stats: i/o, lat, and, lev (the depth in AND \
            levels). AIGER counts are those of the file; the other formats are built with \
            structural hashing. --strash first merges duplicate ANDs and drops dangling ones, as \
            ABC's 'read; strash' does. An OpenQASM 2 file (.qasm) gives its qubits, classical bits, \
            size, depth and operation counts instead, as Qiskit's QuantumCircuit reports them. \
            With --json, prints one versioned JSON object on stdout.
            """
    )

    @Argument(help: "The circuit file (.aig, .aag, .blif, .bench, .v or .qasm).") var file: String
    @Flag(help: "Print JSON instead of text.") var json = false
    @Flag(help: "Rebuild with structural hashing and remove dangling logic before counting.") var strash = false
    @Flag(help: "Print the time to read the file and to compute the stats on stderr.") var time = false

    func run() throws {
        if file.hasSuffix(".qasm") { return try quantumStats() }
        let clock = ContinuousClock()
        let start = clock.now
        let aig: AIG
        do {
            let read = try CircuitFile.read(file)
            aig = strash ? read.strashed() : read
        } catch {
            FileHandle.standardError.write(Data("graphtool stats: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let loaded = clock.now
        let stats = aig.stats()
        if time {
            let seconds = { (d: Duration) in Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18 }
            let message = String(format: "graphtool stats: read%@ %.3f s, stats %.3f s\n", strash ? " + strash" : "",
                                 seconds(loaded - start), seconds(clock.now - loaded))
            FileHandle.standardError.write(Data(message.utf8))
        }
        if json {
            let report = StatsReport(file: file, stats: stats)
            print(try JSONText.of(report))
        } else {
            var line = "\(file): i/o = \(stats.inputs)/\(stats.outputs)  lat = \(stats.latches)  and = \(stats.ands)  lev = \(stats.levels)"
            if stats.bad + stats.constraints + stats.justice + stats.fairness > 0 {
                line += "  b/c/j/f = \(stats.bad)/\(stats.constraints)/\(stats.justice)/\(stats.fairness)"
            }
            print(line)
        }
    }
}

/// The JSON document of `graphtool stats --json`; bump `format` when fields change meaning.
struct StatsReport: Codable {
    static let currentFormat = 1
    var format = StatsReport.currentFormat
    var file: String
    var stats: AIGStats
}

extension Stats {
    /// `stats` of an OpenQASM 2 circuit.
    func quantumStats() throws {
        let stats: QuantumCircuitStats
        do {
            stats = try QASMReader.read(file) { StandardError.line("graphtool stats: warning: \($0)") }.stats()
        } catch {
            StandardError.line("graphtool stats: \(error)")
            throw ExitCode.failure
        }
        if json {
            print(try JSONText.of(QuantumStatsReport(file: file, stats: stats)))
        } else {
            let ops = stats.operationCounts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) \($0.value)" }
            print("\(file): qubits = \(stats.qubits)  clbits = \(stats.clbits)  size = \(stats.size)  depth = \(stats.depth)  "
                + "multi-qubit = \(stats.multiQubitGates)  ops: \(ops.joined(separator: ", "))")
        }
    }
}

/// The JSON document of `graphtool stats --json` for an OpenQASM file; bump `format` when fields change meaning.
struct QuantumStatsReport: Codable {
    static let currentFormat = 1
    var format = QuantumStatsReport.currentFormat
    var file: String
    var stats: QuantumCircuitStats
}
