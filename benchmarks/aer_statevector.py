"""Times qiskit-aer's statevector method on an OpenQASM 2 file: the median wall-clock seconds of
REPEATS runs of the transpiled circuit (transpiling and a warm-up run of a 2-qubit circuit, which
loads and starts Aer, not timed), on THREADS threads, with Aer's defaults otherwise (gate fusion
on). Prints one JSON object.

usage: python3 benchmarks/aer_statevector.py FILE.qasm --threads T [--repeats R]
"""
import argparse
import json
import statistics
import time

from qiskit import QuantumCircuit, qasm2, transpile
from qiskit_aer import AerSimulator

parser = argparse.ArgumentParser()
parser.add_argument("file")
parser.add_argument("--threads", type=int, required=True)
parser.add_argument("--repeats", type=int, default=3)
args = parser.parse_args()
circuit = qasm2.load(args.file, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
circuit.save_statevector()
simulator = AerSimulator(method="statevector", max_parallel_threads=args.threads)
compiled = transpile(circuit, simulator)
warm_up = QuantumCircuit(2)
warm_up.h(0)
warm_up.cx(0, 1)
warm_up.save_statevector()
simulator.run(transpile(warm_up, simulator)).result()
times = []
for _ in range(args.repeats):
    start = time.perf_counter()
    result = simulator.run(compiled).result()
    times.append(time.perf_counter() - start)
    assert result.success
print(json.dumps({"aer_seconds": statistics.median(times), "qubits": circuit.num_qubits, "threads": args.threads}))
