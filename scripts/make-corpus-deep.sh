#!/usr/bin/env bash
# The corpus of scripts/make-corpus.sh plus deeper reconvergent arithmetic (multipliers up to
# 24 bits, adders and comparators to 128 bits, wider random control logic) and ABC-optimised
# copies (balance; rewrite; refactor) of the arithmetic and control circuits, whose structure
# resembles ABC-written benchmarks. Still only `graphtool generate` circuits: never EPFL.
# Usage: scripts/make-corpus-deep.sh OUTDIR [path/to/graphtool]   (needs berkeley-abc for the copies)
set -euo pipefail
out=${1:?usage: scripts/make-corpus-deep.sh OUTDIR [graphtool]}
tool=${2:-.build/release/graphtool}
"$(dirname "$0")/make-corpus.sh" "$out" "$tool" >/dev/null
gen() { "$tool" generate "$@" >/dev/null; }
for b in 20 24; do gen multiplier --bits $b -o "$out/multiplier-$b.aig"; done
for b in 96 128; do gen adder --bits $b -o "$out/adder-$b.aig"; done
gen comparator --bits 128 -o "$out/comparator-128.aig"
for s in 1 2 3 4; do gen control --bits 256 --seed $s -o "$out/control-256-s$s.aig"; done
if command -v berkeley-abc >/dev/null; then
    for f in "$out"/multiplier-{4,6,8,12,16,20}.aig "$out"/adder-{8,16,32,64}.aig "$out"/comparator-{16,64}.aig \
             "$out"/control-{16,32,64,128}-s{1,2,3}.aig; do
        berkeley-abc -c "read $f; strash; balance; rewrite; refactor; balance; rewrite -z; write_aiger ${f%.aig}-abc.aig" >/dev/null
    done
else
    echo "berkeley-abc not found: no ABC-optimised copies" >&2
fi
ls "$out" | wc -l | xargs echo "circuits in $out:"
