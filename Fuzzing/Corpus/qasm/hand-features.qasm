OPENQASM 2.0;
include "qelib1.inc";
opaque oracle(a, b) x, y;
gate inner(t) a { rz(t / 2) a; barrier a; }
gate Outer(x, y) a, b, { inner(x * 2) b; CX a, b; U(-x, y ^ 2, sin(pi / 2) + ln(exp(3)) - sqrt(4) + cos(0) * tan(0.1)) a; }
qreg q[3];
qreg r[3];
creg c[3];
creg d[1];
;
Outer(0.5, 3,) q, r;
cu3(pi/3, -1e-3, .5) q[0], r[1];
c4x q[0], q[1], q[2], r[0], r[1];
rccx q[0], q[1], q[2]; rc3x q[0], q[1], q[2], r[2];
swap q[0], r[0]; cswap q[1], q[2], r[1]; rxx(0.2) q[1], r[2]; rzz(2.) q[0], q[1];
sx q; sxdg r; csx q[0], r[0]; cu(1, 2, 3, 4) q[1], r[1]; p(0.1) q[2]; cp(0.2) q[0], q[2];
measure q -> c;
if (c == 5) x r[0];
if (c==7) measure r[1] -> d[0];
reset q[1];
barrier q, r[0];
oracle(1, 2) q[0], r[2];
