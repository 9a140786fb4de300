#!/usr/bin/env bash
# The sampler scale test: epochs of neighbour-sampled GraphSAGE node classification on one
# synthetic graph (counter-based, the same edges, features and labels on both sides for the same
# seed), graphtool (`graphtool bench sampler`) then PyTorch Geometric's NeighborLoader
# (benchmarks/pyg_sampler_epoch.py) at equal threads, each under /usr/bin/time -v. Prints both
# JSON lines, checks the two drew the same edges, and prints the epoch-time and peak-RSS ratios.
# usage: benchmarks/sampler-vs-pyg.sh [NODES EDGES] [PYTHON] [THREADS] [BATCH] [EPOCHS] [TRAIN_SHARE]
#   defaults: 1000000 10000000 /opt/peers/bin/python 2 1024 1 0.1; fan-outs 10,5, 32 features,
#   16 classes, 64 hidden. PYTHON needs torch, torch_geometric and torch-sparse or pyg-lib.
#   TOOL=path uses that graphtool binary instead of building this checkout's (release).
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-1000000} edges=${2:-10000000}
python=${3:-/opt/peers/bin/python}
threads=${4:-2} batch=${5:-1024} epochs=${6:-1} share=${7:-0.1}
tool=${TOOL:-}
[[ -n $tool ]] || { swift build -c release --product graphtool >/dev/null; tool=.build/release/graphtool; }
common=(--nodes "$nodes" --edges "$edges" --features 32 --classes 16 --fanouts 10,5 --batch-size "$batch"
        --hidden 64 --epochs "$epochs" --threads "$threads" --train-share "$share" --seed 0)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

OPENBLAS_NUM_THREADS=$threads /usr/bin/time -v "$tool" bench sampler "${common[@]}" --json >"$work/ours" 2>"$work/ours.time"
OMP_NUM_THREADS=$threads /usr/bin/time -v "$python" benchmarks/pyg_sampler_epoch.py "${common[@]}" >"$work/theirs" 2>"$work/theirs.time"
cat "$work/ours" "$work/theirs"
python3 - "$work" <<'PY'
import json, re, sys
work = sys.argv[1]
ours, theirs = (json.loads(open(f"{work}/{side}").read()) for side in ("ours", "theirs"))
def peak_gb(side):  # /usr/bin/time's maximum resident set size, kB
    return int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{work}/{side}.time").read()).group(1)) * 1024 / 1e9
p = ours["parameters"]
if p["edge_checksum_shr2"] != theirs["edge_checksum_shr2"]:
    sys.exit(f"the two sides drew different edges: checksums {p['edge_checksum_shr2']} and {theirs['edge_checksum_shr2']}")
t_ours, t_theirs = ours["median_seconds"], theirs["median_seconds"]
m_ours, m_theirs = peak_gb("ours"), peak_gb("theirs")
print(f"{p['nodes']:,} nodes, {p['edges']:,} edges, {p['train_nodes']:,} training nodes in {p['batches']} batches of "
      f"{p['batch_size']}, {p['threads']} threads (same edges: checksum {p['edge_checksum_shr2']})")
print(f"epoch: graphtool {t_ours:.2f} s (CPU {ours['measurements']['cpu_seconds_median']:.1f} s), PyG {t_theirs:.2f} s "
      f"(CPU {theirs['cpu_seconds_median']:.1f} s): {t_ours / t_theirs:.2f} of PyG's time")
print(f"setup (draw the graph, build its index): graphtool {ours['measurements']['setup_seconds']:.1f} s, PyG {theirs['setup_seconds']:.1f} s")
print(f"peak RSS: graphtool {m_ours:.2f} GB, PyG {m_theirs:.2f} GB: {m_ours / m_theirs:.2f} of PyG's memory")
PY
