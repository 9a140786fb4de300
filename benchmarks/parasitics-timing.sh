#!/usr/bin/env bash
# Closing the loop: does timing with predicted parasitics come closer to timing with the
# extracted SPEF than timing without any? For every test design of the split, graphtool sta
# (flat SDC of ../shared/tools/opensta/flat_sdc.py: propagated clock, IO delays 0.2 x period)
# runs three times: without SPEF (the library's wire-load model), with the true SPEF, and with
# the SPEF `graphtool parasitics predict` writes from the netlist alone. Prints per design the
# pins compared and the mean absolute max-arrival error (ps) against the true-SPEF timing,
# without SPEF and with the prediction, then the pin-weighted means.
#
# Usage: benchmarks/parasitics-timing.sh MODEL [SPLIT] [DATA_DIR]   (release build first)
set -euo pipefail
MODEL=${1:?model}
SPLIT=${2:-benchmarks/parasitics-split.tsv}
DATA=${3:-../shared/data/tt06}
LIB=$(dirname "$DATA")/opensta/sky130hd_tt.lib.gz
TOOLS=$(dirname "$DATA")/../tools/opensta
BIN=.build/release/graphtool
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf "design\tpins\tno_spef_ps\tpredicted_ps\n"
total_pins=0; total_none=0; total_pred=0
for design in $(awk -F'\t' '$2 == "test" { print $1 }' "$SPLIT"); do
    netlist="$DATA/$design.v.gz"
    period=$(awk -F'\t' -v d="$design" '$1 == d { print $2 }' "$DATA/designs.tsv")
    python3 "$TOOLS/flat_sdc.py" "$netlist" "${period:-20}" clk > "$WORK/$design.sdc"
    "$BIN" sta "$netlist" --liberty "$LIB" --sdc "$WORK/$design.sdc" --pins "$WORK/none.tsv" -q > /dev/null
    "$BIN" sta "$netlist" --liberty "$LIB" --sdc "$WORK/$design.sdc" --spef "$DATA/$design.spef.gz" --pins "$WORK/true.tsv" -q > /dev/null 2>&1
    "$BIN" parasitics predict "$netlist" --model "$MODEL" --liberty "$LIB" -o "$WORK/predicted.spef" -q
    "$BIN" sta "$netlist" --liberty "$LIB" --sdc "$WORK/$design.sdc" --spef "$WORK/predicted.spef" --pins "$WORK/pred.tsv" -q > /dev/null 2>&1
    read -r pins none pred < <(python3 benchmarks/parasitics_arrivals.py "$WORK/true.tsv" "$WORK/none.tsv" "$WORK/pred.tsv")
    printf "%s\t%s\t%s\t%s\n" "$design" "$pins" "$none" "$pred"
    total_pins=$((total_pins + pins))
    total_none=$(python3 -c "print($total_none + $none * $pins)")
    total_pred=$(python3 -c "print($total_pred + $pred * $pins)")
done
python3 -c "p=$total_pins; print('all\t%d\t%.3f\t%.3f' % (p, $total_none / p, $total_pred / p))"
