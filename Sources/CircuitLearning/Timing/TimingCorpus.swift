import EDA
import Foundation
import GraphCore

/// A directory of routed designs in the layout of `../shared/data/tt06` (`NAME.v.gz` beside
/// `NAME.spef.gz`, and `designs.tsv` giving each design's clock period in ns), turned into
/// timing samples: each design timed under `FlatConstraints` at its period, and its slacks under
/// the same constraints at 1.1 × its ideal-wire critical path.
public enum TimingCorpus {
    /// The factor of the tight clock over the ideal-wire critical path.
    public static let tightening = 1.1
    /// The period of designs `designs.tsv` does not list (ns).
    public static let defaultPeriod = 20.0

    /// Design → clock period (ns) from `directory/designs.tsv` (`design<TAB>period…`, a header
    /// line first); empty when there is no such file.
    /// - Throws: `TimingError.malformedPeriods` naming the line.
    /// - Complexity: O(file size)
    public static func periods(in directory: String) throws -> [String: Double] {
        let path = (directory as NSString).appendingPathComponent("designs.tsv")
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        return try periods(parsing: FileIO.readAll(path), path: path)
    }

    /// Design → clock period (ns) from the bytes of a `designs.tsv` (read from `path`, for
    /// errors): after a header line, one `design<TAB>period…` line per design, the period a
    /// positive finite number; empty lines skipped; a later line for a design wins.
    /// - Throws: `TimingError.malformedPeriods` naming the line.
    /// - Complexity: O(bytes)
    public static func periods(parsing bytes: [UInt8], path: String) throws -> [String: Double] {
        let text = String(decoding: bytes, as: UTF8.self)
        var periods: [String: Double] = [:]
        for (k, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where k > 0 && !line.isEmpty {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2, let period = Double(fields[1]), period > 0, period.isFinite else {
                throw TimingError.malformedPeriods(path: path, line: k + 1, found: String(line.prefix(80)))
            }
            periods[String(fields[0])] = period
        }
        return periods
    }

    /// Reads a gate-level netlist (`.gz` too) with the pin order of `library`'s cells and removes
    /// the instances of cells the library lacks (fill, tap, decap).
    /// - Throws: the reader's errors, naming file and line. - Complexity: O(file size)
    public static func netlist(_ path: String, library: LibertyLibrary) throws -> CellNetlist {
        var options = CellNetlistReader.Options()
        for cell in library.cells { options.pinOrder[cell.name] = cell.pins.map(\.name) }
        var netlist = try CellNetlistReader.read(contentsOf: path, options: options)
        netlist.removeInstances(ofCellsNotIn: library.cellNames)
        return netlist
    }

    /// The sample of one design: its netlist under `FlatConstraints` at `period`, with the SPEF
    /// at `spef` as the targets when given.
    /// - Throws: the readers' errors, naming file and line. - Complexity: O(file sizes + six timings)
    public static func sample(netlist path: String, spef: String?, library: LibertyLibrary, period: Double, clock: String = "clk") throws -> TimingSample {
        let netlist = try netlist(path, library: library)
        let parasitics = try spef.map { try SPEFReader.read(contentsOf: $0) }
        func constraints(_ period: Double) throws -> TimingConstraints {
            try SDCReader.read(bytes: Array(FlatConstraints.sdc(netlist: netlist, period: period, clock: clock).utf8), fileName: "\(netlist.design).sdc", netlist: netlist)
        }
        return try TimingSample(netlist: netlist, library: library, constraints: constraints(period),
                                tightConstraints: { critical in critical > 0 ? try constraints(tightening * critical) : nil }, parasitics: parasitics)
    }
}
