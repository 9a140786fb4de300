#!/usr/bin/env bash
# Label preparation speed: `graphtool timing dataset` (six timings per design: ideal wires, the
# wire-load model and the SPEF, each at the design's period and at the tight period) against the
# OpenSTA label pipeline (../shared/tools/opensta/run_sta_labels.sh: netlist cleaning, SPEF name
# fixing, one timing with the SPEF at the design's period, per-pin label dump), design by design,
# one thread each, interleaved so both see the same machine load. Prints per design and total
# wall seconds and the ratio; then graphtool once more on all the designs in one call (one
# Liberty read for the corpus, as `timing dataset` is used), against the same OpenSTA total.
# usage: benchmarks/timing-dataset-vs-opensta.sh [DESIGN...]  (default: the test designs of benchmarks/timing-split.tsv)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo ../../shared )}
data=$shared/data/tt06
tools=$shared/tools/opensta
command -v sta >/dev/null || { echo "timing-dataset-vs-opensta: OpenSTA not found (apt-get install opensta)" >&2; exit 1; }
swift build -c release --product graphtool >/dev/null
gt=$(pwd)/.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gzip -dc "$shared/data/opensta/sky130hd_tt.lib.gz" > "$work/sky130hd_tt.lib"
if [ $# -gt 0 ]; then designs=("$@"); else mapfile -t designs < <(awk -F'\t' '$2 == "test" {print $1}' benchmarks/timing-split.tsv); fi
now() { date +%s.%N; }
ours_total=0 theirs_total=0
printf "design\topensta_s\tgraphtool_s\n"
for d in "${designs[@]}"; do
    period=$(awk -v d="$d" '$1 == d {print $2}' "$data/designs.tsv")
    mkdir -p "$work/$d/corpus" "$work/all"
    for f in "$d.v.gz" "$d.spef.gz"; do
        ln -s "$(realpath "$data/$f")" "$work/$d/corpus/$f"
        ln -sf "$(realpath "$data/$f")" "$work/all/$f"
    done
    printf "design\tclock_period_ns\n%s\t%s\n" "$d" "$period" > "$work/$d/corpus/designs.tsv"
    t0=$(now)
    gzip -dc "$data/$d.v.gz" > "$work/$d/$d.v"
    gzip -dc "$data/$d.spef.gz" > "$work/$d/$d.spef"
    python3 "$tools/flat_sdc.py" "$work/$d/$d.v" "$period" clk > "$work/$d/$d.sdc"
    "$tools/run_sta_labels.sh" "$work/$d/opensta" "$d" "$work/$d/$d.v" "$work/sky130hd_tt.lib" clk "$period" "$work/$d/$d.spef" "$work/$d/$d.sdc" > "$work/$d/opensta.log" 2>&1
    t1=$(now)
    "$gt" timing dataset "$work/$d/corpus" -o "$work/$d/samples" --liberty "$work/sky130hd_tt.lib" --threads 1 -q > /dev/null
    t2=$(now)
    theirs=$(echo "$t1 - $t0" | bc) ours=$(echo "$t2 - $t1" | bc)
    printf "%s\t%.2f\t%.2f\n" "$d" "$theirs" "$ours"
    theirs_total=$(echo "$theirs_total + $theirs" | bc) ours_total=$(echo "$ours_total + $ours" | bc)
done
printf "total\t%.2f\t%.2f\tratio %.2f\n" "$theirs_total" "$ours_total" "$(echo "$theirs_total / $ours_total" | bc -l)"
cp "$data/designs.tsv" "$work/all/designs.tsv"
t0=$(now)
"$gt" timing dataset "$work/all" -o "$work/all-samples" --liberty "$work/sky130hd_tt.lib" --threads 1 -q > /dev/null
corpus=$(echo "$(now) - $t0" | bc)
printf "one call\t%.2f\t%.2f\tratio %.2f\n" "$theirs_total" "$corpus" "$(echo "$theirs_total / $corpus" | bc -l)"
