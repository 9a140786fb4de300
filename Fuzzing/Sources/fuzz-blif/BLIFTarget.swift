import CircuitFuzzSupport
import EDA
import FuzzSupport

/// BLIF: `BLIFReader.read(bytes:)`. Accepted circuits must round-trip through AIGER;
/// rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBLIF(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        CircuitRoundTrip.check(try BLIFReader.read(bytes: Fuzz.bytes(data, size), fileName: "fuzz.blif"))
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
    }
    return 0
}
