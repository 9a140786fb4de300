#!/usr/bin/env bash
# Wall time of `graphtool timing predict` (issue 12's goal: a 5,000-cell design in under a second),
# the whole command: Liberty read, netlist and SDC, the two STA runs, the model, the pins table.
# Designs: the EPFL arbiter mapped onto sky130 by yosys_map.sh (6,464 cells: TT06 has no design
# of 5,000 cells, its largest is tt_um_jv_sigdel with 2,866, also timed) with a virtual clock as
# sta-speed-vs-opensta.sh sets one, and tt_um_jv_sigdel under its flat SDC (flat_sdc.py).
# One process per run, RUNS runs per design and thread count, interleaved; prints the median
# wall and user + system seconds, and the load average before and after.
# usage: benchmarks/timing-predict-speed.sh [RUNS] [MODEL]   (default 5, models/timing-predictor.safetensors)
#   MAPPED=dir caches the yosys mapping of the arbiter
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo ../../shared )}
tools=$shared/tools/opensta
runs=${1:-5}
model=${2:-models/timing-predictor.safetensors}
swift build -c release --product graphtool >/dev/null
gt=$(pwd)/.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=$work/sky130hd_tt.lib
gzip -dc "$shared/data/opensta/sky130hd_tt.lib.gz" > "$lib"
mapped=${MAPPED:-$work}
mkdir -p "$mapped"
[ -s "$mapped/arbiter.v" ] || "$tools/yosys_map.sh" "$shared/data/epfl/arbiter.aig" arbiter "$lib" "$mapped/arbiter.v" > "$work/yosys.log" 2>&1
cp "$mapped/arbiter.v" "$work/arbiter.v"
printf '%s\n' 'create_clock -name vclk -period 10' 'set_input_delay 0 -clock vclk [all_inputs]' \
    'set_output_delay 0 -clock vclk [all_outputs]' 'set_driving_cell -lib_cell sky130_fd_sc_hd__inv_1 -pin Y [all_inputs]' \
    'set_load 0.033442 [all_outputs]' > "$work/arbiter.sdc"
d=tt_um_jv_sigdel
gzip -dc "$shared/data/tt06/$d.v.gz" > "$work/$d.v"
python3 "$tools/flat_sdc.py" "$work/$d.v" 20 clk > "$work/$d.sdc"

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for design in arbiter "$d"; do
    cells=$(grep -c 'sky130_fd_sc_hd__' "$work/$design.v" || true)
    for threads in 1 2; do : > "$work/$design.$threads.times"; done
    for run in $(seq "$runs"); do
        for threads in 1 2; do
            /usr/bin/time -f '%e %U %S' -a -o "$work/$design.$threads.times" \
                "$gt" timing predict "$work/$design.v" --model "$model" --liberty "$lib" --sdc "$work/$design.sdc" \
                -o "$work/$design.tsv" --threads "$threads" --quiet
        done
    done
    for threads in 1 2; do
        python3 - "$work/$design.$threads.times" "$design" "$cells" "$threads" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip() and l[0].isdigit()]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] + r[2] for r in rows)
print(f"{sys.argv[2]} ({sys.argv[3]} cell instances), {sys.argv[4]} thread(s), {len(rows)} runs: median wall {wall:.2f} s, user+system {cpu:.2f} s")
PY
    done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
