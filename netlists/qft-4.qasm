// The quantum Fourier transform on 4 qubits (little-endian, final swaps included), applied to
// the basis state |5> = |0101>.
OPENQASM 2.0;
include "qelib1.inc";
gate qft4 a, b, c, d {
  h d; cp(pi/2) d, c; cp(pi/4) d, b; cp(pi/8) d, a;
  h c; cp(pi/2) c, b; cp(pi/4) c, a;
  h b; cp(pi/2) b, a;
  h a;
  swap a, d; swap b, c;
}
qreg q[4];
creg c[4];
x q[0];
x q[2];
qft4 q[0], q[1], q[2], q[3];
barrier q;
measure q -> c;
