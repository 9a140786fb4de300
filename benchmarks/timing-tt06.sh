#!/usr/bin/env bash
# Pre-routing timing prediction on the TT06 designs (issue 12): `graphtool timing dataset` times
# every design (ideal wires, wire-load model and SPEF at its period; again at 1.1 x its
# ideal-wire critical path for the slacks), then the TimingGCN-style model and the plain GCN are
# trained on the training designs of benchmarks/timing-split.tsv and scored on its test designs
# beside STA without SPEF and with the wire-load model. Prints one pooled row per method and the
# per-design arrival and slack rows of the TimingGCN-style model and STA without SPEF.
# usage: benchmarks/timing-tt06.sh [DATA_DIR]   (release build; OUT=dir keeps the samples and models)
#   EPOCHS (default 30), THREADS (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/tt06}
lib_gz=$(dirname "$data")/opensta/sky130hd_tt.lib.gz
epochs=${EPOCHS:-30}
threads=${THREADS:-2}
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
work=${OUT:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${OUT:-}" ] || trap 'rm -rf "$work"' EXIT
gzip -dc "$lib_gz" > "$work/sky130hd_tt.lib"
split=benchmarks/timing-split.tsv
[ -d "$work/samples" ] || "$gt" timing dataset "$data" -o "$work/samples" --liberty "$work/sky130hd_tt.lib" --threads "$threads" --json --no-progress > "$work/dataset.json"
cat "$work/dataset.json"
for arch in timinggcn gcn; do
    [ -f "$work/$arch.safetensors" ] || "$gt" timing train --dataset "$work/samples" --split "$split" --save "$work/$arch.safetensors" \
        --architecture "$arch" --epochs "$epochs" --seed 1 --threads "$threads" --json --no-progress > "$work/$arch.train.json"
    "$gt" timing evaluate --dataset "$work/samples" --split "$split" --model "$work/$arch.safetensors" --threads "$threads" --json --no-progress > "$work/$arch.json"
done
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
g, c = (json.load(open(f"{work}/{a}.json")) for a in ("timinggcn", "gcn"))
def row(name, s):
    f = lambda k, fmt: (fmt % s[k]) if s.get(k) is not None else "n/a"
    print(f"| {name} | {f('r2_arrival', '%.4f')} | {f('mae_arrival_ps', '%.1f')} | {f('r2_slew', '%.4f')} | {f('mae_slew_ps', '%.1f')} | {f('r2_slack', '%.4f')} | {f('mae_slack_ps', '%.1f')} |")
print(f"test designs: {g['designs']}; model prediction time (all test designs, samples in memory): {g['predict_seconds']:.2f} s")
print("| method | arrival R² | arrival MAE ps | slew R² | slew MAE ps | slack R² | slack MAE ps |")
print("| --- | --- | --- | --- | --- | --- | --- |")
row("STA without SPEF (ideal wires)", g["sta_without_spef"])
row("STA, wire-load model", g["sta_wire_load"])
row("plain GCN", c)
row("TimingGCN-style", g)
print()
print("| design | nodes | arrival R² ideal / TimingGCN | arrival MAE ps ideal / TimingGCN | slack R² ideal / TimingGCN | slack MAE ps ideal / TimingGCN |")
print("| --- | --- | --- | --- | --- | --- |")
for d in g["per_design"]:
    i, m = d["sta_without_spef"], d["model"]
    f = lambda s, k, fmt: (fmt % s[k]) if s.get(k) is not None else "n/a"
    print(f"| {d['design']} | {d['nodes']} | {f(i,'r2_arrival','%.4f')} / {f(m,'r2_arrival','%.4f')} | {f(i,'mae_arrival_ps','%.1f')} / {f(m,'mae_arrival_ps','%.1f')} "
          f"| {f(i,'r2_slack','%.4f')} / {f(m,'r2_slack','%.4f')} | {f(i,'mae_slack_ps','%.1f')} / {f(m,'mae_slack_ps','%.1f')} |")
PY
