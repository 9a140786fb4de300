#!/usr/bin/env bash
# Writes the pretraining corpus of models/circuit-encoder.safetensors: circuits made by
# `graphtool generate` at several sizes and seeds (never the EPFL evaluation circuits).
# Usage: scripts/make-corpus.sh OUTDIR [path/to/graphtool]   (default: .build/release/graphtool)
set -euo pipefail
out=${1:?usage: scripts/make-corpus.sh OUTDIR [graphtool]}
tool=${2:-.build/release/graphtool}
[ -x "$tool" ] || { echo "$tool not found: run 'swift build -c release' first" >&2; exit 1; }
mkdir -p "$out"
gen() { "$tool" generate "$@" >/dev/null; }
for b in 2 3 4 6 8 12 16 24 32 48 64; do gen adder --bits $b -o "$out/adder-$b.aig"; done
for b in 2 3 4 5 6 7 8 10 12 16; do gen multiplier --bits $b -o "$out/multiplier-$b.aig"; done
for b in 2 4 8 16 32 64; do gen comparator --bits $b -o "$out/comparator-$b.aig"; done
for b in 2 3 4 5 6; do gen mux --bits $b -o "$out/mux-$b.aig"; done
for b in 4 8 16 32 64 128; do gen parity --bits $b -o "$out/parity-$b.aig"; done
for s in 1 2 3 4 5 6 7 8 9 10 11 12; do
    for b in 8 16 32 64 128; do gen control --bits $b --seed $s -o "$out/control-$b-s$s.aig"; done
done
ls "$out" | wc -l | xargs echo "circuits in $out:"
