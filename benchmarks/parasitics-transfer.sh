#!/usr/bin/env bash
# Parasitic estimation across technologies: sky130 (TT06, OpenROAD SPEFs) and OSU 0.18 µm (qflow
# designs, magic's extracted SPICE), with technology-independent features (no cell types;
# capacitances and areas relative to each design's medians, see ParasiticGraph.technologyIndependent).
#
#   benchmarks/parasitics-transfer.sh QFLOW_DIR [OUT_DIR] [EPOCHS_TT06] [EPOCHS_QFLOW]
#
# Few designs per side, so few designs per step: 2 for the 40 TT06 training designs, 1 for the
# 5 qflow ones (the default 8 would give 5 and 1 steps per epoch).
#
# QFLOW_DIR from benchmarks/qflow-parasitics-data.sh; models and reports go to OUT_DIR
# (default /tmp/parasitics-transfer). Runs, with a release build:
#   1. qflow in-technology, cell level (Verilog + OSU Liberty): train on the qflow split's train
#      designs, score its test designs (the wire-load baseline fitted on the qflow train designs);
#   2. the same at transistor level (--spice: qflow's SPICE netlists flattened through the OSU cell
#      library);
#   3. TT06 -> qflow: train on the TT06 transfer split's train designs, score the qflow test designs
#      (baselines fitted on TT06), and the same model on the TT06 test designs (in technology);
#   4. qflow -> TT06: model 1 scored on the TT06 test designs (baselines fitted on qflow).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
qflow=${1:?usage: benchmarks/parasitics-transfer.sh QFLOW_DIR [OUT_DIR] [EPOCHS_TT06] [EPOCHS_QFLOW]}
out=${2:-/tmp/parasitics-transfer}
epochs_tt06=${3:-8}
epochs_qflow=${4:-60}
shared=${SHARED:-$root/../shared}
[ -d "$shared/data/tt06" ] || shared=/work/shared
tt06=$shared/data/tt06
sky=$shared/data/opensta/sky130hd_tt.lib.gz
osu=/usr/share/qflow/tech/osu018/osu018_stdcells.lib
q=$root/benchmarks/parasitics-qflow-split.tsv
t=$root/benchmarks/parasitics-transfer-split.tsv
g=$root/.build/release/graphtool
[ -x "$g" ] || swift build -c release --product graphtool --package-path "$root" >&2
mkdir -p "$out"
common=(--technology-independent --threads 2 --no-progress)
run() { echo "\$ graphtool ${*:2}" | sed "s#$root/##g; s#$shared#../shared#g" >> "$out/$1.txt"; "$g" "${@:2}" >> "$out/$1.txt"; cat "$out/$1.txt"; }
rm -f "$out"/*.txt

run 1-qflow-cell parasitics train "$qflow" --liberty "$osu" --split "$q" "${common[@]}" --epochs "$epochs_qflow" --designs-per-batch 1 --save "$out/osu-cell.safetensors"
run 1-qflow-cell parasitics evaluate "$qflow" --liberty "$osu" --split "$q" "${common[@]}" --model "$out/osu-cell.safetensors"
run 2-qflow-transistor parasitics train "$qflow" --liberty "$osu" --split "$q" --spice "${common[@]}" --epochs "$epochs_qflow" --designs-per-batch 1 --save "$out/osu-transistor.safetensors"
run 2-qflow-transistor parasitics evaluate "$qflow" --liberty "$osu" --split "$q" --spice "${common[@]}" --model "$out/osu-transistor.safetensors"
run 3-tt06-to-qflow parasitics train "$tt06" --liberty "$sky" --split "$t" "${common[@]}" --epochs "$epochs_tt06" --designs-per-batch 2 --save "$out/sky-ti.safetensors"
run 3-tt06-to-qflow parasitics evaluate "$tt06" --liberty "$sky" --split "$t" "${common[@]}" --model "$out/sky-ti.safetensors" \
  --transfer "$qflow" --transfer-liberty "$osu" --transfer-split "$q"
run 3-tt06-to-qflow parasitics evaluate "$tt06" --liberty "$sky" --split "$t" "${common[@]}" --model "$out/sky-ti.safetensors"
run 4-qflow-to-tt06 parasitics evaluate "$qflow" --liberty "$osu" --split "$q" "${common[@]}" --model "$out/osu-cell.safetensors" \
  --transfer "$tt06" --transfer-liberty "$sky" --transfer-split "$t"
