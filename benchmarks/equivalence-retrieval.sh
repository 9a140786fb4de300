#!/usr/bin/env bash
# Equivalence retrieval (issue 5): every EPFL circuit gets an ABC-optimised equivalent
# (strash; balance; rewrite; refactor; balance; rewrite -z), all 2N circuits are embedded with the
# circuit encoder, and a query counts when its nearest other circuit (cosine of the graph
# embeddings) is its equivalent. Skips cleanly (exit 0) without berkeley-abc or the EPFL files.
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
mkdir -p "$out"
for f in "${files[@]}"; do
    g="$out/$(basename "$f")"
    [ -s "$g" ] && [ "$g" -nt "$f" ] && continue
    "$abc" -c "read $f; strash; balance; rewrite; refactor; balance; rewrite -z; write_aiger $g" >/dev/null
    [ -s "$g" ] || { echo "ABC wrote nothing for $f" >&2; exit 1; }
done
OPENBLAS_NUM_THREADS=${OPENBLAS_NUM_THREADS:-1} "$tool" evaluate-encoder "${files[@]}" --equivalents "$out" "$@"
