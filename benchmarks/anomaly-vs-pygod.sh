#!/usr/bin/env bash
# Graph anomaly detection with PyGOD's protocol: per seed, `graphtool anomaly inject` plants
# cliques and swapped attributes into a data set (Cora by default) and writes it once; then
# `graphtool anomaly` and PyGOD (benchmarks/pygod_dominant.py) score the SAME files, one after
# the other, at equal threads. Prints one JSON line per run, then the median ROC-AUC and median
# fit seconds of both sides and the time ratio.
# usage: benchmarks/anomaly-vs-pygod.sh [DATA_DIR] [PYTHON] [THREADS] [SEEDS] [MODEL] [STRUCTURE]
#   PYTHON must have torch, torch_geometric and pygod; THREADS (default 2) is given to both;
#   SEEDS (default 5) runs seeds 0…SEEDS−1 (the injection and both initialisations);
#   MODEL is dominant (default) or gae; STRUCTURE (dominant only) is "defaults" (each library's
#   own; both leave the sigmoid out of the structure decoder), "sigmoid" (the paper's σ(H Hᵀ) on
#   both sides) or "linear" (no sigmoid on either, said explicitly).
#   TOOL=path uses that graphtool binary instead of building this checkout's.
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/cora}
python=${2:-/opt/peers/bin/python}
threads=${3:-2}
seeds=${4:-5}
model=${5:-dominant}
structure=${6:-defaults}
ours=() peer=()
case "$structure" in
  defaults) ;;
  sigmoid) ours=(--structure-sigmoid) peer=(--sigmoid-s) ;;
  linear) ours=(--no-structure-sigmoid) ;;
  *) echo "STRUCTURE must be defaults, sigmoid or linear, got '$structure'" >&2; exit 64 ;;
esac
# TOOL: a graphtool binary to use instead of building this checkout's (release).
tool=${TOOL:-}
[[ -n $tool ]] || { swift build -c release --product graphtool >/dev/null; tool=.build/release/graphtool; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for seed in $(seq 0 $((seeds - 1))); do
  "$tool" anomaly inject "$data" "$work/injected" --seed "$seed" >&2
  "$tool" anomaly "$work/injected" --model "$model" --seed "$seed" --threads "$threads" ${ours[@]+"${ours[@]}"} \
      --json --quiet -o "$work/scores.tsv" \
    | python3 -c 'import json, sys; r = json.load(sys.stdin); print(json.dumps({"library": "graphtool", "model": r["model"], "seed": r["seed"], "threads": r["threads"], "roc_auc": r["roc_auc"], "fit_seconds": r["fit_seconds"]}))' \
    | tee -a "$work/runs"
  "$python" benchmarks/pygod_dominant.py "$work/injected" --model "$model" --seed "$seed" --threads "$threads" \
      ${peer[@]+"${peer[@]}"} | tee -a "$work/runs"
done
python3 - "$work/runs" "$structure" <<'PY'
import json, statistics as st, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
side = {lib: [r for r in runs if r["library"] == lib] for lib in ("graphtool", "pygod")}
auc = {lib: st.median(r["roc_auc"] for r in rs) for lib, rs in side.items()}
sec = {lib: st.median(r["fit_seconds"] for r in rs) for lib, rs in side.items()}
print(f"{runs[0]['model']} ({sys.argv[2]}), {len(side['graphtool'])} seeds: median ROC-AUC graphtool {auc['graphtool']:.4f}, "
      f"PyGOD {auc['pygod']:.4f}; median fit graphtool {sec['graphtool']:.2f} s, PyGOD {sec['pygod']:.2f} s "
      f"({sec['graphtool'] / sec['pygod']:.2f} of PyGOD's time)")
PY
