import CircuitFuzzSupport
import EDA
import FuzzSupport

/// AIGER ASCII: `AIGERReader.read(bytes:)` on inputs that start with the `aag` magic (inputs
/// without it are rejected, so the corpus stays in this encoding; `fuzz-aiger-binary` takes
/// `aig`). Accepted circuits must round-trip; rejections must be one-line `AIGERError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAIGERASCII(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    guard bytes.starts(with: "aag".utf8) else { return -1 }
    do {
        CircuitRoundTrip.check(try AIGERReader.read(bytes: bytes, fileName: "fuzz.aag"))
    } catch {
        Fuzz.checkRejection(error, is: AIGERError.self)
    }
    return 0
}
