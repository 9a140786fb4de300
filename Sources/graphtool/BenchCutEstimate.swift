import ArgumentParser
import EDA
import Foundation

/// `graphtool bench cut-estimate`: error and time of the cut-based signal-probability estimate
/// by cut size, against simulation.
struct BenchCutEstimate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cut-estimate",
        abstract: "Measure the cut-based signal-probability estimate against simulation, by cut size.",
        discussion: """
            For each circuit and each cut size K of --cut-sizes: the mean absolute error of \
            AIG.cutSignalProbabilities(cutSize: K) over the inputs, latches and ANDs against \
            simulation (exact up to 16 inputs and latches, else --patterns seeded random patterns, \
            as evaluate-encoder), and the median time of computing the estimate over --repeats \
            runs (one thread; the text shows CPU seconds, which do not grow while other processes \
            hold the cores; the JSON also has wall seconds). One line per circuit and the mean \
            over the circuits, or one JSON document.
            """
    )

    @Argument(help: "Circuit files.") var files: [String]
    @Option(help: "Comma-separated cut sizes, each in 2...\(AIG.maximumProbabilityCutSize).") var cutSizes = "2,4,6,8,10"
    @Option(help: "Random patterns for the probability truth above 16 inputs.") var patterns = 65536
    @Option(help: "Seed of the random patterns.") var seed: UInt64 = 7
    @Option(help: "Timed runs of each estimate (the median is reported).") var repeats = 1
    @Flag(help: "Print one JSON document.") var json = false

    /// One circuit's numbers.
    struct Row: Codable {
        var file: String
        var ands: Int
        /// "exact" or "N patterns".
        var truth: String
        /// Per cut size (as in `cutSizes`): mean absolute error, median wall seconds and median
        /// CPU seconds of the estimate (one thread: its time on a core, whatever else runs).
        var mae: [Double]
        var seconds: [Double]
        var cpuSeconds: [Double]

        enum CodingKeys: String, CodingKey {
            case file, ands, truth, mae, seconds
            case cpuSeconds = "cpu_seconds"
        }
    }

    /// The JSON document; bump `format` when fields change meaning.
    struct Report: Codable {
        var format = 1
        var benchmark = "cut-estimate"
        var cutSizes: [Int]
        var rows: [Row]
        var meanMAE: [Double]

        enum CodingKeys: String, CodingKey {
            case format, benchmark, rows
            case cutSizes = "cut_sizes", meanMAE = "mean_mae"
        }
    }

    func sizes() throws -> [Int] {
        let sizes = cutSizes.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard !sizes.isEmpty, sizes.allSatisfy({ $0.map { (2 ... AIG.maximumProbabilityCutSize).contains($0) } == true }) else {
            throw ValidationError("--cut-sizes needs comma-separated integers in 2...\(AIG.maximumProbabilityCutSize), e.g. 2,4,6,8,10")
        }
        return sizes.map { $0! }
    }

    func validate() throws {
        _ = try sizes()
        guard patterns >= 1, repeats >= 1 else { throw ValidationError("--patterns and --repeats must be positive") }
    }

    func run() throws {
        let sizes = try sizes()
        do {
            var rows: [Row] = []
            if !json { print("circuit".padding(toLength: 24, withPad: " ", startingAt: 0) + sizes.map { "K=\($0) MAE (CPU s)".leftPadded(20) }.joined()) }
            for file in files {
                let aig = try CircuitFile.read(file)
                let exact = aig.inputs.count + aig.latches.count <= AIG.exhaustiveSourceLimit
                let truth = exact ? try aig.exactSignalProbabilities()
                                  : try aig.signalProbabilities(patternCount: patterns, seed: seed)
                let measured = (0 ..< aig.variableCount).filter {
                    [.input, .latch, .and].contains(aig.kinds[$0])
                }
                var mae: [Double] = [], seconds: [Double] = [], cpuSeconds: [Double] = []
                for size in sizes {
                    var estimate: [Float] = []
                    let times = (0 ..< repeats).map { _ in
                        Stopwatch.wallAndCPUSeconds { estimate = aig.cutSignalProbabilities(cutSize: size) }
                    }
                    seconds.append(times.map(\.wall).median())
                    cpuSeconds.append(times.map(\.cpu).median())
                    mae.append(measured.reduce(0.0) { $0 + abs(Double(estimate[$1]) - truth[$1]) } / Double(max(measured.count, 1)))
                }
                let row = Row(file: file, ands: aig.andCount, truth: exact ? "exact" : "\(patterns) patterns", mae: mae,
                              seconds: seconds, cpuSeconds: cpuSeconds)
                rows.append(row)
                if !json {
                    let name = URL(fileURLWithPath: file).lastPathComponent
                    print(name.padding(toLength: 24, withPad: " ", startingAt: 0)
                          + zip(mae, cpuSeconds).map { String(format: "%.4f (%.2f)", $0, $1).leftPadded(20) }.joined())
                }
            }
            let mean = sizes.indices.map { k in rows.reduce(0.0) { $0 + $1.mae[k] } / Double(max(rows.count, 1)) }
            if json {
                print(try JSONText.of(Report(cutSizes: sizes, rows: rows, meanMAE: mean)))
            } else {
                print("mean of \(rows.count)".padding(toLength: 24, withPad: " ", startingAt: 0)
                      + mean.map { String(format: "%.4f", $0).leftPadded(20) }.joined())
            }
        } catch {
            FileHandle.standardError.write(Data("graphtool bench cut-estimate: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}

private extension String {
    /// The string with spaces in front, `width` characters in all (unchanged when longer).
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
