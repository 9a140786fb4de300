#!/usr/bin/env bash
# The training corpus's equivalent pairs as two directories for `graphtool evaluate-encoder
# ORIG/*.aig --equivalents ABC` (the "train pairs" column of BENCHMARKS.md): OUT/train-orig holds
# each corpus circuit that has an ABC-optimised copy (NAME-abc.aig, made by
# scripts/make-corpus-deep.sh), OUT/train-abc the copy under the original's name.
# usage: benchmarks/corpus-equivalent-pairs.sh CORPUS_DIR OUT_DIR
set -euo pipefail
corpus=${1:?usage: benchmarks/corpus-equivalent-pairs.sh CORPUS_DIR OUT_DIR}
out=${2:?usage: benchmarks/corpus-equivalent-pairs.sh CORPUS_DIR OUT_DIR}
mkdir -p "$out/train-orig" "$out/train-abc"
pairs=0
for copy in "$corpus"/*-abc.aig; do
    [ -e "$copy" ] || { echo "corpus-equivalent-pairs: no *-abc.aig in $corpus (needs berkeley-abc when the corpus is made)" >&2; exit 1; }
    original=${copy%-abc.aig}.aig
    [ -f "$original" ] || { echo "corpus-equivalent-pairs: $copy has no original $original" >&2; exit 1; }
    cp "$original" "$out/train-orig/"
    cp "$copy" "$out/train-abc/$(basename "$original")"
    pairs=$((pairs + 1))
done
echo "$pairs pairs in $out/train-orig and $out/train-abc"
