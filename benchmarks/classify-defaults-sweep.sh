#!/usr/bin/env bash
# Chooses `graphtool classify`'s defaults among the published papers' variants on the VALIDATION
# split (never the test split): each variant (extra flags) runs seeds 0…SEEDS−1, scored by the
# mean validation accuracy of its kept epoch. Prints every variant's mean validation accuracy
# and, for the chosen one only, its mean test accuracy (the number the defaults are held to).
# usage: benchmarks/classify-defaults-sweep.sh MODEL [DATA_DIR] [THREADS] [SEEDS] -- "FLAGS" "FLAGS"…
#   e.g. benchmarks/classify-defaults-sweep.sh gat ../shared/data/cora 1 10 -- "" "--message-dropout 0.6"
#   TOOL=path uses that graphtool binary instead of building this checkout.
#   HELDOUT=1 compares rules that pick the kept epoch (--select …) fairly: each seed runs twice,
#   keeping the epoch on one half of the validation nodes (alternate lines of split.tsv) and
#   scored on the other half (given to graphtool as its test nodes); the test nodes are not read.
#   A variant's score is then its mean held-out validation accuracy, and no test accuracy is shown.
set -euo pipefail
cd "$(dirname "$0")/.."
model=$1; shift
data=../shared/data/cora threads=1 seeds=10
[[ $# -gt 0 && $1 != -- ]] && { data=$1; shift; }
[[ $# -gt 0 && $1 != -- ]] && { threads=$1; shift; }
[[ $# -gt 0 && $1 != -- ]] && { seeds=$1; shift; }
[[ ${1:-} == -- ]] && shift
variants=("$@")
[[ ${#variants[@]} -gt 0 ]] || variants=("")
# TOOL: a graphtool binary to use instead of building this checkout's.
tool=${TOOL:-}
[[ -n $tool ]] || { swift build -c release --product graphtool >/dev/null; tool=.build/release/graphtool; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT

heldout=${HELDOUT:-0}
datasets=("$data")
if [[ $heldout == 1 ]]; then
  halves=$(mktemp -d)
  trap 'rm -f "$log"; rm -rf "$halves"' EXIT
  datasets=()
  for fold in 0 1; do
    mkdir "$halves/$fold"
    for file in "$data"/*.tsv; do [[ $(basename "$file") == split.tsv ]] || ln -s "$(realpath "$file")" "$halves/$fold/"; done
    # Validation lines alternate between the halves; the other half becomes the scored "test" part.
    awk -F'\t' -v fold=$fold '$2 == "train" { print } $2 == "val" || $2 == "validation" { print $1 "\t" ((k++ % 2 == fold) ? "val" : "test") }' \
      "$data/split.tsv" > "$halves/$fold/split.tsv"
    datasets+=("$halves/$fold")
  done
fi

for variant in "${variants[@]}"; do
  for seed in $(seq 0 $((seeds - 1))); do
    for dataset in "${datasets[@]}"; do
      # shellcheck disable=SC2086  # a variant is a list of flags
      "$tool" classify "$dataset" --model "$model" --seed "$seed" --threads "$threads" --json --quiet $variant \
        | VARIANT="$variant" HELDOUT=$heldout python3 -c 'import json, os, sys; r = json.load(sys.stdin); held = os.environ["HELDOUT"] == "1"; print(json.dumps({"variant": os.environ["VARIANT"], "validation": r["accuracy"] if held else r["validation_accuracy"], "test": None if held else r["accuracy"], "epoch": r["best_epoch"]}))'
    done
  done
done | tee "$log"

python3 - "$log" <<'PY'
import json, statistics as st, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
variants = list(dict.fromkeys(r["variant"] for r in runs))
mean = {v: st.mean(100 * r["validation"] for r in runs if r["variant"] == v) for v in variants}
for v in variants:
    print(f"{v or '(defaults)':40} mean {'held-out ' if runs[0]['test'] is None else ''}validation accuracy {mean[v]:.2f} %")
chosen = max(variants, key=lambda v: mean[v])
test = [100 * r["test"] for r in runs if r["variant"] == chosen and r["test"] is not None]
print(f"chosen: {chosen or '(defaults)'}" + (f"; its mean test accuracy over {len(test)} seeds: {st.mean(test):.2f} ± {st.pstdev(test):.2f} %" if test else " (held-out validation; no test accuracy read)"))
PY
