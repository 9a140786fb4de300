#!/usr/bin/env bash
# The statevector simulator against qiskit-aer's statevector method, side by side in one run at
# the same thread count: QFT and 10 random layers (U3 on every qubit, CX on a random pairing) on
# 20 to 26 qubits. graphtool's time is the simulation alone (`qsim --time`, the file read and
# the state write not counted), the median of REPEATS runs; Aer's is the median wall-clock of
# REPEATS runs of the transpiled circuit (benchmarks/aer_statevector.py). Prints one row per
# circuit with the ratio Aer / graphtool (above 1: graphtool is faster). graphtool fuses gates
# (GateFusion); UNFUSED=1 adds a column with `qsim --no-fusion`, the gates one pass each.
# usage: benchmarks/qsim-vs-aer.sh [THREADS [REPEATS [SIZES…]]]   (defaults 2 3 20 22 24 26;
#        PYTHON, default python3, must have qiskit and qiskit-aer; KINDS, default "qft random")
set -euo pipefail
cd "$(dirname "$0")/.."
threads=${1:-2} repeats=${2:-3}
shift $(( $# > 2 ? 2 : $# ))
sizes=("${@:-20 22 24 26}")
[ $# -eq 0 ] && sizes=(20 22 24 26)
python=${PYTHON:-python3}
swift build -c release --product graphtool >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%-8s %6s %14s %14s %10s %14s\n' circuit qubits graphtool_s aer_s aer/ours unfused_s
# The median simulate seconds of REPEATS runs of `qsim FILE FLAGS…`.
median_of_runs() {
    local file=$1 times=()
    shift
    for _ in $(seq "$repeats"); do
        line=$(.build/release/graphtool qsim "$file" --statevector /dev/null --threads "$threads" --time --quiet "$@" 2>&1 >/dev/null)
        times+=("$(sed -n 's/.*simulate \([0-9.]*\) s.*/\1/p' <<<"$line")")
    done
    printf '%s\n' "${times[@]}" | sort -g | sed -n "$(( (repeats + 1) / 2 ))p"
}
for n in "${sizes[@]}"; do
    for kind in ${KINDS:-qft random}; do
        file="$work/$kind-$n.qasm"
        "$python" benchmarks/qsim_circuits.py "$kind" "$n" "$file"
        median=$(median_of_runs "$file")
        unfused=-
        [ "${UNFUSED:-0}" = 1 ] && unfused=$(median_of_runs "$file" --no-fusion)
        aer=$("$python" benchmarks/aer_statevector.py "$file" --threads "$threads" --repeats "$repeats" \
              | "$python" -c 'import json, sys; print(json.load(sys.stdin)["aer_seconds"])')
        printf '%-8s %6d %14.3f %14.3f %10.2f %14s\n' "$kind" "$n" "$median" "$aer" "$(echo "$aer / $median" | bc -l)" "$unfused"
    done
done
