import ArgumentParser
import EDA
import Foundation

/// `graphtool bench tile`: make a large benchmark input from disjoint copies of a circuit.
struct BenchTile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tile",
        abstract: "Write COPIES disjoint copies of a circuit side by side (as ABC's 'double').",
        discussion: """
            Reads IN (any circuit format), places COPIES copies of it in one AIG, each with its \
            own inputs, latches and outputs, and writes OUT (format by extension). 64 copies of \
            EPFL hyp.aig make the 13.7M-AND input of benchmarks/aiger-vs-abc.sh.
            """
    )

    @Argument(help: "The circuit to copy.") var input: String
    @Option(help: "Number of copies.") var copies = 64
    @Option(name: .shortAndLong, help: "The file to write (.aig, .aag, .blif, .bench, .v).") var output: String

    func validate() throws {
        guard copies >= 1 else { throw ValidationError("--copies must be at least 1, got \(copies)") }
        do {
            _ = try CircuitFile.writingFormat(of: output)
        } catch let error as CircuitFile.UnsupportedFile {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        do {
            let aig = try CircuitFile.read(input).tiled(copies: copies)
            try CircuitFile.write(aig, to: output)
            print("\(output): i/o = \(aig.inputs.count)/\(aig.outputs.count)  lat = \(aig.latches.count)  and = \(aig.andCount)")
        } catch {
            FileHandle.standardError.write(Data("graphtool bench tile: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
