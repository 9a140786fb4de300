#!/usr/bin/env bash
# Every QASMBench small circuit through `graphtool qsim --statevector` and Qiskit's Statevector
# (final measurements removed; files Qiskit cannot read are given graphtool's rewrite, from
# `graphtool convert`): prints |<ours|qiskit>| per circuit, the smallest, and the circuits
# skipped (mid-circuit measurement, reset or conditions: no single final state).
# usage: benchmarks/qasmbench-vs-qiskit.sh [DIR]   (default ../shared/data/qasmbench-small;
#        PYTHON, default python3, must have qiskit and numpy)
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-../shared/data/qasmbench-small}
python=${PYTHON:-python3}
swift build -c release --product graphtool >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for file in "$dir"/*.qasm; do
    name=$(basename "$file" .qasm)
    .build/release/graphtool convert "$file" "$work/$name.rewritten.qasm" --quiet >/dev/null 2>&1
    if ! .build/release/graphtool qsim "$file" --statevector "$work/$name.npy" --quiet 2>"$work/$name.err"; then
        echo "$name: skipped: $(cut -c1-120 "$work/$name.err")"
    fi
done
"$python" - "$dir" "$work" <<'PY'
import glob, os, sys
import numpy as np
from qiskit import qasm2
from qiskit.quantum_info import Statevector
directory, work = sys.argv[1:]
worst = 1.0
for path in sorted(glob.glob(os.path.join(directory, "*.qasm"))):
    name = os.path.basename(path)[:-5]
    ours = os.path.join(work, name + ".npy")
    if not os.path.exists(ours):
        continue
    try:
        qc = qasm2.load(path, custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
    except qasm2.QASM2ParseError:
        qc = qasm2.load(os.path.join(work, name + ".rewritten.qasm"), custom_instructions=qasm2.LEGACY_CUSTOM_INSTRUCTIONS)
    qc.remove_final_measurements()
    overlap = abs(np.vdot(np.load(ours), Statevector(qc).data))
    worst = min(worst, overlap)
    print(f"{name}: |<ours|qiskit>| = {overlap:.15f}")
print(f"smallest |<ours|qiskit>| = {worst:.15f}")
PY
