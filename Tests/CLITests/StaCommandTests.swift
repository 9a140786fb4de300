import Foundation
import Testing

/// `graphtool sta` on the shipped TT06 design with the sky130 library of ../shared (gunzipped
/// here): the output contract (the JSON keys, the pins.tsv columns of the OpenSTA pipeline) and
/// one-line errors.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct StaCommandTests {
    static let library: URL? = ["../shared/data/opensta", "../../shared/data/opensta"]
        .map { GraphToolBinary.packageRoot.appendingPathComponent($0).appendingPathComponent("sky130hd_tt.lib.gz").standardizedFileURL }
        .first { FileManager.default.fileExists(atPath: $0.path) }

    static func gunzippedLibrary(into directory: URL) throws -> String {
        let path = directory.appendingPathComponent("sky130hd_tt.lib").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -dc '\(try #require(library).path)' > '\(path)'"]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return path
    }

    @Test(.enabled(if: library != nil, "../shared/data is absent"))
    func jsonAndPinsFollowTheContract() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("graphtool-sta-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lib = try Self.gunzippedLibrary(into: directory)
        let pins = directory.appendingPathComponent("pins.tsv").path
        let result = try GraphToolBinary.run(["sta", "netlists/tt_um_3515_sequenceDetector.v", "--liberty", lib,
                                              "--sdc", "netlists/tt_um_3515_sequenceDetector.sdc", "--json", "--pins", pins, "--paths", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["worst_slack_ps", "tns_ps", "endpoints", "pins", "seconds", "paths"] { #expect(json[key] != nil, "\(key)") }
        #expect((json["paths"] as? [Any])?.count == 2)
        let table = try String(contentsOfFile: pins, encoding: .utf8).split(separator: "\n")
        #expect(table.first == "pin\tkind\tcell\tlevel\tis_endpoint\tat_r_max\tat_f_max\tat_r_min\tat_f_min\trat_r_max\trat_f_max\tslack_r_max\tslack_f_max\tslack_r_min\tslack_f_min\tslew_r_max\tslew_f_max")
        #expect(table.count - 1 == json["pins"] as? Int)
        #expect(result.stderr.contains("dropped") && result.stderr.contains("physical-only"))
    }

    @Test func aMissingFileIsOneLineAndExitOne() throws {
        let result = try GraphToolBinary.run(["sta", "netlists/tt_um_3515_sequenceDetector.v", "--liberty", "no-such.lib", "--sdc", "x.sdc"])
        #expect(result.status == 1)
        #expect(result.stderrLines.count == 1 && result.stderr.contains("no-such.lib"))
    }
}
