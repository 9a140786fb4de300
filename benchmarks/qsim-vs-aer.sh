#!/usr/bin/env bash
# The statevector simulator against qiskit-aer's statevector method, side by side in one run at
# the same thread count: QFT and 10 random layers (U3 on every qubit, CX on a random pairing) on
# 20 to 26 qubits. graphtool's time is the simulation alone (`qsim --time`, the file read and
# the state write not counted); Aer's is the wall-clock of one run of the transpiled circuit
# (benchmarks/aer_statevector.py, transpiling not timed, Aer's gate fusion on). The runs are
# interleaved — graphtool, Aer, graphtool, Aer … REPEATS times — so that on a shared machine both
# see the same load, and each column is the median of its REPEATS runs. Prints one row per
# circuit with the ratio Aer / graphtool (above 1: graphtool is faster) and the 1-minute load
# average before and after the row. graphtool fuses gates into blocks of up to WIDTH qubits
# (default: qsim's); UNFUSED=1 adds a column with `qsim --no-fusion`, the gates one pass each.
# usage: benchmarks/qsim-vs-aer.sh [THREADS [REPEATS [SIZES…]]]   (defaults 2 3 20 22 24 26;
#        PYTHON, default python3, must have qiskit and qiskit-aer; KINDS, default "qft random";
#        WIDTH, qsim --fusion-width)
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
printf '%-8s %6s %14s %14s %10s %14s %12s\n' circuit qubits graphtool_s aer_s aer/ours unfused_s load
width=()
[ -n "${WIDTH:-}" ] && width=(--fusion-width "$WIDTH")
load() { cut -d' ' -f1 /proc/loadavg; }
# The simulate seconds of one run of `qsim FILE FLAGS…`.
graphtool_seconds() {
    local file=$1
    shift
    .build/release/graphtool qsim "$file" --statevector /dev/null --threads "$threads" --time --quiet "$@" 2>&1 >/dev/null \
        | sed -n 's/.*simulate \([0-9.]*\) s.*/\1/p'
}
aer_seconds() {
    "$python" benchmarks/aer_statevector.py "$1" --threads "$threads" --repeats 1 \
        | "$python" -c 'import json, sys; print(json.load(sys.stdin)["aer_seconds"])'
}
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
for n in "${sizes[@]}"; do
    for kind in ${KINDS:-qft random}; do
        file="$work/$kind-$n.qasm"
        "$python" benchmarks/qsim_circuits.py "$kind" "$n" "$file"
        before=$(load) ours=() aer=() plain=()
        for _ in $(seq "$repeats"); do
            ours+=("$(graphtool_seconds "$file" "${width[@]}")")
            aer+=("$(aer_seconds "$file")")
            [ "${UNFUSED:-0}" = 1 ] && plain+=("$(graphtool_seconds "$file" --no-fusion)")
        done
        m=$(median "${ours[@]}") a=$(median "${aer[@]}") unfused=-
        [ "${UNFUSED:-0}" = 1 ] && unfused=$(median "${plain[@]}")
        printf '%-8s %6d %14.3f %14.3f %10.2f %14s %12s\n' "$kind" "$n" "$m" "$a" "$(echo "$a / $m" | bc -l)" "$unfused" "$before-$(load)"
    done
done
