import Foundation

/// A circuit whose angles are free parameters, compiled to fixed gates and Pauli rotations
/// `R_P(θ) = exp(−iθP/2)` so that the energy's gradient follows from one forward and one
/// backward sweep (the adjoint method: Jones & Gacon 2020, arXiv:2009.02823).
///
/// `rx`, `ry`, `rz` give one rotation each; `p`/`u1` a `rz`; `u3(θ, φ, λ)` the rotations
/// `rz(λ)`, `ry(θ)`, `rz(φ)` — equal up to a global phase, which no expectation sees. Every other
/// gate must take no parameter and stays fixed (SWAP as three CNOTs).
public struct VariationalCircuit: Sendable {
    /// A Pauli axis of a rotation.
    public enum Axis: Sendable { case x, y, z }

    enum Step: Sendable {
        /// A 2×2 matrix and its adjoint on the qubit `target` (a bit mask) when every qubit of
        /// `controls` (a mask) is |1⟩: every gate of the QAS pool but SWAP.
        case single(SingleQubitMatrix, adjoint: SingleQubitMatrix, target: Int, controls: Int)
        case wide(GateMatrix, adjoint: GateMatrix, targets: [Int], controls: [Int])
        case rotation(Axis, qubit: Int, parameter: Int)
    }

    /// Number of qubits.
    public let qubitCount: Int
    /// Number of trainable angles.
    public let parameterCount: Int
    /// The circuit's own angles, in parameter order (a starting point).
    public let initialParameters: [Double]
    let steps: [Step]

    /// Compiles `circuit`; barriers are skipped.
    /// - Throws: `SimulationError.notTrainable` for a parameterised gate other than the ones above,
    ///   `SimulationError.notAPureFinalState` for measurements, resets and conditions.
    /// - Complexity: O(operations)
    public init(_ circuit: QuantumCircuit) throws {
        var steps: [Step] = [], initial: [Double] = []
        func rotation(_ axis: Axis, _ qubit: Int, _ angle: Double) {
            steps.append(.rotation(axis, qubit: qubit, parameter: initial.count))
            initial.append(angle)
        }
        func fixed(_ gate: StandardGate, _ qubits: [Int], index: Int) throws {
            switch gate.action([]) {
            case let .matrix(matrix, targets, controls) where targets.count == 1:
                steps.append(.single(SingleQubitMatrix(matrix), adjoint: SingleQubitMatrix(matrix.adjoint), target: 1 << qubits[targets[0]],
                                     controls: controls.reduce(0) { $0 | 1 << qubits[$1] }))
            case let .matrix(matrix, targets, controls):
                steps.append(.wide(matrix, adjoint: matrix.adjoint, targets: targets.map { qubits[$0] }, controls: controls.map { qubits[$0] }))
            case .sequence(let inner):
                for operation in inner {
                    guard case .gate(let g) = operation.kind else { continue }
                    try place(g, operation.parameters, operation.qubits.map { qubits[$0] }, index: index)
                }
            }
        }
        func place(_ gate: StandardGate, _ p: [Double], _ qubits: [Int], index: Int) throws {
            switch gate {
            case .rx: rotation(.x, qubits[0], p[0])
            case .ry: rotation(.y, qubits[0], p[0])
            case .rz, .p, .u1: rotation(.z, qubits[0], p[0])
            case .u3, .U, .u:
                rotation(.z, qubits[0], p[2])
                rotation(.y, qubits[0], p[0])
                rotation(.z, qubits[0], p[1])
            case .swap:  // three CNOTs, each a single-target step
                for (control, target) in [(0, 1), (1, 0), (0, 1)] { try fixed(.cx, [qubits[control], qubits[target]], index: index) }
            default:
                guard gate.parameterCount == 0 else { throw SimulationError.notTrainable(gate.name, operation: index) }
                try fixed(gate, qubits, index: index)
            }
        }
        for (index, operation) in circuit.operations.enumerated() {
            guard operation.condition == nil else {
                throw SimulationError.notAPureFinalState("a gate is classically conditioned", operation: index)
            }
            switch operation.kind {
            case .barrier: continue
            case .gate(let gate): try place(gate, operation.parameters, operation.qubits, index: index)
            case .measure, .reset: throw SimulationError.notAPureFinalState("a measurement or reset is not unitary", operation: index)
            case .opaque(let name): throw SimulationError.opaqueGate(name, operation: index)
            }
        }
        qubitCount = circuit.qubitCount
        self.steps = steps
        initialParameters = initial
        parameterCount = initial.count
    }

    /// `U(θ)|0…0⟩`. - Complexity: O(steps × 2ⁿ)
    public func state(_ parameters: [Double]) throws -> Statevector {
        precondition(parameters.count == parameterCount, "\(parameterCount) angles expected")
        var state = try Statevector(qubits: qubitCount)
        for step in steps { apply(step, parameters, to: &state, inverse: false) }
        return state
    }

    /// `⟨ψ(θ)|O|ψ(θ)⟩` and its gradient in θ, by the adjoint method: one forward sweep, then a
    /// backward sweep carrying `|ψₖ⟩` and `|λₖ⟩ = U†ₖ₊₁…U†_L O|ψ⟩`, where for a rotation
    /// `∂E/∂θ = Im ⟨λₖ|P|ψₖ⟩`.
    /// - Complexity: O(steps × 2ⁿ + apply of O)
    public func energyAndGradient(_ parameters: [Double], _ observable: some QuantumObservable) throws -> (energy: Double, gradient: [Double]) {
        precondition(observable.qubitCount == qubitCount, "a \(observable.qubitCount)-qubit observable on a \(qubitCount)-qubit circuit")
        var psi = try state(parameters)
        var lambda = observable.apply(to: psi)
        let energy = psi.innerProduct(lambda).re
        var gradient = [Double](repeating: 0, count: parameterCount)
        for step in steps.reversed() {
            if case let .rotation(axis, qubit, parameter) = step {
                gradient[parameter] += Self.innerProduct(lambda, axis, qubit, psi).im
            }
            apply(step, parameters, to: &psi, inverse: true)
            apply(step, parameters, to: &lambda, inverse: true)
        }
        return (energy, gradient)
    }

    private func apply(_ step: Step, _ parameters: [Double], to state: inout Statevector, inverse: Bool) {
        switch step {
        case let .single(matrix, adjoint, target, controls):
            state.apply(inverse ? adjoint : matrix, target: target, controls: controls)
        case let .wide(matrix, adjoint, targets, controls):
            state.apply(inverse ? adjoint : matrix, targets: targets, controls: controls, threads: 1)
        case let .rotation(axis, qubit, parameter):
            let angle = inverse ? -parameters[parameter] : parameters[parameter]
            state.apply(SingleQubitMatrix(rotation: axis, angle: angle), target: 1 << qubit, controls: 0)
        }
    }

    /// `⟨a|P_q|b⟩` for a Pauli `P` on qubit `q`. - Complexity: O(2ⁿ)
    static func innerProduct(_ a: Statevector, _ axis: Axis, _ qubit: Int, _ b: Statevector) -> Complex {
        let bit = 1 << qubit
        var re = 0.0, im = 0.0
        a.storage.withUnsafeBufferPointer { x in
            b.storage.withUnsafeBufferPointer { y in
                for k in 0 ..< a.dimension {
                    // (P b)[k] = factor · b[source]
                    let source = axis == .z ? k : k ^ bit
                    var pr = y[2 * source], pi = y[2 * source + 1]
                    switch axis {
                    case .x: break
                    case .y: (pr, pi) = k & bit != 0 ? (-pi, pr) : (pi, -pr)  // Y|0⟩ = i|1⟩, Y|1⟩ = −i|0⟩
                    case .z: if k & bit != 0 { (pr, pi) = (-pr, -pi) }
                    }
                    let ar = x[2 * k], ai = x[2 * k + 1]
                    re += ar * pr + ai * pi
                    im += ar * pi - ai * pr
                }
            }
        }
        return Complex(re, im)
    }
}

/// A 2×2 complex matrix held inline, for gates on the small states of architecture search.
struct SingleQubitMatrix: Sendable {
    var a, b, c, d: Complex

    init(_ matrix: GateMatrix) {
        (a, b, c, d) = (matrix.entries[0], matrix.entries[1], matrix.entries[2], matrix.entries[3])
    }

    /// `exp(−iθP/2)` for the Pauli `P` of `axis`.
    init(rotation axis: VariationalCircuit.Axis, angle: Double) {
        let cosine = cos(angle / 2), sine = sin(angle / 2)
        switch axis {
        case .x: (a, b, c, d) = (Complex(cosine), Complex(0, -sine), Complex(0, -sine), Complex(cosine))
        case .y: (a, b, c, d) = (Complex(cosine), Complex(-sine), Complex(sine), Complex(cosine))
        case .z: (a, b, c, d) = (Complex(cosine, -sine), .zero, .zero, Complex(cosine, sine))
        }
    }
}

extension Statevector {
    /// Applies `m` to the qubit whose bit is `target` where every bit of `controls` is set, on
    /// one thread without allocating: the kernel for states of a few qubits, where the general
    /// ``apply(_:targets:controls:threads:)``'s set-up would cost more than the arithmetic.
    /// - Complexity: O(2ⁿ)
    mutating func apply(_ m: SingleQubitMatrix, target: Int, controls: Int) {
        let n = dimension
        storage.withUnsafeMutableBufferPointer { s in
            for i0 in 0 ..< n where i0 & target == 0 && i0 & controls == controls {
                let i1 = i0 | target
                let xr = s[2 * i0], xi = s[2 * i0 + 1], yr = s[2 * i1], yi = s[2 * i1 + 1]
                s[2 * i0] = m.a.re * xr - m.a.im * xi + m.b.re * yr - m.b.im * yi
                s[2 * i0 + 1] = m.a.re * xi + m.a.im * xr + m.b.re * yi + m.b.im * yr
                s[2 * i1] = m.c.re * xr - m.c.im * xi + m.d.re * yr - m.d.im * yi
                s[2 * i1 + 1] = m.c.re * xi + m.c.im * xr + m.d.re * yi + m.d.im * yr
            }
        }
    }
}

extension GateMatrix {
    /// The conjugate transpose. - Complexity: O(dimension²)
    public var adjoint: GateMatrix {
        GateMatrix((0 ..< dimension).map { r in (0 ..< dimension).map { c in self[c, r].conjugate } })
    }
}
