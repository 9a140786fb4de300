/// The gates graphtool knows without a definition: OpenQASM 2's built-in `U` and `CX`, and the
/// gates of `qelib1.inc` in the extended set Qiskit reads (its legacy custom instructions), with
/// Qiskit's matrices. Raw values are the names as written in OpenQASM.
public enum StandardGate: String, CaseIterable, Sendable, Hashable {
    // MARK: Built into the language
    case U, CX
    // MARK: qelib1.inc
    case u3, u2, u1, u0, u, p, cx, id
    case x, y, z, h, s, sdg, t, tdg, sx, sxdg
    case rx, ry, rz
    case cz, cy, ch, swap, csx
    case crx, cry, crz, cu1, cp, cu3, cu
    case rxx, rzz
    case ccx, cswap, rccx, rc3x, c3x, c3sqrtx, c4x

    /// The name in OpenQASM. - Complexity: O(1)
    public var name: String { rawValue }

    /// Whether the gate is part of the language (`U`, `CX`), available without `include "qelib1.inc"`.
    public var isBuiltIn: Bool { self == .U || self == .CX }

    /// Number of real parameters. - Complexity: O(1)
    public var parameterCount: Int {
        switch self {
        case .U, .u3, .u, .cu3: return 3
        case .cu: return 4
        case .u2: return 2
        case .u1, .u0, .p, .rx, .ry, .rz, .crx, .cry, .crz, .cu1, .cp, .rxx, .rzz: return 1
        default: return 0
        }
    }

    /// Number of qubits it acts on. - Complexity: O(1)
    public var qubitCount: Int {
        switch self {
        case .CX, .cx, .cz, .cy, .ch, .swap, .csx, .crx, .cry, .crz, .cu1, .cp, .cu3, .cu, .rxx, .rzz: return 2
        case .ccx, .cswap, .rccx: return 3
        case .rc3x, .c3x, .c3sqrtx: return 4
        case .c4x: return 5
        default: return 1
        }
    }

    /// The gate named `name` (exact case), or `nil`. - Complexity: O(1)
    public init?(name: String) { self.init(rawValue: name) }
}
