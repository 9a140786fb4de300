#!/usr/bin/env bash
# Chooses the designer's training settings on validation seeds (issue 16): each candidate runs
# `graphtool topology evaluate --designer-only` (the designer, the exact optimum and the
# baselines; no liars or null test) on seeds 100.. and the script prints its regret / gap.
# The test seeds 0-9 of benchmarks/topology-dcm.sh are never used here.
# With TUNE_AGGREGATION=summarizer the last agent's answer is final and each candidate also runs
# with one liar (--max-liars 1), so the script prints the share of the liar-free utility kept.
# Usage: benchmarks/topology-tune.sh [output-directory] [seeds] [samples] [candidate names...]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-/tmp/topology-tune}"
seeds="${2:-10}"
samples="${3:-1000}"
shift $(( $# < 3 ? $# : 3 ))
mkdir -p "$out"
swift build -c release --product graphtool >/dev/null
bin=.build/release/graphtool
# The candidates up to default were measured before checkpoints existed (BENCHMARKS.md, third
# round); they now run with the default checkpoint every 100 steps.
declare -A candidates=(
  [previous]="--steps 800 --debates-per-call 16 --no-entropy-annealing"
  [annealed-300]="--steps 300 --debates-per-call 16"
  [annealed-800]="--steps 800 --debates-per-call 16"
  [annealed-1600]="--steps 1600 --debates-per-call 16"
  [no-annealing-1600]="--steps 1600 --debates-per-call 16 --no-entropy-annealing"
  [m-20]="--steps 800 --debates-per-call 16 --samples-per-query 20"
  [entropy-0.05]="--steps 800 --debates-per-call 16 --entropy-weight 0.05"
  [debates-32]="--steps 800 --debates-per-call 32"
  [debates-64]="--steps 800 --debates-per-call 64"
  [no-checkpoints]="--checkpoint-interval 0"
  [checkpoints-100]="--checkpoint-interval 100"
  [restarts-3]="--checkpoint-interval 100 --restarts 3"
  [default]=""
)
mode=(--designer-only)
[ "${TUNE_AGGREGATION:-vote}" = summarizer ] && mode=(--aggregation summarizer --max-liars 1)
names=("$@")
[ ${#names[@]} -eq 0 ] && names=(previous annealed-300 annealed-800 annealed-1600 no-annealing-1600 m-20 entropy-0.05 debates-32 debates-64 default)
for name in "${names[@]}"; do
  # shellcheck disable=SC2086
  "$bin" topology evaluate --simulate dcm --agents 5 --first-seed 100 --seeds "$seeds" --samples "$samples" \
    "${mode[@]}" --json ${candidates[$name]} > "$out/$name.json"
  python3 - "$out/$name.json" "$name" <<'PY'
import json, sys
r = json.load(open(sys.argv[1])); ci = r["ci95"]
g = ci["regret_over_gap"]; s = ci["designer_score"]
print(f"{sys.argv[2]:14s} regret/gap {g['mean']:.3f} [{g['low']:.3f}, {g['high']:.3f}]  designer score {s['mean']:.4f}"
      f"  optimum {ci['optimum_score']['mean']:.4f}  per seed " + " ".join(f"{p['regretOverGap']:.2f}" for p in r["per_seed"]))
if "1" in r["liar_retention"]:
    print(f"{'':14s} kept with one liar {r['liar_retention']['1']:.3f} (best DAG {r['liar_optimum_retention']['1']:.3f})  per seed "
          + " ".join(f"{p['liarUtility']['1'] / p['designerUtility']:.2f}" for p in r["per_seed"]))
PY
done
