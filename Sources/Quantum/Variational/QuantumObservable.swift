/// A Hermitian operator a variational circuit is trained to minimise the expectation of.
public protocol QuantumObservable: Sendable {
    /// Number of qubits.
    var qubitCount: Int { get }
    /// `O|ψ⟩`.
    func apply(to state: Statevector) -> Statevector
}

extension QuantumObservable {
    /// `⟨ψ|O|ψ⟩` (real for a Hermitian `O`). - Complexity: that of ``apply(to:)`` plus O(2ⁿ)
    public func expectation(_ state: Statevector) -> Double {
        state.innerProduct(apply(to: state)).re
    }
}

/// `−|t⟩⟨t|` for a target state `t`: its expectation is minus the fidelity `|⟨t|ψ⟩|²`, so
/// minimising it prepares `t`.
public struct NegativeProjector: QuantumObservable, Equatable {
    /// The target state, normalised.
    public let target: Statevector

    /// The projector's negative onto `target`. - Complexity: O(1)
    public init(target: Statevector) { self.target = target }

    public var qubitCount: Int { target.qubitCount }

    /// `−t ⟨t|ψ⟩`. - Complexity: O(2ⁿ)
    public func apply(to state: Statevector) -> Statevector {
        let overlap = target.innerProduct(state)
        var result = target
        result.storage.withUnsafeMutableBufferPointer { out in
            for k in 0 ..< target.dimension {
                let re = out[2 * k], im = out[2 * k + 1]
                out[2 * k] = -(overlap.re * re - overlap.im * im)
                out[2 * k + 1] = -(overlap.re * im + overlap.im * re)
            }
        }
        return result
    }
}
