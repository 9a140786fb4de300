import Foundation
import GraphCore

/// The state of `n` qubits as `2ⁿ` complex amplitudes in `Double`s, interleaved (re, im) in one
/// contiguous buffer, basis index little-endian: qubit `k` is bit `k` (Qiskit's order).
///
/// Gates are applied in place, split across threads (``StatevectorSimulator`` sets how many).
public struct Statevector: Equatable, Sendable {
    /// Number of qubits.
    public let qubitCount: Int
    /// `2 · 2ⁿ` numbers: the real and imaginary part of each amplitude in basis order.
    public internal(set) var storage: [Double]

    /// |0…0⟩ on `qubits` qubits.
    /// - Throws: `SimulationError.tooManyQubits` when the amplitudes would not fit in memory.
    /// - Complexity: O(2ⁿ)
    public init(qubits: Int) throws {
        let bytes = 16 * pow(2, Double(qubits))
        let available = Double(ProcessInfo.processInfo.physicalMemory)
        guard qubits >= 0, qubits <= 40, bytes <= available else {
            throw SimulationError.tooManyQubits(qubits: qubits, bytes: bytes, available: available)
        }
        qubitCount = qubits
        storage = [Double](repeating: 0, count: 2 << qubits)
        storage[0] = 1
    }

    /// A state with the given amplitudes (`count` a power of two; not normalised here).
    /// - Complexity: O(count)
    public init(amplitudes: [Complex]) {
        precondition(amplitudes.count > 0 && amplitudes.count & (amplitudes.count - 1) == 0, "2ⁿ amplitudes expected")
        qubitCount = amplitudes.count.trailingZeroBitCount
        storage = amplitudes.flatMap { [$0.re, $0.im] }
    }

    /// Number of amplitudes, `2ⁿ`. - Complexity: O(1)
    public var dimension: Int { 1 << qubitCount }

    /// The amplitude of basis state `index`. - Complexity: O(1)
    public subscript(index: Int) -> Complex {
        get { Complex(storage[2 * index], storage[2 * index + 1]) }
        set {
            storage[2 * index] = newValue.re
            storage[2 * index + 1] = newValue.im
        }
    }

    /// All amplitudes. - Complexity: O(2ⁿ)
    public var amplitudes: [Complex] { (0 ..< dimension).map { self[$0] } }

    /// `⟨self|other⟩`. - Complexity: O(2ⁿ)
    public func innerProduct(_ other: Statevector) -> Complex {
        precondition(qubitCount == other.qubitCount, "states of different sizes")
        var re = 0.0, im = 0.0
        storage.withUnsafeBufferPointer { a in
            other.storage.withUnsafeBufferPointer { b in
                for k in 0 ..< dimension {
                    let ar = a[2 * k], ai = a[2 * k + 1], br = b[2 * k], bi = b[2 * k + 1]
                    re += ar * br + ai * bi
                    im += ar * bi - ai * br
                }
            }
        }
        return Complex(re, im)
    }

    /// `⟨ψ|ψ⟩`, 1 for a normalised state. - Complexity: O(2ⁿ)
    public var normSquared: Double { storage.reduce(0) { $0 + $1 * $1 } }
}
