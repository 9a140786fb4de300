import Foundation

/// How the simulator applies a gate, on positions into the operation's qubit list: a 2×2 or
/// 4×4 matrix on one or two targets when every control is |1⟩, or a sequence of simpler gates
/// (the relative-phase Toffolis, as `qelib1.inc` defines them).
public enum GateAction: Equatable, Sendable {
    /// `matrix` on `targets` (one or two positions) when all `controls` are |1⟩.
    case matrix(GateMatrix, targets: [Int], controls: [Int])
    /// Gates applied in order, qubits given as positions into the operation's qubits.
    case sequence([QuantumOperation])
}

extension StandardGate {
    /// The action of this gate with `parameters` (Qiskit's matrices; `parameters.count ==
    /// parameterCount`). `c3sqrtx` is Qiskit's `C3SXGate`, three controls on √X; the body the
    /// original `qelib1.inc` gives it applies √X† instead (and so does its `c4x`, built on it).
    /// - Complexity: O(1)
    public func action(_ parameters: [Double]) -> GateAction {
        let p = parameters
        func single(_ m: GateMatrix, controls: Int = 0) -> GateAction {
            .matrix(m, targets: [controls], controls: Array(0 ..< controls))
        }
        switch self {
        case .U, .u3, .u: return single(Self.u(p[0], p[1], p[2]))
        case .u2: return single(Self.u(.pi / 2, p[0], p[1]))
        case .u1, .p: return single(.diagonal([.one, .phase(p[0])]))
        case .u0, .id: return single(.diagonal([.one, .one]))
        case .x: return single(Self.pauliX)
        case .y: return single(Self.pauliY)
        case .z: return single(.diagonal([.one, Complex(-1)]))
        case .h: return single(Self.hadamard)
        case .s: return single(.diagonal([.one, .i]))
        case .sdg: return single(.diagonal([.one, -.i]))
        case .t: return single(.diagonal([.one, .phase(.pi / 4)]))
        case .tdg: return single(.diagonal([.one, .phase(-.pi / 4)]))
        case .sx: return single(Self.sqrtX)
        case .sxdg: return single(Self.sqrtXDagger)
        case .rx: return single(Self.rx(p[0]))
        case .ry: return single(Self.ry(p[0]))
        case .rz: return single(Self.rz(p[0]))
        case .CX, .cx: return single(Self.pauliX, controls: 1)
        case .cy: return single(Self.pauliY, controls: 1)
        case .cz: return single(.diagonal([.one, Complex(-1)]), controls: 1)
        case .ch: return single(Self.hadamard, controls: 1)
        case .csx: return single(Self.sqrtX, controls: 1)
        case .crx: return single(Self.rx(p[0]), controls: 1)
        case .cry: return single(Self.ry(p[0]), controls: 1)
        case .crz: return single(Self.rz(p[0]), controls: 1)
        case .cu1, .cp: return single(.diagonal([.one, .phase(p[0])]), controls: 1)
        case .cu3: return single(Self.u(p[0], p[1], p[2]), controls: 1)
        case .cu: return single(Self.u(p[0], p[1], p[2]).scaled(by: .phase(p[3])), controls: 1)
        case .ccx: return single(Self.pauliX, controls: 2)
        case .c3x: return single(Self.pauliX, controls: 3)
        case .c3sqrtx: return single(Self.sqrtX, controls: 3)
        case .c4x: return single(Self.pauliX, controls: 4)
        case .swap: return .matrix(Self.swapMatrix, targets: [0, 1], controls: [])
        case .cswap: return .matrix(Self.swapMatrix, targets: [1, 2], controls: [0])
        case .rxx:
            let c = Complex(cos(p[0] / 2)), s = Complex(0, -sin(p[0] / 2))
            return .matrix(GateMatrix([[c, .zero, .zero, s], [.zero, c, s, .zero], [.zero, s, c, .zero], [s, .zero, .zero, c]]),
                           targets: [0, 1], controls: [])
        case .rzz:
            let even = Complex.phase(-p[0] / 2), odd = Complex.phase(p[0] / 2)
            return .matrix(.diagonal([even, odd, odd, even]), targets: [0, 1], controls: [])
        case .rccx: return .sequence(Self.relativePhaseToffoli)
        case .rc3x: return .sequence(Self.relativePhaseThreeControlledX)
        }
    }

    /// `U(θ, φ, λ) = [[cos θ/2, −e^{iλ} sin θ/2], [e^{iφ} sin θ/2, e^{i(φ+λ)} cos θ/2]]`.
    static func u(_ theta: Double, _ phi: Double, _ lambda: Double) -> GateMatrix {
        let c = cos(theta / 2), s = sin(theta / 2)
        return GateMatrix([[Complex(c), -s * Complex.phase(lambda)], [s * Complex.phase(phi), c * Complex.phase(phi + lambda)]])
    }

    static func rx(_ theta: Double) -> GateMatrix {
        let c = Complex(cos(theta / 2)), s = Complex(0, -sin(theta / 2))
        return GateMatrix([[c, s], [s, c]])
    }

    static func ry(_ theta: Double) -> GateMatrix {
        let c = cos(theta / 2), s = sin(theta / 2)
        return GateMatrix([[Complex(c), Complex(-s)], [Complex(s), Complex(c)]])
    }

    static func rz(_ theta: Double) -> GateMatrix { .diagonal([.phase(-theta / 2), .phase(theta / 2)]) }

    static let pauliX = GateMatrix([[.zero, .one], [.one, .zero]])
    static let pauliY = GateMatrix([[.zero, -.i], [.i, .zero]])
    static let hadamard = GateMatrix([[Complex(0.5.squareRoot()), Complex(0.5.squareRoot())],
                                      [Complex(0.5.squareRoot()), Complex(-0.5.squareRoot())]])
    static let sqrtX = GateMatrix([[Complex(0.5, 0.5), Complex(0.5, -0.5)], [Complex(0.5, -0.5), Complex(0.5, 0.5)]])
    static let sqrtXDagger = GateMatrix([[Complex(0.5, -0.5), Complex(0.5, 0.5)], [Complex(0.5, 0.5), Complex(0.5, -0.5)]])
    static let swapMatrix = GateMatrix([[.one, .zero, .zero, .zero], [.zero, .zero, .one, .zero],
                                        [.zero, .one, .zero, .zero], [.zero, .zero, .zero, .one]])

    /// `rccx a, b, c` as `qelib1.inc` defines it.
    static let relativePhaseToffoli: [QuantumOperation] = [
        .gate(.u2, [2], [0, .pi]), .gate(.u1, [2], [.pi / 4]), .gate(.cx, [1, 2]), .gate(.u1, [2], [-.pi / 4]),
        .gate(.cx, [0, 2]), .gate(.u1, [2], [.pi / 4]), .gate(.cx, [1, 2]), .gate(.u1, [2], [-.pi / 4]),
        .gate(.u2, [2], [0, .pi]),
    ]

    /// `rc3x a, b, c, d` as `qelib1.inc` defines it.
    static let relativePhaseThreeControlledX: [QuantumOperation] = [
        .gate(.u2, [3], [0, .pi]), .gate(.u1, [3], [.pi / 4]), .gate(.cx, [2, 3]), .gate(.u1, [3], [-.pi / 4]),
        .gate(.u2, [3], [0, .pi]), .gate(.cx, [0, 3]), .gate(.u1, [3], [.pi / 4]), .gate(.cx, [1, 3]),
        .gate(.u1, [3], [-.pi / 4]), .gate(.cx, [0, 3]), .gate(.u1, [3], [.pi / 4]), .gate(.cx, [1, 3]),
        .gate(.u1, [3], [-.pi / 4]), .gate(.u2, [3], [0, .pi]), .gate(.u1, [3], [.pi / 4]), .gate(.cx, [2, 3]),
        .gate(.u1, [3], [-.pi / 4]), .gate(.u2, [3], [0, .pi]),
    ]
}
