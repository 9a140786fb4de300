#!/usr/bin/env bash
# Reading a SPEF file side by side: graphtool (release; SPEFReader into Parasitics, then the
# mapping of its nets and pins onto the netlist) and OpenSTA's read_spef (which resolves names
# against the linked netlist as it reads), in one run, alternating, RUNS times each; prints the
# medians and the ratio. Both read the same plain-text SPEF, with the '/' of flat names escaped
# (fix_spef_names.sh; graphtool needs no such step) and the netlist cleaned of physical-only
# cells (clean_netlist.sh), as the label pipeline prepares them. OpenSTA's time is read_spef
# alone, measured inside sta after the library and netlist are loaded and linked; graphtool's
# is read + mapping, the netlist read beforehand (untimed).
# usage: benchmarks/spef-vs-opensta.sh [DESIGN [RUNS]]   (default: the largest TT06 SPEF, 5 runs)
# Needs OpenSTA (apt-get install opensta; binary sta) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."
# ../shared beside the package, or beside its worktree folder.
shared=${SHARED:-$( [ -d ../shared/data ] && echo ../shared || echo ../../shared )}
design=${1:-tt_um_couchand_cora16}
runs=${2:-5}
data=$shared/data
tools=$shared/tools/opensta
sta=$(command -v sta || true)
[ -n "$sta" ] || { echo "spef-vs-opensta: sta not found (apt-get install opensta)" >&2; exit 1; }
[ -f "$data/tt06/$design.spef.gz" ] || { echo "spef-vs-opensta: $data/tt06/$design.spef.gz not found; set SHARED" >&2; exit 1; }
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gzip -dc "$data/opensta/sky130hd_tt.lib.gz" > "$work/lib.lib"
gzip -dc "$data/tt06/$design.v.gz" > "$work/raw.v"
gzip -dc "$data/tt06/$design.spef.gz" > "$work/raw.spef"
"$tools/clean_netlist.sh" "$work/raw.v" "$work/design.v" "$work/lib.lib" 2>/dev/null
"$tools/fix_spef_names.sh" "$work/raw.spef" "$work/design.spef"
cat > "$work/read.tcl" <<TCL
read_liberty $work/lib.lib
read_verilog $work/design.v
link_design $design
set start [clock microseconds]
read_spef $work/design.spef
puts "read_spef_seconds [expr {([clock microseconds] - \$start) / 1e6}]"
exit
TCL
: > "$work/ours"; : > "$work/theirs"
for _ in $(seq "$runs"); do
    "$gt" bench spef "$work/design.spef" --netlist "$work/design.v" --repeats 1 --json \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["median_seconds"])' >> "$work/ours"
    "$sta" -no_init -no_splash -exit "$work/read.tcl" 2>&1 | awk '/^read_spef_seconds/ {print $2}' >> "$work/theirs"
done
"$gt" bench spef "$work/design.spef" --netlist "$work/design.v" --repeats 1 | sed 's/^/graphtool: /'
python3 - "$work/ours" "$work/theirs" "$design" "$(du -b "$work/design.spef" | cut -f1)" <<'PY'
import statistics, sys
ours = [float(x) for x in open(sys.argv[1]).read().split()]
theirs = [float(x) for x in open(sys.argv[2]).read().split()]
assert ours and len(theirs) == len(ours), "a run failed"
a, b = statistics.median(ours), statistics.median(theirs)
print(f"{sys.argv[3]} ({int(sys.argv[4]) / 1e6:.1f} MB SPEF), {len(ours)} runs, medians:")
print(f"  graphtool read + map  {a:.4f} s")
print(f"  OpenSTA read_spef     {b:.4f} s")
print(f"  ratio OpenSTA / graphtool  {b / a:.2f}")
PY
