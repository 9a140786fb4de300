#!/usr/bin/env bash
# graphtool sta against OpenSTA (Debian's sta 2.0.17, ../shared/tools/opensta) on the TT06
# designs without SPEF, with the flat SDC of flat_sdc.py (propagated clock, IO delays 0.2 x
# period, inv_1 driving cells, uncertainty, derates): per-pin arrivals and slacks (rise/fall,
# max/min) of every pin both report, how many are within max(1 ps, 0.1 %), the distribution of
# the differences, the worst pins, and the time of each (OpenSTA: load + timing update from its
# own summary; graphtool: the whole sta command, reading included).
# With --spef, both read each design's SPEF (OpenSTA after fix_spef_names.sh, graphtool the .gz
# as is) and it also prints the issue's SPEF measures: the mean absolute arrival difference as a
# share of the mean arrival, and the share of arrivals (and of pins, all four arrivals) within 2 %.
# The shares within tolerance are also given apart for arrivals, slacks and endpoint slacks.
# usage: benchmarks/sta-vs-opensta.sh [--spef] [DESIGN...]  (default: all of ../shared/data/tt06/designs.tsv)
#   CONFIG=debug uses a debug build; OUT=dir keeps the per-design files (default: a temporary directory);
#   REUSE=1 with OUT keeps OpenSTA's results from an earlier run into the same OUT (only graphtool reruns)
set -euo pipefail
cd "$(dirname "$0")/.."
# ../shared beside the package, or beside its worktree folder
shared=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo ../../shared )}
root=$(pwd)
data=${TT06_DIR:-$shared/data/tt06}
tools=${OPENSTA_TOOLS:-$shared/tools/opensta}
command -v sta >/dev/null || { echo "sta-vs-opensta: OpenSTA not found (apt-get install opensta)" >&2; exit 1; }
config=${CONFIG:-release}  # CONFIG=debug for agreement alone (its times are not comparable)
swift build -c "$config" --product graphtool >/dev/null
gt=$root/.build/$config/graphtool
work=${OUT:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${OUT:-}" ] || trap 'rm -rf "$work"' EXIT
gzip -dc "$shared/data/opensta/sky130hd_tt.lib.gz" > "$work/sky130hd_tt.lib"
spef=0
if [ "${1:-}" = --spef ]; then spef=1; shift; fi
if [ $# -gt 0 ]; then designs=("$@"); else mapfile -t designs < <(tail -n +2 "$data/designs.tsv" | cut -f1); fi
: > "$work/designs.txt"
for d in "${designs[@]}"; do
    period=$(awk -v d="$d" '$1 == d {print $2}' "$data/designs.tsv")
    gzip -dc "$data/$d.v.gz" > "$work/$d.v"
    python3 "$tools/flat_sdc.py" "$work/$d.v" "$period" clk > "$work/$d.sdc"
    theirs_spef="" ours_spef=()
    if [ $spef = 1 ]; then
        gzip -dc "$data/$d.spef.gz" > "$work/$d.spef"
        theirs_spef="$work/$d.spef" ours_spef=(--spef "$data/$d.spef.gz")
    fi
    if [ -n "${REUSE:-}" ] && [ -s "$work/opensta/$d.pins.tsv" ] && [ -s "$work/opensta/$d.summary.txt" ]; then
        :  # OpenSTA's results of an earlier run
    elif ! "$tools/run_sta_labels.sh" "$work/opensta" "$d" "$work/$d.v" "$work/sky130hd_tt.lib" clk "$period" "$theirs_spef" "$work/$d.sdc" > "$work/$d.opensta.log" 2>&1; then
        echo "sta-vs-opensta: OpenSTA failed on $d (see $work/$d.opensta.log)" >&2
        continue
    fi
    if ! "$gt" sta "$work/$d.v" --liberty "$work/sky130hd_tt.lib" --sdc "$work/$d.sdc" --top "$d" "${ours_spef[@]}" --pins "$work/$d.ours.tsv" --json -q > "$work/$d.ours.json" 2> "$work/$d.ours.log"; then
        echo "sta-vs-opensta: graphtool failed on $d: $(head -1 "$work/$d.ours.log")" >&2
        continue
    fi
    echo "$d" >> "$work/designs.txt"
done
python3 - "$work" "$root/benchmarks" "$spef" <<'PY'
import json, sys, statistics
work, here, spef = sys.argv[1], sys.argv[2], sys.argv[3] == "1"
sys.path.insert(0, here)
from compare_pins import compare
designs = [l.strip() for l in open(f"{work}/designs.txt") if l.strip()]
diffs, worst, within, total, na = [], [], 0, 0, 0
ours_s, theirs_s, per_design = 0.0, 0.0, []
kinds = {"arrivals": [0, 0], "slacks": [0, 0], "endpoint slacks": [0, 0]}
for d in designs:
    r = compare(f"{work}/{d}.ours.tsv", f"{work}/opensta/{d}.pins.tsv", worst=3)
    for pin, column, endpoint, ok in r["checked"]:
        kind = "arrivals" if column.startswith("at") else "slacks"
        kinds[kind][0] += ok; kinds[kind][1] += 1
        if kind == "slacks" and endpoint:
            kinds["endpoint slacks"][0] += ok; kinds["endpoint slacks"][1] += 1
    diffs += [x for x, _ in r["diffs"]]
    within += r["within_tolerance"]; total += r["values"]; na += r["na_mismatches"]
    worst += [dict(w, design=d) for w in r["worst"]]
    summary = open(f"{work}/opensta/{d}.summary.txt").read().split()
    ms = lambda key: float(summary[summary.index(key) + 1])
    theirs = (ms("ms_load") + ms("ms_timing")) / 1000
    ours = json.load(open(f"{work}/{d}.ours.json"))
    ours_s += ours["seconds"]; theirs_s += theirs
    ws = float(summary[summary.index("worst_slack_max_ps") + 1]) if summary[summary.index("worst_slack_max_ps") + 1] != "NA" else None
    per_design.append((d, r["within_tolerance"] / max(r["values"], 1), ours.get("worst_slack_ps"), ws))
diffs.sort()
q = lambda p: diffs[min(len(diffs) - 1, int(p * len(diffs)))] if diffs else 0.0
print(f"designs {len(designs)}; values compared {total} (arrivals and slacks of every pin both report); "
      f"within max(1 ps, 0.1 %): {within} ({100.0 * within / max(total, 1):.2f} %); NA in one only: {na}")
print(f"difference ps: median {q(0.5):.3f}  p90 {q(0.9):.3f}  p99 {q(0.99):.3f}  max {q(1.0):.3f}")
print("within tolerance: " + "; ".join(f"{k} {100.0 * a / max(b, 1):.2f} % of {b}" for k, (a, b) in kinds.items())
      + f"; designs with every value within: {sum(s == 1.0 for _, s, _, _ in per_design)} of {len(per_design)}")
per_design.sort(key=lambda x: x[1])
print("least agreeing designs: " + ", ".join(f"{d} {100 * s:.1f} %" for d, s, _, _ in per_design[:5]))
ws = [abs(a - b) for _, _, a, b in per_design if a is not None and b is not None]
if ws:
    print(f"worst setup slack difference ps: median {statistics.median(ws):.3f}  max {max(ws):.3f}")
for w in sorted(worst, key=lambda w: -w["diff"])[:10]:
    print(f"  worst: {w['design']} {w['pin']} {w['column']} ours {w['ours']:.3f} OpenSTA {w['opensta']:.3f} (diff {w['diff']:.3f})")
if spef:
    from compare_pins import arrival_agreement
    a = arrival_agreement([(f"{work}/{d}.ours.tsv", f"{work}/opensta/{d}.pins.tsv") for d in designs])
    print(f"SPEF measures: mean |arrival difference| {a['mean_abs_diff']:.3f} ps = {100 * a['mean_abs_diff'] / a['mean_arrival']:.3f} % "
          f"of the mean arrival {a['mean_arrival']:.1f} ps; arrivals within 2 %: {100 * a['values_within'] / a['values']:.2f} % "
          f"of {a['values']}; pins with all arrivals within 2 %: {100 * a['pins_within'] / a['pins']:.2f} % of {a['pins']}")
print(f"time: graphtool {ours_s:.2f} s in all (whole command), OpenSTA {theirs_s:.2f} s (load + timing update)")
PY
