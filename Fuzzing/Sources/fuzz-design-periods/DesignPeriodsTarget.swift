import CircuitLearning
import FuzzSupport

/// The `designs.tsv` of a timing corpus (`TimingCorpus.periods(parsing:path:)`), in memory.
/// Accepted periods are positive and finite, and the table written back as TSV reads back equal.
/// Rejections must be one-line `TimingError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDesignPeriods(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    do {
        let periods = try TimingCorpus.periods(parsing: bytes, path: "designs.tsv")
        Fuzz.require(periods.values.allSatisfy { $0 > 0 && $0.isFinite }, "a period is not positive and finite")
        let written = "design\tclock_period_ns\n" + periods.map { "\($0.key)\t\($0.value)\n" }.joined()
        let again = try TimingCorpus.periods(parsing: Array(written.utf8), path: "written.tsv")
        Fuzz.require(again == periods, "the periods written back as TSV read back different")
    } catch {
        Fuzz.checkRejection(error, is: TimingError.self)
    }
    return 0
}
