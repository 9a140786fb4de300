#!/usr/bin/env bash
# Chooses `graphtool linkpred`'s default epoch budget and learning rate per model on the
# VALIDATION split of Cora (never the test split): for every grid point, 5 seeds, the mean of
# (validation AUC + validation AP) / 2 at the selected epoch. The chosen point is the best mean;
# a smaller epoch budget within TOLERANCE (default 0.001) of it wins, since a longer run keeps the
# shorter run's epochs (the same seeds give the same trajectory) and can only match or beat it.
# Prints every grid point and the choice; test numbers are not printed.
# usage: benchmarks/linkpred-defaults-sweep.sh [DATA_DIR] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/cora}
threads=${2:-1}
tolerance=${TOLERANCE:-0.001}
swift build -c release --product graphtool >/dev/null
tool=.build/release/graphtool
log=$(mktemp)
trap 'rm -f "$log"' EXIT

grid() {  # model, then "epochs learning-rate" pairs
  local model=$1; shift
  for point in "$@"; do
    read -r epochs rate <<<"$point"
    for seed in 0 1 2 3 4; do
      printf '%s %s %s ' "$model" "$epochs" "$rate"
      "$tool" linkpred "$data" --model "$model" --epochs "$epochs" --learning-rate "$rate" --seed "$seed" \
        --threads "$threads" --json --quiet | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["validation_auc"], r["validation_ap"])'
    done
  done
}

for model in gae vgae; do
  grid "$model" "100 0.005" "200 0.005" "400 0.005" "800 0.005" "100 0.01" "200 0.01" "400 0.01" "800 0.01"
done >>"$log"
grid masked "200 0.01" "400 0.01" "800 0.01" "1600 0.01" "200 0.005" "400 0.005" "800 0.005" "1600 0.005" >>"$log"

python3 - "$log" "$tolerance" <<'PY'
import collections, statistics, sys
scores = collections.defaultdict(list)
for line in open(sys.argv[1]):
    model, epochs, rate, auc, ap = line.split()
    scores[(model, int(epochs), float(rate))].append((float(auc) + float(ap)) / 2)
tolerance = float(sys.argv[2])
print(f"{'model':>6} {'epochs':>6} {'rate':>6} {'mean validation (AUC+AP)/2':>27}")
for model in ("gae", "vgae", "masked"):
    points = {k: statistics.mean(v) for k, v in scores.items() if k[0] == model}
    for (m, epochs, rate), score in sorted(points.items()):
        print(f"{m:>6} {epochs:6} {rate:6} {score:27.4f}")
    best = max(points.values())
    chosen = min((k for k, s in points.items() if s >= best - tolerance), key=lambda k: (k[1], -points[k]))
    print(f"{model}: chosen epochs {chosen[1]}, learning rate {chosen[2]} "
          f"(validation {points[chosen]:.4f}; best {best:.4f})")
PY
