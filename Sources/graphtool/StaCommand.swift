import ArgumentParser
import EDA
import Foundation
import GraphCore

/// `graphtool sta`: static timing analysis of a gate-level netlist.
struct StaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sta",
        abstract: "Static timing analysis of a gate-level netlist with a Liberty library and SDC.",
        discussion: """
            Reads the netlist (Verilog of library cells, flattened), drops instances of cells the \
            library lacks (fill, tap, decap; counted on stderr), reads the SDC against it and \
            times it: arrival times and slews from the clocks and input delays through NLDM \
            tables, required times from setup/hold/recovery/removal checks and output delays, \
            and the slack of every pin. Without extracted parasitics, wires come from the \
            library's default wire-load model, as OpenSTA does; with --spef, from each net's \
            extracted RC tree (coupling capacitance as grounded). Delays are OpenSTA's \
            dmp_ceff_elmore: each driver sees its wires reduced to a pi model through an \
            effective capacitance, and each load is reached with the Elmore delay of the wire \
            and a slew degraded along it. As in OpenSTA, a set_load on a \
            port removes the wire-load estimate of its net, not extracted wires. Prints the worst setup and hold \
            slack and the total negative slack in ps; --json prints one versioned JSON object \
            instead; --pins writes per-pin arrivals, required times, slacks and slews (ps) as the \
            OpenSTA label pipeline's pins.tsv; --paths prints the worst paths.
            """
    )

    @Argument(help: "The gate-level Verilog netlist.") var design: String
    @Option(help: "The Liberty library (.lib).") var liberty: String
    @Option(help: "The SDC constraints.") var sdc: String
    @Option(help: "Extracted parasitics (SPEF, .gz too) of the netlist's wires.") var spef: String?
    @Option(help: "The top module (default: the one module no other instantiates).") var top: String?
    @Flag(help: "Print one JSON object instead of text.") var json = false
    @Option(help: "Write one row per pin (TSV, times in ps) to this file.") var pins: String?
    @Option(help: "Print the N worst setup paths.") var paths = 0
    @Option(name: .customLong("threads"), help: "Threads: with 2 or more, the library is read while the netlist and SPEF are.")
    var threadCount: ThreadCount = .allCores
    @OptionGroup var quiet: QuietOption

    func validate() throws {
        guard paths >= 0 else { throw ValidationError("--paths must be 0 or more") }
        guard threadCount.count >= 1 else { throw ValidationError("--threads must be at least 1") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let start = clock.now
        let sta: TimingAnalysis
        do {
            sta = try TimedDesign.analyse(design: design, liberty: liberty, sdc: sdc, spef: spef, top: top, threads: threadCount.count, reporting: quiet, command: "sta")
            if let pins { try FileIO.writeAtomically(Array(sta.pinsTable().utf8), to: pins) }
        } catch {
            StandardError.line("graphtool sta: \(error)")
            throw ExitCode.failure
        }
        let elapsed = clock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let report = StaReport(sta, seconds: seconds, paths: paths)
        if json {
            print(try JSONText.of(report))
        } else {
            print(report.text)
        }
    }
}

/// The JSON document of `graphtool sta --json`; bump `format` when fields change meaning.
struct StaReport: Codable {
    struct PathPoint: Codable {
        var pin: String
        var transition: String
        var arrival_ps: Double
    }

    struct Path: Codable {
        var endpoint: String
        var required_ps: Double
        var slack_ps: Double
        var points: [PathPoint]
    }

    static let currentFormat = 1
    var format = StaReport.currentFormat
    var worst_slack_ps: Double?
    var tns_ps: Double
    var worst_hold_slack_ps: Double?
    var endpoints: Int
    var pins: Int
    var seconds: Double
    var paths: [Path]

    init(_ sta: TimingAnalysis, seconds: Double, paths count: Int) {
        let ps = sta.timeUnit / 1e-12
        worst_slack_ps = sta.worstSlack(.max).map { $0 * ps }
        tns_ps = sta.totalNegativeSlack(.max) * ps
        worst_hold_slack_ps = sta.worstSlack(.min).map { $0 * ps }
        endpoints = sta.endpoints.count
        pins = sta.graph.kinds.filter { $0 != .unmapped }.count
        self.seconds = seconds
        paths = sta.worstPaths(count).map { path in
            Path(endpoint: sta.name(of: path.endpoint), required_ps: path.required * ps, slack_ps: path.slack * ps,
                 points: path.points.map { PathPoint(pin: sta.name(of: $0.node), transition: $0.transition == .rise ? "rise" : "fall", arrival_ps: $0.arrival * ps) })
        }
    }

    /// The report as text.
    var text: String {
        func ps(_ value: Double?) -> String { value.map { String(format: "%.3f ps", $0) } ?? "none (unconstrained)" }
        var lines = ["worst setup slack \(ps(worst_slack_ps)), total negative slack \(ps(tns_ps)), worst hold slack \(ps(worst_hold_slack_ps))",
                     "\(endpoints) endpoints, \(pins) pins, \(String(format: "%.3f", seconds)) s"]
        for path in paths {
            lines.append("")
            lines.append("path to \(path.endpoint): required \(ps(path.required_ps)), slack \(ps(path.slack_ps))")
            for point in path.points { lines.append(String(format: "  %12.3f  %@ %@", point.arrival_ps, point.pin, point.transition)) }
        }
        return lines.joined(separator: "\n")
    }
}
