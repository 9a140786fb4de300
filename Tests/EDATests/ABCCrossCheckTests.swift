import Foundation
import Testing
@testable import EDA

/// ABC (`berkeley-abc`) as the oracle: same counts and depth on the EPFL benchmarks, and ABC
/// reads what our writer writes. Skipped when ABC or the data is absent.
enum ABC {
    static let path: String? = {
        for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
            let candidate = "\(directory)/berkeley-abc"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }()

    static var isAvailable: Bool { path != nil }

    /// Runs ABC on a command script and returns its standard output.
    static func run(_ script: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path))
        process.arguments = ["-c", script]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The `print_stats` lines of an ABC run, as (inputs, outputs, latches, ands, levels).
    static func stats(in output: String) -> [[Int]] {
        output.split(separator: "\n").filter { $0.contains("i/o =") }.map { line in
            func after(_ key: String) -> Int {
                guard let range = line.range(of: key) else { return -1 }
                let rest = line[range.upperBound...].drop { $0 == " " }
                return Int(rest.prefix { $0.isNumber }) ?? -1
            }
            let io = line.range(of: "i/o =").map { line[$0.upperBound...] } ?? ""
            let parts = io.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces).prefix { $0.isNumber }) ?? -1 }
            return [parts.first ?? -1, parts.count > 1 ? parts[1] : -1, after("lat ="), after("and ="), after("lev =")]
        }
    }
}

@Suite(.enabled(if: ABC.isAvailable, "berkeley-abc is not on PATH"))
struct ABCCrossCheckTests {
    /// All 20 files, hyp.aig (24,801 levels) included: about 1 s in a debug build.
    @Test(.enabled(if: !Fixtures.epflFiles.isEmpty, "../shared/data/epfl is absent"))
    func epflStatsMatchABC() throws {
        let files = Fixtures.epflFiles
        let script = files.map { "read \($0.path); print_stats" }.joined(separator: "; ")
        let abc = ABC.stats(in: try ABC.run(script))
        try #require(abc.count == files.count, "ABC printed \(abc.count) stats lines for \(files.count) files")
        for (url, expected) in zip(files, abc) {
            let s = try AIGERReader.read(contentsOf: url.path).stats()
            #expect([s.inputs, s.outputs, s.latches, s.ands, s.levels] == expected, "\(url.lastPathComponent)")
        }
    }

    /// ABC (this build reads binary AIGER only) must report our counts for files we wrote, find
    /// them equivalent to the originals, and write files we read back with the same counts.
    @Test func abcReadsWhatWeWrite() throws {
        let directory = try Fixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var samples: [(AIG, original: String?)] = [(try Fixtures.aig(Fixtures.halfAdder), nil),
                                                   (try sequentialCounter(bits: 6), nil)]
        if let adder = Fixtures.epflFiles.first(where: { $0.lastPathComponent == "adder.aig" }) {
            // Each output o rebuilt as (o & t) | (o & !t): new logic, same function.
            var aig = try AIGERReader.read(contentsOf: adder.path)
            let t = aig.inputs[0] << 1
            let rebuilt = aig.outputs.map { aig.or(aig.and($0, t), aig.and($0, AIG.not(t))) }
            var variant = aig
            variant.outputs = rebuilt
            variant.cleanup()
            samples.append((variant, adder.path))
        }
        var script: [String] = []
        var expected: [[Int]] = []
        for (i, (aig, original)) in samples.enumerated() {
            let ours = directory.appendingPathComponent("ours\(i).aig").path
            let theirs = directory.appendingPathComponent("abc\(i).aig").path
            try AIGERWriter.write(aig, to: ours)
            script.append("read \(ours); print_stats; write_aiger \(theirs)")
            if let original { script.append("cec \(original) \(ours)") }
            let s = aig.stats()
            expected.append([s.inputs, s.outputs, s.latches, s.ands, s.levels])
        }
        let output = try ABC.run(script.joined(separator: "; "))
        #expect(ABC.stats(in: output) == expected, "\(output)")
        let originals = samples.filter { $0.original != nil }.count
        #expect(output.components(separatedBy: "Networks are equivalent").count - 1 == originals, "\(output)")
        for (i, (aig, _)) in samples.enumerated() {
            let back = try AIGERReader.read(contentsOf: directory.appendingPathComponent("abc\(i).aig").path)
            #expect(back.stats() == aig.stats())
            if aig.latches.isEmpty { #expect(try outputSignature(back, seed: 5) == outputSignature(aig, seed: 5)) }
        }
    }

    /// A `bits`-bit counter with enable: latches with reset 0, next = count + enable.
    private func sequentialCounter(bits: Int) throws -> AIG {
        var aig = AIG()
        let enable = aig.addInput(name: "enable")
        let state = (0 ..< bits).map { aig.addLatch(name: "q\($0)") }
        var carry = enable
        for (i, q) in state.enumerated() {
            try aig.setLatchNext(i, to: aig.xor(q, carry))
            carry = aig.and(q, carry)
            try aig.addOutput(q)
        }
        try aig.addOutput(carry, name: "overflow")
        return aig
    }
}
