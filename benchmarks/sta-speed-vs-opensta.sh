#!/usr/bin/env bash
# Speed of static timing side by side: read + full timing update (library, netlist, SDC, arrivals
# and required times of every pin) by graphtool (release, `sta --json`, its own `seconds`: reading
# included, process start and writing not) and by OpenSTA (Debian's sta 2.0.17: read_liberty,
# read_verilog, link_design, read_sdc, then the full update sta_dump_labels.tcl forces —
# find_timing_cmd 1 and find_requireds — timed inside the Tcl script, without any dump loop).
# Designs: the largest TT06 netlists (../shared/data/tt06, physical-only cells removed with
# clean_netlist.sh so OpenSTA can read them; both read the same file) with their flat SDC
# (flat_sdc.py), and the EPFL multiplier mapped onto sky130 by yosys_map.sh (10,080 cells; a
# virtual clock, inputs driven by inv_1, outputs loaded as gen_sdc.sh does).
# One process per run, alternating graphtool with 1 thread, graphtool with 2 threads and OpenSTA
# (always one thread), RUNS runs each, medians; prints the ratios graphtool / OpenSTA.
# usage: benchmarks/sta-speed-vs-opensta.sh [RUNS] [DESIGN...]   (default 5; the 3 largest TT06 + multiplier)
#   MAPPED=dir caches the yosys mapping of the multiplier (it takes about a minute)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-$( [ -d ../shared ] && echo ../shared || echo ../../shared )}
tools=$shared/tools/opensta
data=$shared/data/tt06
runs=${1:-5}
shift || true
command -v sta >/dev/null || { echo "sta-speed-vs-opensta: OpenSTA not found (apt-get install opensta)" >&2; exit 1; }
swift build -c release --product graphtool >/dev/null
gt=$(pwd)/.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
lib=$work/sky130hd_tt.lib
gzip -dc "$shared/data/opensta/sky130hd_tt.lib.gz" > "$lib"
if [ $# -gt 0 ]; then designs=("$@"); else
    mapfile -t designs < <(tail -n +2 "$data/designs.tsv" | sort -t$'\t' -k4,4n | tail -3 | cut -f1)
    designs+=(multiplier)
fi

for d in "${designs[@]}"; do
    if [ "$d" = multiplier ]; then
        mapped=${MAPPED:-$work}
        mkdir -p "$mapped"
        [ -s "$mapped/multiplier.v" ] || "$tools/yosys_map.sh" "$shared/data/epfl/multiplier.aig" multiplier "$lib" "$mapped/multiplier.v" > "$work/yosys.log" 2>&1
        cp "$mapped/multiplier.v" "$work/$d.v"
        printf '%s\n' 'create_clock -name vclk -period 10' 'set_input_delay 0 -clock vclk [all_inputs]' \
            'set_output_delay 0 -clock vclk [all_outputs]' 'set_driving_cell -lib_cell sky130_fd_sc_hd__inv_1 -pin Y [all_inputs]' \
            'set_load 0.033442 [all_outputs]' > "$work/$d.sdc"
    else
        period=$(awk -v d="$d" '$1 == d {print $2}' "$data/designs.tsv")
        gzip -dc "$data/$d.v.gz" > "$work/$d.raw.v"
        "$tools/clean_netlist.sh" "$work/$d.raw.v" "$work/$d.v" "$lib" 2>/dev/null
        python3 "$tools/flat_sdc.py" "$work/$d.v" "$period" clk > "$work/$d.sdc"
    fi
    cat > "$work/$d.tcl" <<TCL
set t0 [clock microseconds]
read_liberty $lib
read_verilog $work/$d.v
link_design $d
read_sdc $work/$d.sdc
sta::find_timing_cmd 1
sta::find_requireds
puts "seconds [expr {([clock microseconds] - \$t0) / 1e6}]"
puts "worst_slack [sta::worst_slack -max]"  ;# in the library's unit, ns for sky130
TCL
    for run in $(seq "$runs"); do
        for threads in 1 2; do
            sleep "${SETTLE:-1}"
            "$gt" sta "$work/$d.v" --liberty "$lib" --sdc "$work/$d.sdc" --top "$d" --threads "$threads" --json -q \
                | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["seconds"], r["worst_slack_ps"], r["pins"])' >> "$work/$d.gt$threads"
        done
        sleep "${SETTLE:-1}"
        sta -no_init -no_splash -exit "$work/$d.tcl" 2>/dev/null | awk '/^seconds/ {s=$2} /^worst_slack/ {w=$2} END {print s, w * 1000}' >> "$work/$d.opensta"
    done
    python3 - "$work" "$d" <<'PY'
import statistics, sys
work, d = sys.argv[1:3]
col = lambda f, i: [float(l.split()[i]) for l in open(f"{work}/{d}.{f}")]
one, two, theirs = (statistics.median(col(f, 0)) for f in ("gt1", "gt2", "opensta"))
ws = (statistics.median(col("gt1", 1)), statistics.median(col("opensta", 1)))
pins = int(col("gt1", 2)[0])
print(f"{d} ({pins} pins): graphtool 1 thread {one:.3f} s, 2 threads {two:.3f} s, OpenSTA {theirs:.3f} s "
      f"(medians of {len(col('gt1', 0))}); graphtool / OpenSTA: {one / theirs:.2f}x (1 thread), {two / theirs:.2f}x (2 threads); "
      f"worst setup slack graphtool {ws[0]:.1f} ps, OpenSTA {ws[1]:.1f} ps")
PY
done
