/// A Hamiltonian as a real-weighted sum of Pauli strings, `H = Σₖ cₖ Pₖ`, each `Pₖ` a tensor
/// product of I, X, Y, Z over the qubits.
///
/// A string is kept as two bit masks: `x` marks the qubits with X or Y, `z` those with Z or Y, so
/// `P|b⟩ = i^{#Y} (−1)^{popcount(b ∧ z)} |b ⊕ x⟩` (Y = iXZ).
public struct PauliSum: Equatable, Sendable, QuantumObservable {
    /// One term `coefficient · P`.
    public struct Term: Equatable, Sendable {
        public var coefficient: Double
        /// Qubits acted on by X or Y.
        public var x: Int
        /// Qubits acted on by Z or Y.
        public var z: Int

        /// A term. - Complexity: O(1)
        public init(coefficient: Double, x: Int, z: Int) {
            self.coefficient = coefficient
            self.x = x
            self.z = z
        }

        /// `coefficient · P` of a label written highest qubit first, as Qiskit writes Pauli labels
        /// (`"XIZ"`: Z on qubit 0, X on qubit 2); `nil` for a letter other than I, X, Y, Z.
        /// - Complexity: O(label)
        public init?(coefficient: Double, label: String) {
            var x = 0, z = 0
            for (qubit, letter) in label.uppercased().reversed().enumerated() {
                switch letter {
                case "I": continue
                case "X": x |= 1 << qubit
                case "Y": x |= 1 << qubit; z |= 1 << qubit
                case "Z": z |= 1 << qubit
                default: return nil
                }
            }
            self.init(coefficient: coefficient, x: x, z: z)
        }

        /// Number of Y factors. - Complexity: O(1)
        var yCount: Int { (x & z).nonzeroBitCount }
    }

    /// Number of qubits.
    public let qubitCount: Int
    /// The terms (repeated strings allowed).
    public var terms: [Term]

    /// A sum of `terms` on `qubits` qubits. - Complexity: O(terms)
    public init(qubits: Int, terms: [Term]) {
        precondition(terms.allSatisfy { ($0.x | $0.z) >> qubits == 0 }, "a Pauli term acts beyond qubit \(qubits - 1)")
        qubitCount = qubits
        self.terms = terms
    }

    /// The MaxCut Hamiltonian of a graph, `−Σ_{(i,j)} (1 − ZᵢZⱼ)/2`: its ground energy is minus
    /// the size of a maximum cut. - Complexity: O(edges)
    public static func maxCut(qubits: Int, edges: [(Int, Int)]) -> PauliSum {
        var terms = [Term(coefficient: -0.5 * Double(edges.count), x: 0, z: 0)]
        terms += edges.map { Term(coefficient: 0.5, x: 0, z: 1 << $0.0 | 1 << $0.1) }
        return PauliSum(qubits: qubits, terms: terms)
    }

    /// The transverse-field Ising ring `J Σ ZᵢZᵢ₊₁ + h Σ Xᵢ` (indices mod `qubits`). - Complexity: O(qubits)
    public static func transverseFieldIsingRing(qubits: Int, coupling: Double = 1, field: Double = 1) -> PauliSum {
        let bonds = (0 ..< qubits).map { Term(coefficient: coupling, x: 0, z: 1 << $0 | 1 << (($0 + 1) % qubits)) }
        return PauliSum(qubits: qubits, terms: bonds + (0 ..< qubits).map { Term(coefficient: field, x: 1 << $0, z: 0) })
    }

    /// `H|ψ⟩`. - Complexity: O(terms × 2ⁿ)
    public func apply(to state: Statevector) -> Statevector {
        precondition(state.qubitCount == qubitCount, "a \(qubitCount)-qubit Hamiltonian on a \(state.qubitCount)-qubit state")
        var result = state
        result.storage.withUnsafeMutableBufferPointer { out in
            for i in out.indices { out[i] = 0 }
            state.storage.withUnsafeBufferPointer { input in
                for term in terms {
                    // i^{#Y}: rotate (re, im) by a quarter turn that many times.
                    let quarter = term.yCount & 3
                    for b in 0 ..< state.dimension {
                        var re = input[2 * b], im = input[2 * b + 1]
                        switch quarter {
                        case 1: (re, im) = (-im, re)
                        case 2: (re, im) = (-re, -im)
                        case 3: (re, im) = (im, -re)
                        default: break
                        }
                        let sign = (b & term.z).nonzeroBitCount & 1 == 0 ? term.coefficient : -term.coefficient
                        let target = b ^ term.x
                        out[2 * target] += sign * re
                        out[2 * target + 1] += sign * im
                    }
                }
            }
        }
        return result
    }
}
