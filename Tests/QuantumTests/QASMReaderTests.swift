import Foundation
import Testing
@testable import Quantum

@Suite struct QASMReaderTests {
    @Test func readsRegistersGatesAndBroadcasting() throws {
        let circuit = try QASMReader.parse("""
            OPENQASM 2.0;
            include "qelib1.inc";
            qreg a[2];
            qreg b[2];
            creg c[2];
            h a;
            cx a, b;
            cx a[0], b;
            measure b -> c;
            """)
        #expect(circuit.qubitCount == 4 && circuit.clbitCount == 2)
        #expect(circuit.operations == [
            .gate(.h, [0]), .gate(.h, [1]),
            .gate(.cx, [0, 2]), .gate(.cx, [1, 3]),
            .gate(.cx, [0, 2]), .gate(.cx, [0, 3]),
            QuantumOperation(.measure, qubits: [2], clbits: [0]), QuantumOperation(.measure, qubits: [3], clbits: [1]),
        ])
    }

    @Test func expandsNestedDefinitionsWithParameterExpressions() throws {
        let circuit = try QASMReader.parse("""
            include "qelib1.inc";
            gate inner(t) a { rz(t / 2) a; }
            gate outer(x, y) a, b { inner(x * 2) b; cx a, b; u3(-x, y ^ 2, sin(pi / 2) + ln(exp(3)) - sqrt(4)) a; }
            qreg q[2];
            outer(0.5, 3) q[1], q[0];
            """)
        #expect(circuit.operations.count == 3)
        #expect(circuit.operations[0] == .gate(.rz, [0], [0.5]))
        #expect(circuit.operations[1] == .gate(.cx, [1, 0]))
        #expect(circuit.operations[2].qubits == [1])
        let p = circuit.operations[2].parameters
        #expect(p[0] == -0.5 && p[1] == 9 && abs(p[2] - 2) < 1e-15)
    }

    @Test func operatorPrecedenceAndAssociativity() throws {
        let circuit = try QASMReader.parse("""
            qreg q[1];
            U(2 ^ 3 ^ 2, -2 ^ 2, 1 - 2 - 3 * 4 / 2) q[0];
            """)
        #expect(circuit.operations[0].parameters == [512, -4, -7])
    }

    @Test func conditionsResetBarrierAndOpaque() throws {
        let circuit = try QASMReader.parse("""
            OPENQASM 2.0;
            include "qelib1.inc";
            opaque magic(a) p, q;
            qreg q[2]; creg c[3];
            if (c == 5) x q[1];
            reset q;
            barrier q[1], q;
            magic(1.5) q[0], q[1];
            """)
        #expect(circuit.operations == [
            QuantumOperation(.gate(.x), qubits: [1], condition: ClassicalCondition(register: 0, value: 5)),
            QuantumOperation(.reset, qubits: [0]), QuantumOperation(.reset, qubits: [1]),
            QuantumOperation(.barrier, qubits: [1, 0]),
            QuantumOperation(.opaque("magic"), qubits: [0, 1], parameters: [1.5]),
        ])
        #expect(circuit.opaqueGates == [OpaqueGate(name: "magic", parameterCount: 1, qubitCount: 2)])
    }

    /// What Qiskit's non-strict reader accepts: no version line, an uppercase gate name, trailing
    /// commas, empty statements.
    @Test func acceptsQiskitLeniencies() throws {
        let circuit = try QASMReader.parse("""
            include "qelib1.inc";;
            gate cH a, b, { h b; cx a, b, ; }
            qreg q[2];
            cH q[0], q[1],;
            u2(0, pi,) q[0];
            """)
        #expect(circuit.operations.map(\.kind) == [.gate(.h), .gate(.cx), .gate(.u2)])
    }

    @Test(arguments: [
        ("qreg q[2];\nh q[0];", "2:1", "the gate 'h' is not defined; add 'include \"qelib1.inc\";' before its first use"),
        ("qreg q[2]\nU(0,0,0) q[0];", "2:1", "expected ';' after the register declaration, found 'U'"),
        ("include \"qelib1.inc\";\nqreg q[2];\ncx q[0] q[1];", "3:9", "expected ';' after the arguments, found 'q'"),
        ("include \"qelib1.inc\";\nqreg q[2];\nh q[2];", "3:3", "index 2 is out of range: 'q' has 2 bits"),
        ("include \"qelib1.inc\";\nqreg q[2];\ncx q[1], q[1];", "3:1", "a gate's qubit arguments must be distinct"),
        ("include \"qelib1.inc\";\nqreg q[1];\nrx(theta) q[0];", "3:4", "'theta' is not a parameter, 'pi' or a function"),
        ("include \"qelib1.inc\";\nqreg q[1];\nrx(1/0) q[0];", "3:1", "a gate parameter evaluates to inf; parameters must be finite"),
        ("OPENQASM 3.0;", "1:10", "OpenQASM 3.0 is not supported; graphtool reads OpenQASM 2"),
        ("qreg q[2]; qreg r[3];\nCX q, r;", "2:7", "registers of different sizes (2 and 3) cannot be broadcast together"),
        ("qreg q[1]; U(1, 2) q[0];", "1:12", "the gate 'U' takes 3 parameters, not 2"),
        ("qreg q[1];\nU(1,2,3) q[0]; $", "2:16", "expected a statement, name, number or symbol, found '$'"),
    ])
    func rejectsWithLineColumnAndExpectation(source: String, location: String, message: String) {
        #expect {
            _ = try QASMReader.parse(source, file: "bad.qasm")
        } throws: { error in
            let text = "\(error)"
            return text == "bad.qasm:\(location): \(message)"
        }
    }

    @Test func deepNestingIsRejectedNotOverflowed() {
        let expression = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(throws: QASMError.self) { try QASMReader.parse("qreg q[1]; U(\(expression),0,0) q[0];") }
        let minus = String(repeating: "-", count: 5000)
        #expect(throws: QASMError.self) { try QASMReader.parse("qreg q[1]; U(\(minus)1,0,0) q[0];") }
    }

    @Test func exponentialExpansionHitsTheBudget() {
        var source = "qreg q[1];\ngate g0 a { U(0,0,0) a; U(0,0,0) a; }\n"
        for level in 1 ..< 40 { source += "gate g\(level) a { g\(level - 1) a; g\(level - 1) a; }\n" }
        source += "g39 q[0];\n"
        #expect {
            _ = try QASMReader.parse(source)
        } throws: { error in
            guard let error = error as? QASMError, case .limit = error.reason else { return false }
            return true
        }
    }

    @Test func writerRoundTripsEveryOperationKind() throws {
        let circuit = try QASMReader.parse("""
            include "qelib1.inc";
            opaque magic(a) p;
            qreg q[4]; qreg anc[1]; creg c[2]; creg d[1];
            U(0.1, -0.2, 1e-7) q[0]; CX q[0], anc[0];
            cu(pi/3, 1, 2, 3) q[1], q[2]; c4x q[0], q[1], q[2], anc[0], q[3];
            rzz(2.5e-12) q[0], q[2]; if (d == 1) measure q[1] -> c[1]; reset anc; barrier q;
            magic(-0.0) q[2]; measure q[0] -> d[0];
            """)
        let text = try QASMWriter.string(circuit)
        #expect(try QASMReader.parse(text) == circuit, "\(text)")
    }

    @Test func formatKeepsADecimalPointAndEveryBit() throws {
        for x in [1e-5, 3.0, -2.5e300, Double.pi, 0.1 + 0.2, -0.0, 1e22] {
            let text = QASMWriter.format(x)
            #expect(text.contains("."))
            #expect(Double(text)!.bitPattern == x.bitPattern)
        }
    }
}
