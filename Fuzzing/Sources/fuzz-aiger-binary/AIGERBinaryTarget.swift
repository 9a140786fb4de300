import CircuitFuzzSupport
import EDA
import FuzzSupport

/// Binary AIGER: `AIGERReader.read(bytes:)` on inputs that start with the `aig` magic (inputs
/// without it are rejected, so the corpus stays in this encoding; `fuzz-aiger-ascii` takes
/// `aag`). Accepted circuits must round-trip; rejections must be one-line `AIGERError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAIGERBinary(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard bytes.starts(with: "aig".utf8) else { return -1 }
    do {
        CircuitRoundTrip.check(try AIGERReader.read(bytes: bytes, fileName: "fuzz.aig"))
    } catch {
        Fuzz.checkRejection(error, is: AIGERError.self)
    }
    return 0
}
