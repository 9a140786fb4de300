import CircuitFuzzSupport
import EDA
import FuzzSupport

/// Structural Verilog: `VerilogReader.read(bytes:)`. Accepted circuits must round-trip through
/// AIGER; rejections must be one-line `NetlistError`s.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVerilog(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    do {
        CircuitRoundTrip.check(try VerilogReader.read(bytes: Fuzz.bytes(data, size), fileName: "fuzz.v"))
    } catch {
        Fuzz.checkRejection(error, is: NetlistError.self)
    }
    return 0
}
