#!/usr/bin/env bash
# Makes the second-technology parasitic data (OSU 0.18 µm, Debian's qflow: yosys, graywolf,
# qrouter, magic) for `graphtool parasitics` and the SPICE reader: per design, in OUTDIR/NAME/,
#   NAME.v          the routed gate-level netlist (OSU cells; the graph at cell level)
#   NAME.spc        the same netlist as SPICE, X instances of the cells with
#                   `.include .../osu018_stdcells.sp` (qflow's blif2BSpice; the graph at
#                   transistor level once flattened)
#   NAME.pex.spice  magic's extraction: every ground and coupling capacitor (the labels)
# and the rest of ../shared/tools/qflow/qflow-make-sample.sh's outputs (SPEFs, STA reports).
#
#   benchmarks/qflow-parasitics-data.sh OUTDIR [DESIGN…]
#
# DESIGN is an EPFL benchmark name (../shared/data/epfl/DESIGN.aig); the default list is the
# eight small ones below (about 3 minutes on this machine, one design at a time). Designs whose
# outputs exist are skipped. Needs qflow, qrouter, graywolf, magic, netgen-lvs and
# qflow-tech-osu018 (scripts/setup.sh --qflow).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:?usage: benchmarks/qflow-parasitics-data.sh OUTDIR [DESIGN…]}
shift
designs=("$@")
[ ${#designs[@]} -gt 0 ] || designs=(ctrl int2float router dec cavlc priority i2c adder)
shared=${SHARED:-$root/../shared}
[ -d "$shared/tools/qflow" ] || shared=/work/shared
sample=$shared/tools/qflow/qflow-make-sample.sh
[ -x "$sample" ] || [ -f "$sample" ] || { echo "qflow-parasitics-data.sh: no $sample" >&2; exit 2; }
mkdir -p "$out"
for design in "${designs[@]}"; do
  dir=$out/$design
  if [ -s "$dir/$design.pex.spice" ] && [ -s "$dir/$design.spc" ]; then
    echo "$design: done before"
    continue
  fi
  echo "$design: qflow (see $dir/logs)"
  LABELS=0 bash "$sample" "$shared/data/epfl/$design.aig" "$dir" "$design" > "$dir.log" 2>&1 \
    || { echo "$design: failed, see $dir.log" >&2; continue; }
  cp "$dir/proj/synthesis/$design.spc" "$dir/$design.spc"
  # The invariant of each sample: the SPICE netlist has one X line per cell of the routed Verilog.
  cells=$(grep -cE '^[[:space:]]*[A-Z][A-Za-z0-9_]*[[:space:]]+[A-Za-z_][^ ]*[[:space:]]*\(' "$dir/$design.v")
  xs=$(grep '^X' "$dir/$design.spc" | grep -vc ' FILL$')  # qflow adds FILL cells (no signal pins) at placement
  [ "$cells" = "$xs" ] || echo "$design: $cells cells in $design.v but $xs X lines in $design.spc" >&2
  rm -rf "$dir/proj"
  grep total_seconds "$dir/stats.txt"
done
