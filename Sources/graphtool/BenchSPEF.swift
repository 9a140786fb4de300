import ArgumentParser
import EDA
import Foundation

/// `graphtool bench spef`: time reading a SPEF file, and mapping it onto its netlist.
struct BenchSPEF: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "spef",
        abstract: "Time reading a SPEF file (and mapping it onto its netlist).",
        discussion: """
            Reads FILE (SPEF, plain or gzipped) REPEATS times into Parasitics; with --netlist, \
            reads that gate-level Verilog once (untimed) and each time also maps the SPEF nets \
            and pins onto it, as OpenSTA's read_spef does. Reports the median of read + mapping \
            (median_seconds) and of each step, and the counts. Compare with OpenSTA: \
            benchmarks/spef-vs-opensta.sh.
            """
    )

    @Argument(help: "The SPEF file to read.") var file: String
    @Option(help: "Gate-level Verilog to map the SPEF onto.") var netlist: String?
    @Option(help: "Timed repetitions.") var repeats = 5
    @Flag(help: "Print one JSON line.") var json = false

    func validate() throws {
        guard repeats > 0 else { throw ValidationError("--repeats must be positive, got \(repeats)") }
    }

    func run() throws {
        var reads: [Double] = [], maps: [Double] = [], totals: [Double] = []
        var counts = (nets: 0, pins: 0, nodes: 0, resistors: 0, couplings: 0, unmapped: 0)
        do {
            let cells = try netlist.map { try CellNetlistReader.read(contentsOf: $0) }
            for _ in 0 ..< repeats {
                var parasitics: Parasitics?
                let read = try Stopwatch.seconds { parasitics = try SPEFReader.read(contentsOf: file) }
                var mapping: ParasiticsMapping?
                let map = Stopwatch.seconds { mapping = cells.map { parasitics!.mapping(to: $0) } }
                let p = parasitics!
                counts = (p.netCount, p.pins.count, p.nodeCount, p.resistance.count, p.couplings.count,
                          mapping.map { $0.unmappedNets.count + $0.unmappedPins.count + $0.misplacedPins.count } ?? 0)
                reads.append(read); maps.append(map); totals.append(read + map)
            }
        } catch {
            FileHandle.standardError.write(Data("graphtool bench spef: \(error)\n".utf8))
            throw ExitCode.failure
        }
        let report = BenchReport(benchmark: "spef", parameters: [
            "nets": counts.nets, "pins": counts.pins, "nodes": counts.nodes, "resistors": counts.resistors,
            "couplings": counts.couplings, "unmapped": counts.unmapped, "repeats": repeats,
        ], medianSeconds: totals.median(), measurements: [
            "read_seconds": reads.median(), "map_seconds": maps.median(),
        ])
        try report.print(json: json)
    }
}
