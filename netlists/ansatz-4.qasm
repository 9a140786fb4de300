// A 4-qubit hardware-efficient ansatz of QAS's gate pool (RY layer, CNOT chain, RZ layer, CZ):
// the kind of circuit `graphtool qas` searches over, embedded by `graphtool embed`.
OPENQASM 2.0;
include "qelib1.inc";
qreg q[4];
ry(0.3) q[0];
ry(1.2) q[1];
ry(-0.4) q[2];
ry(2.1) q[3];
cx q[0], q[1];
cx q[1], q[2];
cx q[2], q[3];
rz(0.7) q[0];
rz(-1.1) q[3];
cz q[0], q[3];
