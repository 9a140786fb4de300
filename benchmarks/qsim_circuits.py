"""Writes the benchmark circuits of qsim-vs-aer.sh as OpenQASM 2 (no Qiskit needed).

usage: python3 benchmarks/qsim_circuits.py qft|random QUBITS OUT.qasm [--layers L] [--seed S]

qft: the quantum Fourier transform (H, controlled phases, final swaps) after an X on every other
qubit. random: L layers, each a U3 with random angles on every qubit then CX on a random perfect
pairing of the qubits (seeded).
"""
import argparse
import math
import random

parser = argparse.ArgumentParser()
parser.add_argument("kind", choices=["qft", "random"])
parser.add_argument("qubits", type=int)
parser.add_argument("out")
parser.add_argument("--layers", type=int, default=10)
parser.add_argument("--seed", type=int, default=1)
args = parser.parse_args()
n = args.qubits
lines = ["OPENQASM 2.0;", 'include "qelib1.inc";', f"qreg q[{n}];"]
if args.kind == "qft":
    lines += [f"x q[{k}];" for k in range(0, n, 2)]
    for j in reversed(range(n)):
        lines.append(f"h q[{j}];")
        for k in reversed(range(j)):
            lines.append(f"cp({math.pi / 2 ** (j - k)!r}) q[{j}],q[{k}];")
    lines += [f"swap q[{k}],q[{n - 1 - k}];" for k in range(n // 2)]
else:
    rng = random.Random(args.seed)
    for _ in range(args.layers):
        for k in range(n):
            a, b, c = (rng.uniform(0, 2 * math.pi) for _ in range(3))
            lines.append(f"u3({a!r},{b!r},{c!r}) q[{k}];")
        order = list(range(n))
        rng.shuffle(order)
        lines += [f"cx q[{order[i]}],q[{order[i + 1]}];" for i in range(0, n - 1, 2)]
with open(args.out, "w") as f:
    f.write("\n".join(lines) + "\n")
