// A Bell pair: H on q[0], then CNOT from q[0] to q[1]; measures both.
OPENQASM 2.0;
include "qelib1.inc";
qreg q[2];
creg c[2];
h q[0];
cx q[0], q[1];
measure q -> c;
