#!/usr/bin/env bash
# Equivalence retrieval (issue 5), next to its trivial baseline (issue 10). Two sets:
#  1. every EPFL circuit and an ABC-optimised equivalent (strash; balance; rewrite; refactor;
#     balance; rewrite -z): 40 circuits, almost all of distinct interface;
#  2. 40 random control circuits of 16 inputs (`graphtool generate control --bits 16 --seed S`,
#     S = 101..140; the training corpus uses seeds 1..12) and their ABC copies: 80 circuits of
#     similar size, many sharing their interface (same output count), where only the logic can
#     tell circuits apart.
# All circuits are embedded with the circuit encoder; a query counts when its nearest other
# circuit (cosine of the graph embeddings) is its equivalent. evaluate-encoder prints the same
# for the baseline (nearest by inputs, latches, outputs, log ANDs) and again within groups of
# equal interface (nearest by log ANDs, and chance). Skips cleanly (exit 0) without berkeley-abc
# or the EPFL files.
# Usage: benchmarks/equivalence-retrieval.sh [EPFL_DIR] [extra evaluate-encoder options, e.g. --model M]
set -euo pipefail
epfl=$(realpath "${1:-/work/shared/data/epfl}")
shift || true
cd "$(dirname "$0")/.."
tool=${GRAPHTOOL:-.build/release/graphtool}
abc=${ABC:-berkeley-abc}
command -v "$abc" >/dev/null || { echo "skipped: $abc not found (apt-get install berkeley-abc)"; exit 0; }
[ -x "$tool" ] || { echo "$tool not found: run 'swift build -c release' first" >&2; exit 1; }
shopt -s nullglob
files=("$epfl"/*.aig)
[ ${#files[@]} -gt 0 ] || { echo "skipped: no .aig files in $epfl"; exit 0; }
out=${OUT:-/tmp/equivalence-retrieval}
mkdir -p "$out/control" "$out/control-abc"

# ABC-optimised copy of $1 into directory $2 (cached while newer than the original).
optimise() {
    local g
    g="$2/$(basename "$1")"
    [ -s "$g" ] && [ "$g" -nt "$1" ] && return
    "$abc" -c "read $1; strash; balance; rewrite; refactor; balance; rewrite -z; write_aiger $g" >/dev/null
    [ -s "$g" ] || { echo "ABC wrote nothing for $1" >&2; exit 1; }
}

evaluate() { OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1} "$tool" evaluate-encoder "$@"; }

echo "== EPFL: ${#files[@]} circuits and their ABC copies"
for f in "${files[@]}"; do optimise "$f" "$out"; done
evaluate "${files[@]}" --equivalents "$out" "$@"

echo "== control logic, 16 inputs, seeds 101..140, and their ABC copies"
controls=()
for s in $(seq 101 140); do
    f="$out/control/control-16-s$s.aig"
    [ -s "$f" ] || "$tool" generate control --bits 16 --seed "$s" -o "$f" >/dev/null
    optimise "$f" "$out/control-abc"
    controls+=("$f")
done
evaluate "${controls[@]}" --equivalents "$out/control-abc" "$@"
