import ArgumentParser
import EDA
import Foundation
import GraphCore
import Quantum

extension FormatLoss.Kind: ExpressibleByArgument {}

/// `graphtool convert`: translate a circuit between AIGER, BLIF, bench and Verilog.
struct Convert: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Convert a circuit between .aig, .aag, .blif, .bench and .v, or .qasm to .qasm (formats by extension).",
        discussion: """
            Reads IN as an AIG (AIGER, BLIF, ISCAS bench or gate-level structural Verilog) and \
            writes it to OUT in the format OUT's extension names. Names of inputs, latches and \
            outputs are kept where the target format allows them; the AIGER comment becomes \
            comment lines. Verilog output is combinational only.

            Nothing is dropped silently. BLIF, bench and Verilog have no sections for AIGER's \
            bad-state, constraint, justice and fairness properties, and bench flip-flops start \
            at 0, so they cannot hold uninitialised latches: such a conversion is refused, \
            naming what would be lost, unless --drop allows it (then stderr lists what was \
            dropped).

            OUT is first written to a temporary file beside it, read back and checked against \
            IN by simulation: outputs, latch next states and initial values, and the properties \
            kept (exhaustive up to 16 inputs plus latches, else --patterns random patterns). \
            Only then is it renamed onto OUT; on any failure OUT is left as it was and the exit \
            status is 1. --no-verify skips the check. Prints the written circuit's stats on \
            stdout.

            OpenQASM 2 (.qasm to .qasm) is rewritten with its gate definitions expanded into \
            the qelib1.inc gates, one statement per operation; the written file is read back and \
            must be the same circuit before it replaces OUT.
            """
    )

    @Argument(help: "The circuit to read (.aig, .aag, .blif, .bench, .v).") var input: String
    @Argument(help: "The file to write (.aig, .aag, .blif, .bench, .v).") var output: String
    @Option(name: .customLong("drop"), help: ArgumentHelp(
        "Allow OUT to lack what its format cannot hold: properties (bad, constraint, justice, fairness) or latch-init (uninitialised latches start at 0 in bench). Repeat for both.",
        valueName: "what"))
    var drops: [FormatLoss.Kind] = []
    @Flag(help: "Rebuild with structural hashing and remove dangling logic before writing.") var strash = false
    @Flag(help: "Do not read OUT back and compare it with IN.") var noVerify = false
    @Option(help: "Random patterns for the check when exhaustive simulation is too large.") var patterns = 1 << 16
    @OptionGroup var reporting: QuietOption

    func validate() throws {
        if input.hasSuffix(".qasm") || output.hasSuffix(".qasm") {
            guard input.hasSuffix(".qasm") && output.hasSuffix(".qasm") else {
                throw ValidationError("OpenQASM converts only to OpenQASM: give .qasm for both IN and OUT")
            }
            return
        }
        guard CircuitFile.Format(path: input) != nil else {
            throw ValidationError(CircuitFile.UnsupportedFile(path: input).description)
        }
        do {
            _ = try CircuitFile.writingFormat(of: output)
        } catch let error as CircuitFile.UnsupportedFile {
            throw ValidationError(error.description)
        }
        guard patterns >= 1 else { throw ValidationError("--patterns must be at least 1, got \(patterns)") }
    }

    func run() throws {
        if input.hasSuffix(".qasm") { return try convertQASM() }
        do {
            let read = try CircuitFile.read(input)
            let aig = strash ? read.strashed() : read
            let dropping = Set(drops)
            let dropped: FormatLoss
            if noVerify {
                dropped = try CircuitFile.write(aig, to: output, dropping: dropping)
                reporting.note("graphtool convert: not checked (--no-verify)")
            } else {
                let written = try CircuitFile.writeChecked(aig, to: output, dropping: dropping, patternCount: patterns)
                dropped = written.dropped
                let uncovered = dropped.isEmpty ? "" : " (the check covers what \(output) holds, not what was dropped)"
                reporting.note("graphtool convert: check: \(written)\(uncovered)")
            }
            if !dropped.isEmpty {
                reporting.warn("graphtool convert: dropped from \(output) (allowed by --drop): \(dropped)")
            }
            let s = aig.stats()
            print("\(output): i/o = \(s.inputs)/\(s.outputs)  lat = \(s.latches)  and = \(s.ands)  lev = \(s.levels)")
        } catch let error as LossyWriteError {
            let flags = error.loss.kinds.map { "--drop \($0.rawValue)" }.joined(separator: " ")
            StandardError.line("graphtool convert: \(output): cannot hold \(error.loss) of \(input); nothing was written. "
                + "Write .aig or .aag to keep everything, or pass \(flags) to write \(output) without them")
            throw ExitCode.failure
        } catch {
            StandardError.line("graphtool convert: \(error)")
            throw ExitCode.failure
        }
    }
}

extension Convert {
    /// OpenQASM to OpenQASM: expanded, written atomically, read back and compared.
    func convertQASM() throws {
        do {
            let circuit = try QASMReader.read(input) { reporting.warn("graphtool convert: warning: \($0)") }
            let text = try QASMWriter.string(circuit)
            if !noVerify {
                guard try QASMReader.parse(text, file: output) == circuit else {
                    StandardError.line("graphtool convert: the text for \(output) does not read back as the circuit of \(input); nothing was written")
                    throw ExitCode.failure
                }
                reporting.note("graphtool convert: check: \(output) reads back as the same \(circuit.operations.count) operations")
            }
            try FileIO.writeAtomically(Array(text.utf8), to: output)
            let s = circuit.stats()
            print("\(output): qubits = \(s.qubits)  clbits = \(s.clbits)  size = \(s.size)  depth = \(s.depth)")
        } catch let exit as ExitCode {
            throw exit
        } catch {
            StandardError.line("graphtool convert: \(error)")
            throw ExitCode.failure
        }
    }
}
