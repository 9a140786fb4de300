#!/usr/bin/env bash
# SpMM side by side: graphtool (release) and SciPy on the same shape, in one run; prints both
# JSON lines and the speed-up. usage: benchmarks/spmm-vs-scipy.sh [NODES DEGREE COLS]
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-1000000} degree=${2:-10} cols=${3:-32}
swift build -c release --product graphtool >/dev/null
ours=$(.build/release/graphtool bench spmm --nodes "$nodes" --degree "$degree" --cols "$cols" --json)
peer=$(python3 benchmarks/scipy_spmm.py --nodes "$nodes" --degree "$degree" --cols "$cols")
echo "$ours"
echo "$peer"
python3 - "$ours" "$peer" <<'PY'
import json, sys
ours, peer = (json.loads(s) for s in sys.argv[1:3])
print(f"speed-up over SciPy: {peer['median_seconds'] / ours['median_seconds']:.2f}x "
      f"(graphtool {ours['median_seconds']:.4f} s on {ours['parameters']['threads']} threads, "
      f"SciPy {peer['median_seconds']:.4f} s)")
PY
