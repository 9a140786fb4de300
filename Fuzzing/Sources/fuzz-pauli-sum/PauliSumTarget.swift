import FuzzSupport
import Foundation
import Quantum

/// Pauli-sum text: `PauliSum(text:)` on the bytes. A rejection must be one line of
/// `PauliSumError`; an accepted sum of up to 8 qubits must give `⟨0…0|H|0…0⟩` equal to the sum of
/// the coefficients of its terms without X or Y.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPauliSum(_ data: UnsafeRawPointer?, _ size: Int) -> CInt {
    let text = String(decoding: Fuzz.bytes(data, size), as: UTF8.self)
    let sum: PauliSum
    do {
        sum = try PauliSum(text: text, file: "fuzz.paulis")
    } catch {
        Fuzz.checkRejection(error, is: PauliSumError.self)
        return 0
    }
    Fuzz.require((1 ... PauliSum.maximumQubits).contains(sum.qubitCount), "accepted \(sum.qubitCount) qubits")
    if sum.qubitCount <= 8, let zero = try? Statevector(qubits: sum.qubitCount) {
        let diagonal = sum.terms.filter { $0.x == 0 }.reduce(0) { $0 + $1.coefficient }
        let expectation = sum.expectation(zero)
        let scale = max(1, sum.terms.reduce(0) { $0 + abs($1.coefficient) })
        Fuzz.require(abs(expectation - diagonal) <= 1e-9 * scale, "⟨0|H|0⟩ = \(expectation), the Z terms sum to \(diagonal)")
    }
    return 0
}
