#!/usr/bin/env bash
# SpMM side by side: graphtool (release) on 1 and on 2 threads, and SciPy's csr @ dense (which is
# single-threaded), on the same shape of input, interleaved in one run. Each round runs the three
# one after the other (the order rotating from round to round), each process timing REPEATS
# products after a warm-up and reporting their median; a round gives two ratios, SciPy / graphtool
# at 1 thread and SciPy / graphtool at 2 threads. Prints every round and the medians over rounds.
# usage: benchmarks/spmm-vs-scipy.sh [NODES DEGREE COLS [ROUNDS [REPEATS]]]
#        (defaults 1000000 10 32 7 5; PYTHON, default python3, must have numpy and scipy)
set -euo pipefail
cd "$(dirname "$0")/.."
nodes=${1:-1000000} degree=${2:-10} cols=${3:-32} rounds=${4:-7} repeats=${5:-5}
python=${PYTHON:-python3}
swift build -c release --product graphtool >/dev/null
shape=(--nodes "$nodes" --degree "$degree" --cols "$cols" --repeats "$repeats")
ours() { .build/release/graphtool bench spmm "${shape[@]}" --threads "$1" --json; }
scipy() { "$python" benchmarks/scipy_spmm.py "${shape[@]}"; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
for round in $(seq "$rounds"); do
    order=("ours 1" "ours 2" "scipy")
    for k in 0 1 2; do
        job=${order[$(( (k + round) % 3 ))]}
        case $job in
            "ours 1") echo "$round ours1 $(ours 1)" ;;
            "ours 2") echo "$round ours2 $(ours 2)" ;;
            scipy) echo "$round scipy $(scipy)" ;;
        esac
    done
done >"$log"
"$python" - "$log" "$rounds" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    round, side, report = line.split(" ", 2)
    runs.setdefault(int(round), {})[side] = json.loads(report)
print(json.dumps({"scipy": next(iter(runs.values()))["scipy"]["scipy"],
                  "parameters": next(iter(runs.values()))["ours1"]["parameters"]}))
print(f"{'round':>5} {'graphtool 1 thread':>19} {'graphtool 2 threads':>20} {'SciPy (1 thread)':>17} "
      f"{'SciPy / ours@1':>15} {'SciPy / ours@2':>15}")
one, two, peer, r1, r2 = [], [], [], [], []
for round, r in sorted(runs.items()):
    a, b, s = (r[k]["median_seconds"] for k in ("ours1", "ours2", "scipy"))
    one.append(a); two.append(b); peer.append(s); r1.append(s / a); r2.append(s / b)
    print(f"{round:5} {a:17.4f} s {b:18.4f} s {s:15.4f} s {s / a:14.2f}x {s / b:14.2f}x")
m = statistics.median
print(f"{'median':>5} {m(one):17.4f} s {m(two):18.4f} s {m(peer):15.4f} s {m(r1):14.2f}x {m(r2):14.2f}x")
print(f"equal threads (graphtool 1, SciPy 1): {m(r1):.2f}x faster; graphtool 2 threads vs SciPy 1: {m(r2):.2f}x "
      f"(medians of the {len(runs)} per-round ratios)")
PY
