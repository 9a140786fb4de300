#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import GraphCore

extension CircuitFile {
    /// Writes `aig` to `path` like `write(_:to:dropping:)`, but first into a temporary file
    /// beside it, which is read back and compared with `aig`; only when they agree is it
    /// renamed onto `path`. On any failure nothing is left and `path` is untouched.
    ///
    /// The comparison covers what the file holds (`AIG.checkEquivalence` by simulation,
    /// exhaustive up to `AIG.exhaustiveSourceLimit` inputs plus latches, else `patternCount`
    /// seeded random patterns): every output, every latch's next state and initial value, and
    /// every property literal the format keeps. Dropped properties are not compared, and an
    /// uninitialised latch written as starting at 0 is compared as starting at 0; the result's
    /// `dropped` says what that covers.
    ///
    /// - Returns: what was dropped and the verdict (`.equivalent` or `.notProven`).
    /// - Throws: `UnsupportedFile`; `LossyWriteError` for a loss `dropping` does not allow;
    ///   `WriteCheckError` when the file read back differs; `AIGERError`/`NetlistError` for I/O
    ///   or latches in Verilog; `AIGError.invalidPatternCount`.
    /// - Complexity: O(M) to write and read, plus the simulation (see `checkEquivalence`).
    public static func writeChecked(_ aig: AIG, to path: String, dropping: Set<FormatLoss.Kind> = [],
                                    patternCount: Int = 1 << 16, seed: UInt64 = 1,
                                    threads: Int = Parallel.coreCount) throws -> CheckedWrite {
        let format = try writingFormat(of: path)
        let loss = FormatLoss(writing: aig, as: format)
        let refused = loss.restricted(to: Set(loss.kinds).subtracting(dropping))
        guard refused.isEmpty else { throw LossyWriteError(file: path, loss: refused) }
        guard patternCount >= 1 else { throw AIGError.invalidPatternCount(patternCount) }

        let temporary = temporaryPath(besides: path)
        var renamed = false
        defer { if !renamed { unlink(temporary) } }
        try write(aig, to: temporary, as: format, name: stem(of: path), dropping: dropping)
        let back: AIG
        do {
            back = try read(temporary)
        } catch {
            throw WriteCheckError(file: path, reason: .unreadable("\(error)"))
        }
        let expected = aig.writtenForm(as: format)
        let verdict = try compare(expected, back, file: path, patternCount: patternCount, seed: seed, threads: threads)
        do {
            try FileIO.replace(path, with: temporary)
        } catch let error as GraphIOError {
            throw NetlistError(error)
        }
        renamed = true
        return CheckedWrite(dropped: loss.restricted(to: dropping), verdict: verdict, outputs: expected.outputs.count,
                            latches: expected.latches.count,
                            properties: expected.withPropertiesAsOutputs().outputs.count - expected.outputs.count)
    }

    /// `expected` against `back`: equal latch resets and justice shapes, then simulation of
    /// outputs, next states and properties. - Complexity: that of `checkEquivalence`
    static func compare(_ expected: AIG, _ back: AIG, file: String,
                                patternCount: Int, seed: UInt64, threads: Int) throws -> EquivalenceResult {
        let counts = [("bad-state properties", expected.bad.count, back.bad.count),
                      ("invariant constraints", expected.constraints.count, back.constraints.count),
                      ("justice properties", expected.justice.count, back.justice.count),
                      ("fairness constraints", expected.fairness.count, back.fairness.count),
                      ("latches", expected.latches.count, back.latches.count)]
        if let (what, a, b) = counts.first(where: { $0.1 != $0.2 }) {
            throw WriteCheckError(file: file, reason: .interface("the circuit has \(a) \(what), the file \(b)"))
        }
        if let k = expected.justice.indices.first(where: { expected.justice[$0].count != back.justice[$0].count }) {
            throw WriteCheckError(file: file, reason: .interface(
                "justice property \(k) has \(expected.justice[k].count) literals in the circuit, \(back.justice[k].count) in the file"))
        }
        if let k = expected.latches.indices.first(where: { expected.latchReset[$0] != back.latchReset[$0] }) {
            throw WriteCheckError(file: file, reason: .latchReset(latch: k, expected: expected.latchReset[k], found: back.latchReset[k]))
        }
        let verdict: EquivalenceResult
        do {
            verdict = try expected.withPropertiesAsOutputs().checkEquivalence(
                with: back.withPropertiesAsOutputs(), patternCount: patternCount, seed: seed, threads: threads)
        } catch AIGError.interfaceMismatch(let message) {
            throw WriteCheckError(file: file, reason: .interface(message))
        }
        if case .notEquivalent = verdict { throw WriteCheckError(file: file, reason: .function(verdict)) }
        return verdict
    }

    /// A fresh name in `path`'s directory that ends in `path`'s extension (so the readers
    /// recognise it): `dir/.name.ext.<random>.ext`. - Complexity: O(path)
    private static func temporaryPath(besides path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let name = path[slash...]
        let ext = name.lastIndex(of: ".").map { String(name[$0...]) } ?? ""
        let random = String(UInt64.random(in: 0 ... .max), radix: 16)
        return String(path[..<slash]) + ".\(name).\(random)\(ext)"
    }
}
