#!/usr/bin/env bash
# Link prediction on Cora: graphtool's GAE, VGAE and masked autoencoder over 5 seeds (mean test
# AUC/AP), and the epoch time of GAE and VGAE beside PyTorch Geometric's in the same run.
# usage: benchmarks/linkpred-cora.sh [DATA_DIR] [PYTHON] [THREADS]   (PYTHON must have torch +
# torch_geometric; THREADS, default 2, is given to both sides)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/cora}
python=${2:-/opt/peers/bin/python}
threads=${3:-2}
swift build -c release --product graphtool >/dev/null
tool=.build/release/graphtool

summarise() {  # reads graphtool JSON objects, prints mean AUC/AP and median epoch seconds
  python3 -c '
import json, statistics as st, sys
text, decoder, runs = sys.stdin.read(), json.JSONDecoder(), []
i = 0
while text[i:].strip():
    i += len(text[i:]) - len(text[i:].lstrip())
    run, n = decoder.raw_decode(text[i:]); runs.append(run); i += n
print(json.dumps({"model": runs[0]["model"], "seeds": len(runs), "epochs": runs[0]["epochs"],
                  "auc_mean": round(st.mean(r["auc"] for r in runs), 4), "ap_mean": round(st.mean(r["ap"] for r in runs), 4),
                  "auc": [round(r["auc"], 4) for r in runs], "ap": [round(r["ap"], 4) for r in runs],
                  "epoch_seconds_median": round(st.median(r["epoch_seconds_median"] for r in runs), 5)}))'
}

# The CLI's defaults (chosen on the validation split by benchmarks/linkpred-defaults-sweep.sh).
for model in gae vgae masked; do
  for seed in 0 1 2 3 4; do
    "$tool" linkpred "$data" --model "$model" --seed "$seed" --threads "$threads" --json --quiet
  done | summarise
done

echo "# epoch time beside PyTorch Geometric ($threads threads, 400 epochs, seed 0)"
for model in gae vgae; do
  ours=$("$tool" linkpred "$data" --model "$model" --epochs 400 --seed 0 --threads "$threads" --json --quiet | python3 -c 'import json,sys; print(json.load(sys.stdin)["epoch_seconds_median"])')
  theirs=$("$python" ../shared/peers/pyg_autoencoder.py "$data" --model "$model" --epochs 400 --seed 0 --threads "$threads" | python3 -c 'import json,sys; print(json.load(sys.stdin)["epoch_seconds_median"])')
  python3 -c "print('$model: graphtool %.5f s, PyG %.5f s per epoch: %.1fx faster' % ($ours, $theirs, $theirs / $ours))"
done
