import FuzzSupport
import Quantum

/// OpenQASM 2: `QASMReader.parse` on the bytes. A program it accepts must be written by
/// `QASMWriter` as text that reads back to the same circuit; a rejection must be one line of
/// `QASMError`. Small accepted circuits are also simulated: the final state must stay
/// normalised.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzQASM(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let bytes = Fuzz.bytes(data, size)
    let circuit: QuantumCircuit
    do {
        circuit = try QASMReader.parse(bytes, file: "fuzz.qasm")
    } catch {
        Fuzz.checkRejection(error, is: QASMError.self)
        return 0
    }
    do {
        let text = try QASMWriter.string(circuit)
        let again = try QASMReader.parse(text, file: "written.qasm")
        Fuzz.require(again == circuit, "the written program reads back as a different circuit:\n\(text)")
    } catch {
        Fuzz.checkRejection(error, is: QASMError.self)
    }
    if circuit.qubitCount <= 10, circuit.operations.count <= 2_000,
       let state = try? StatevectorSimulator(threads: 1).finalState(circuit) {
        Fuzz.require(abs(state.normSquared - 1) < 1e-9, "the final state has norm² \(state.normSquared)")
    }
    return 0
}
