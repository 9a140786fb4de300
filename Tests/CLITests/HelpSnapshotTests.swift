import Foundation
import Testing

/// Every subcommand's `--help`, pinned: the text must match `HelpSnapshots/<command>.txt`.
///
/// After an intended change of the help, accept the new text with
/// `GRAPHTOOL_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests` and review the diff.
/// The help is printed 80 columns wide (`COLUMNS=80`), whatever the terminal.
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct HelpSnapshotTests {
    /// Every command path of the tool, the root included.
    static let commands: [[String]] = [
        [], ["stats"], ["convert"], ["generate"], ["embed"], ["pretrain"], ["evaluate-encoder"], ["linkpred"], ["classify"], ["anomaly"], ["anomaly", "score"], ["anomaly", "inject"],
        ["render"], ["dot"], ["sta"], ["qsim"], ["qpretrain"], ["qas"], ["bin"], ["bin", "run"], ["bin", "evaluate"],
        ["bench"], ["bench", "spmm"], ["bench", "build"], ["bench", "vgae"], ["bench", "aiger"], ["bench", "liberty"],
        ["bench", "spef"], ["bench", "tile"], ["bench", "cut-estimate"], ["topology"], ["topology", "design"],
        ["topology", "sample"], ["topology", "evaluate"], ["partition"], ["bench", "partition-epoch"], ["bench", "sampler"],
        ["parasitics"], ["parasitics", "dataset"], ["parasitics", "train"], ["parasitics", "evaluate"], ["parasitics", "predict"],
        ["timing"], ["timing", "dataset"], ["timing", "train"], ["timing", "evaluate"], ["timing", "predict"],
    ]

    static let directory = GraphToolBinary.packageRoot.appendingPathComponent("Tests/CLITests/HelpSnapshots")
    static let isUpdating = ProcessInfo.processInfo.environment["GRAPHTOOL_UPDATE_SNAPSHOTS"] == "1"

    static func snapshot(of command: [String]) -> URL {
        directory.appendingPathComponent((["graphtool"] + command).joined(separator: "-") + ".txt")
    }

    static func help(_ command: [String]) throws -> GraphToolBinary.Result {
        try GraphToolBinary.run(command + ["--help"], environment: ["COLUMNS": "80", "LINES": "24"])
    }

    @Test(arguments: commands)
    func helpMatchesItsSnapshot(command: [String]) throws {
        let result = try Self.help(command)
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let file = Self.snapshot(of: command)
        if Self.isUpdating {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try Data(result.stdout.utf8).write(to: file)
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, """
            'graphtool \(command.joined(separator: " ")) --help' differs from \(file.lastPathComponent); \
            if the change is intended, run GRAPHTOOL_UPDATE_SNAPSHOTS=1 swift test --filter HelpSnapshotTests
            """)
    }

    /// No line of any help ends in a backslash (a `\\` where a line continuation was meant).
    @Test(arguments: commands)
    func helpHasNoStrayBackslashes(command: [String]) throws {
        let lines = try Self.help(command).stdout.split(separator: "\n")
        #expect(!lines.contains { $0.hasSuffix("\\") }, "\(lines.filter { $0.hasSuffix("\\") })")
    }

    /// The list above is the tool's command tree (read from the SUBCOMMANDS of each help), and
    /// the snapshot folder holds exactly one file per command.
    @Test func everyCommandHasASnapshot() throws {
        var found: [[String]] = [], pending: [[String]] = [[]]
        while let command = pending.popLast() {
            found.append(command)
            let text = try Self.help(command).stdout
            guard let section = text.range(of: "SUBCOMMANDS:\n") else { continue }
            for line in text[section.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
                if line.isEmpty { break }  // the end of the section
                if line.hasPrefix("  ") && !line.hasPrefix("   ") {  // a name, not a continued abstract
                    pending.append(command + [String(line.split(separator: " ")[0])])
                }
            }
        }
        #expect(Set(found) == Set(Self.commands))
        if !Self.isUpdating {
            let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            #expect(Set(files) == Set(Self.commands.map { Self.snapshot(of: $0).lastPathComponent }))
        }
    }
}

/// One contract for stderr: every command with a progress line takes `--no-progress`, every
/// command that writes notes takes `--quiet` (leaving only warnings and errors).
@Suite(.enabled(if: GraphToolBinary.isBuilt, GraphToolBinary.skipMessage))
struct DiagnosticFlagTests {
    @Test(arguments: [(["embed"], true), (["linkpred"], true), (["convert"], false), (["render"], false), (["pretrain"], false)])
    func flagsAreUniform(command: [String], showsProgress: Bool) throws {
        let help = try HelpSnapshotTests.help(command).stdout
        #expect(help.contains("-q, --quiet             Print only warnings and errors on stderr"))
        #expect(help.contains("--no-progress           Never draw the progress line") == showsProgress)
    }

    @Test func quietRenderWritesNothingOnStderr() throws {
        try GraphToolBinary.withTemporaryDirectory { directory in
            let svg = directory.appendingPathComponent("m.svg").path
            let result = try GraphToolBinary.run(["render", "netlists/mux-2.aig", "-o", svg, "--quiet"])
            #expect(result.status == 0 && result.stderr.isEmpty && result.stdout.isEmpty, "\(result.stderr)")
            #expect(FileManager.default.fileExists(atPath: svg))
        }
    }
}
