#!/usr/bin/env bash
# Reading a 13.7M-AND binary AIGER file side by side: graphtool (release; the AIG and its Graph)
# and ABC's &r, in one run, alternating, RUNS times each; prints the medians and the ratio.
# usage: benchmarks/aiger-vs-abc.sh [FILE [RUNS]]    (SETTLE=seconds between runs, default 3)
# FILE (default $TMPDIR/graphtool-bench/hyp64.aig) is made when absent: 64 disjoint copies of
# EPFL hyp.aig, by graphtool itself. Needs berkeley-abc (or abc), /usr/bin/time and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${2:-5}
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
abc=$(command -v berkeley-abc || command -v abc || true)
[ -n "$abc" ] || { echo "aiger-vs-abc: ABC not found (apt-get install berkeley-abc)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "aiger-vs-abc: /usr/bin/time not found (apt-get install time)" >&2; exit 1; }
file=${1:-${TMPDIR:-/tmp}/graphtool-bench/hyp64.aig}
if [ ! -f "$file" ]; then
    hyp=${EPFL_DIR:-../shared/data/epfl}/hyp.aig
    [ -f "$hyp" ] || { echo "aiger-vs-abc: $hyp not found; set EPFL_DIR or pass FILE" >&2; exit 1; }
    mkdir -p "$(dirname "$file")"
    "$gt" bench tile "$hyp" --copies 64 -o "$file" >&2
fi
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT
# One timed process: /usr/bin/time writes "wall_seconds max_rss_kb" to $log/$name.$run.time.
# Each waits SETTLE seconds first, so every process starts in the same state: on this VM, memory
# freed more than ~2 s earlier goes back to the host and costs a host page fault when touched
# again, which adds up to a second to a run that follows another within 2 s or not.
timed() {
    local name=$1 run=$2; shift 2
    sleep "${SETTLE:-3}"
    if ! /usr/bin/time -f "%e %M" -o "$log/$name.$run.time" "$@" >"$log/$name.$run.out" 2>&1; then
        echo "aiger-vs-abc: $name failed: $*" >&2
        cat "$log/$name.$run.out" >&2
        exit 1
    fi
}
for run in $(seq "$runs"); do
    timed graphtool "$run" "$gt" bench aiger "$file" --repeats 1 --json
    timed graphtool-aig-only "$run" "$gt" bench aiger "$file" --repeats 1 --no-graph --json
    timed abc "$run" "$abc" -c "time; &r $file; time"
    timed abc-no-strash "$run" "$abc" -c "time; &r -s $file; time"
done
python3 - "$log" "$runs" "$file" <<'PY'
import json, re, statistics, sys
log, runs, path = sys.argv[1], int(sys.argv[2]), sys.argv[3]
def load(name):
    rows = []
    for run in range(1, runs + 1):
        wall, rss = open(f"{log}/{name}.{run}.time").read().split()[-2:]
        out = open(f"{log}/{name}.{run}.out").read()
        row = {"wall": float(wall), "rss": int(rss) * 1024}
        if name.startswith("graphtool"):
            report = json.loads(out.strip().splitlines()[-1])
            m = report["measurements"]
            row.update(inner=report["median_seconds"], ands=report["parameters"]["ands"],
                       read=m["read_seconds"], graph=m["graph_seconds"], baseline=m["baseline_rss_bytes"])
        else:
            row["inner"] = float(re.findall(r"elapse: ([0-9.]+) seconds", out)[-1])
        rows.append(row)
    return {key: statistics.median(r[key] for r in rows) for key in rows[0]}
ours, aig_only = load("graphtool"), load("graphtool-aig-only")
abc, abc_s = load("abc"), load("abc-no-strash")
ands = int(ours["ands"])
print(f"file: {path}  ANDs: {ands:,}  runs: {runs} (medians; wall = whole process, /usr/bin/time)")
print(f"{'':36} {'wall s':>8} {'in-process s':>13} {'peak RSS KiB':>13}")
def line(label, r): print(f"{label:36} {r['wall']:8.3f} {r['inner']:13.3f} {r['rss'] / 1024:13,.0f}")
line("graphtool: AIG + Graph", ours)
print(f"{'  (read AIG / build Graph)':36} {'':8} {ours['read']:6.3f}/{ours['graph']:.3f}")
line("graphtool: AIG only (--no-graph)", aig_only)
line("ABC &r (strash while reading)", abc)
line("ABC &r -s (no strash)", abc_s)
print("in-process: graphtool's own wall clock around read + graph; ABC's 'time' command (thread CPU time, 0.01 s steps)")
print(f"time ratio graphtool (AIG + Graph) / ABC &r: {ours['wall'] / abc['wall']:.3f} wall, "
      f"{ours['inner'] / max(abc['inner'], 1e-9):.3f} in-process (target <= 0.5)")
print(f"time ratio graphtool (AIG + Graph) / ABC &r -s: {ours['wall'] / abc_s['wall']:.3f} wall, "
      f"{ours['inner'] / max(abc_s['inner'], 1e-9):.3f} in-process")
budget = 2 * 12 * ands
print(f"memory: budget 2 x ANDs x 12 B = {budget / 1e6:.1f} MB; AIG only {aig_only['rss'] / budget:.3f}x of it, "
      f"AIG + Graph {ours['rss'] / budget:.3f}x; ABC &r {abc['rss'] / budget:.3f}x")
data = ours['rss'] - ours['baseline']
print(f"graphtool AIG + Graph, peak RSS: {ours['rss'] / 1024:,.0f} KiB (budget {budget / 1024:,.0f} KiB) = "
      f"{ours['baseline'] / 1024:,.0f} KiB before reading (binary and libraries) + {data / 1024:,.0f} KiB of data "
      f"({data / ands:.2f} B per AND)")
PY
