import ArgumentParser
import EDA
import Foundation

/// `graphtool bench liberty`: time reading a Liberty library.
struct BenchLiberty: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liberty",
        abstract: "Time reading a Liberty library.",
        discussion: """
            Reads FILE (.lib) REPEATS times, file read included, and reports the median \
            (median_seconds) with the cell and timing-arc counts. Compare with OpenSTA's \
            read_liberty: benchmarks/liberty-vs-opensta.sh.
            """
    )

    @Argument(help: "The Liberty file to read.") var file: String
    @Option(help: "Timed repetitions.") var repeats = 3
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard repeats > 0 else { throw ValidationError("--repeats must be positive, got \(repeats)") }
    }

    func run() throws {
        var times: [Double] = []
        var counts = (cells: 0, arcs: 0)
        do {
            for _ in 0 ..< repeats {
                var library: LibertyLibrary?
                times.append(try Stopwatch.seconds { library = try LibertyReader.read(contentsOf: file) })
                counts = (library!.cells.count, library!.cells.reduce(0) { $0 + $1.arcs.count })
            }
        } catch {
            FileHandle.standardError.write(Data("graphtool bench liberty: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let report = BenchReport(benchmark: "liberty", parameters: ["cells": counts.cells, "arcs": counts.arcs, "repeats": repeats],
                                 medianSeconds: times.median(), measurements: [:])
        try report.print(json: json)
    }
}
