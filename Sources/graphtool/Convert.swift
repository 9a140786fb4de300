import ArgumentParser
import EDA
import Foundation

/// `graphtool convert`: translate a circuit between AIGER, BLIF, bench and Verilog.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a circuit between .aig, .aag, .blif, .bench and .v (formats by extension).",
        discussion: """
            Reads IN as an AIG (AIGER, BLIF, ISCAS bench or gate-level structural Verilog) and \\
            writes it to OUT in the format OUT's extension names. Names of inputs, latches and \\
            outputs are kept where the target format allows them. Unless --no-verify is given, \\
            OUT is read back and checked against IN by simulation (exhaustive up to 16 inputs \\
            plus latches, else --patterns random patterns); a mismatch exits with status 1. \\
            Verilog output is combinational only. Prints the written circuit's stats on stdout.
            """
    )

    @Argument(help: "The circuit to read (.aig, .aag, .blif, .bench, .v).") var input: String
    @Argument(help: "The file to write (.aig, .aag, .blif, .bench, .v).") var output: String
    @Flag(help: "Rebuild with structural hashing and remove dangling logic before writing.") var strash = false
    @Flag(help: "Do not read OUT back and compare it with IN.") var noVerify = false
    @Option(help: "Random patterns for the check when exhaustive simulation is too large.") var patterns = 1 << 16

    func validate() throws {
        for path in [input, output] where CircuitFile.Format(path: path) == nil {
            throw ValidationError(CircuitFile.UnsupportedFile(path: path).description)
        }
        guard patterns >= 1 else { throw ValidationError("--patterns must be at least 1, got \(patterns)") }
    }

    func run() throws {
        do {
            let read = try CircuitFile.read(input)
            let aig = strash ? read.strashed() : read
            try CircuitFile.write(aig, to: output)
            if !noVerify {
                let back = try CircuitFile.read(output)
                let verdict = try aig.checkEquivalence(with: back, patternCount: patterns)
                if case .notEquivalent = verdict {
                    FileHandle.standardError.write(Data("graphtool convert: \(output) differs from \(input): \(verdict)\n".utf8))
                    throw ExitCode.failure
                }
                FileHandle.standardError.write(Data("graphtool convert: check: \(verdict)\n".utf8))
            }
            let s = aig.stats()
            print("\(output): i/o = \(s.inputs)/\(s.outputs)  lat = \(s.latches)  and = \(s.ands)  lev = \(s.levels)")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            FileHandle.standardError.write(Data("graphtool convert: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
