import ArgumentParser
import EDA
import Foundation

extension CircuitGenerator.Kind: ExpressibleByArgument {}

/// `graphtool generate`: write a parametric example circuit as AIGER.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a generated circuit (adder, multiplier, comparator, mux, parity, control) as AIGER.",
        discussion: """
            KIND is one of: adder (ripple-carry, outputs s[i] and cout), multiplier (array, \
            outputs p[i]), comparator (outputs lt, eq, gt), mux (--bits select lines, 2^bits \
            data inputs), parity (balanced XOR tree), control (random AND/OR/XOR/MUX logic, \
            seeded). The output format follows the extension: .aag is ASCII, anything else \
            binary. Prints the written file's stats on stdout.
            """
    )

    @Argument(help: "The circuit: \(CircuitGenerator.Kind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kind: CircuitGenerator.Kind
    @Option(help: "Operand width (select lines for mux); default depends on KIND.") var bits: Int?
    @Option(help: "Random seed (control only).") var seed: UInt64 = 0
    @Option(name: .shortAndLong, help: "The AIGER file to write (.aag or .aig).") var output: String

    func validate() throws {
        let n = bits ?? kind.defaultBits
        guard kind.allowedBits.contains(n) else {
            throw ValidationError(CircuitGenerator.InvalidWidth(kind: kind, bits: n).description)
        }
    }

    func run() throws {
        do {
            let aig = try CircuitGenerator.make(kind, bits: bits, seed: seed)
            try AIGERWriter.write(aig, to: output)
            let s = aig.stats()
            print("\(output): i/o = \(s.inputs)/\(s.outputs)  lat = \(s.latches)  and = \(s.ands)  lev = \(s.levels)")
        } catch {
            FileHandle.standardError.write(Data("graphtool generate: \(error)\n".utf8))
            throw ExitCode.failure
        }
    }
}
