#!/usr/bin/env bash
# Node classification on a Planetoid data set (Cora by default, its public split in split.tsv):
# graphtool classify and PyTorch Geometric (benchmarks/pyg_classify.py: the same models, split,
# hyper-parameters and epoch selection) seed by seed, alternating, at equal threads. Prints one
# JSON line per run, then per model: mean ± std test accuracy of both, the median epoch time
# (one training step) of both and their ratio.
# usage: benchmarks/classify-vs-pyg.sh [DATA_DIR] [PYTHON] [THREADS] [SEEDS] [MODELS]
#   PYTHON must have torch + torch_geometric; THREADS (default 2) is given to both sides;
#   SEEDS (default 10) runs seeds 0…SEEDS−1; MODELS defaults to "gcn gat".
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/cora}
python=${2:-/opt/peers/bin/python}
threads=${3:-2}
seeds=${4:-10}
models=${5:-gcn gat}
swift build -c release --product graphtool >/dev/null
tool=.build/release/graphtool

runs=$(mktemp)
trap 'rm -f "$runs"' EXIT
for model in $models; do
  for seed in $(seq 0 $((seeds - 1))); do
    "$tool" classify "$data" --model "$model" --seed "$seed" --threads "$threads" --json --quiet \
      | python3 -c 'import json, sys; r = json.load(sys.stdin); r.pop("confusion_matrix"); r["library"] = "graphtool"; print(json.dumps(r))' \
      | tee -a "$runs"
    "$python" benchmarks/pyg_classify.py "$data" --model "$model" --seed "$seed" --threads "$threads" | tee -a "$runs"
  done
done
python3 - "$runs" <<'PY'
import json, statistics as st, sys
runs = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
for model in dict.fromkeys(r["model"] for r in runs):
    side = {lib: [r for r in runs if r["model"] == model and r["library"] == lib] for lib in ("graphtool", "pyg")}
    acc = {lib: [100 * r["accuracy"] for r in rs] for lib, rs in side.items()}
    sec = {lib: st.median(r["epoch_seconds_median"] for r in rs) for lib, rs in side.items()}
    print(f"{model}: {len(acc['graphtool'])} seeds; test accuracy graphtool {st.mean(acc['graphtool']):.2f} ± {st.pstdev(acc['graphtool']):.2f} %, "
          f"PyG {st.mean(acc['pyg']):.2f} ± {st.pstdev(acc['pyg']):.2f} %; epoch graphtool {1000 * sec['graphtool']:.2f} ms, "
          f"PyG {1000 * sec['pyg']:.2f} ms ({sec['graphtool'] / sec['pyg']:.2f} of PyG's time)")
PY
