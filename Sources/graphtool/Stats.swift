import ArgumentParser
import EDA
import Foundation

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
            ABC's 'read; strash' does. With --json, prints one versioned JSON object on stdout.
            """
    )

    @Argument(help: "The circuit file (.aig, .aag, .blif, .bench or .v).") var file: String
    @Flag(help: "Print JSON instead of text.") var json = false
    @Flag(help: "Rebuild with structural hashing and remove dangling logic before counting.") var strash = false
    @Flag(help: "Print the time to read the file and to compute the stats on stderr.") var time = false

    func run() throws {
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
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let report = StatsReport(file: file, stats: stats)
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
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
