import CircuitFuzzSupport
import EDA
import FuzzSupport

/// ISCAS bench: `BenchReader.read(bytes:)`. Accepted circuits must round-trip through AIGER;
/// rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBench(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        CircuitRoundTrip.check(try BenchReader.read(bytes: Fuzz.bytes(data, size), fileName: "fuzz.bench"))
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
    }
    return 0
}
