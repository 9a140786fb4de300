#!/usr/bin/env bash
# The scale test: full-batch VGAE epochs on 1,000,000 nodes, 10,000,000 random undirected edges
# and 32 features, graphtool then PyTorch Geometric in the same run; prints both JSON lines and
# the time and memory ratios.
# usage: benchmarks/vgae-scale-vs-pyg.sh [NODES EDGES FEATURES EPOCHS] [PYTHON] [THREADS]
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-1000000} edges=${2:-10000000} features=${3:-32} epochs=${4:-4}
python=${5:-/opt/peers/bin/python}
threads=${6:-2}
swift build -c release --product graphtool >/dev/null
ours=$(.build/release/graphtool bench vgae --nodes "$nodes" --edges "$edges" --features "$features" --epochs "$epochs" --threads "$threads" --json)
theirs=$("$python" ../shared/peers/pyg_vgae_synthetic.py --nodes "$nodes" --edges "$edges" --features "$features" --epochs "$epochs" --threads "$threads" 2>/dev/null)
echo "$ours"
echo "$theirs"
python3 - "$ours" "$theirs" <<'PY'
import json, sys
ours, theirs = (json.loads(s) for s in sys.argv[1:3])
t_ours, t_theirs = ours["median_seconds"], theirs["epoch_seconds_median"]
m_ours, m_theirs = ours["parameters"]["peak_rss_mb"] / 1000, theirs["peak_rss_gb"]
print(f"epoch: graphtool {t_ours:.2f} s, PyG {t_theirs:.2f} s ({t_ours / t_theirs:.2f} of PyG's time); "
      f"peak RSS: graphtool {m_ours:.2f} GB, PyG {m_theirs:.2f} GB ({m_ours / m_theirs:.2f} of PyG's memory)")
PY
