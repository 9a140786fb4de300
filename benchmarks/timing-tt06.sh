#!/usr/bin/env bash
# Pre-routing timing prediction on the TT06 designs (issue 12): `graphtool timing dataset` times
# every design (ideal wires, wire-load model and SPEF at its period; again at 1.1 x its
# ideal-wire critical path for the slacks), then the TimingGCN-style model, the plain GCN and the
# PreRoutGNN-style model (its autoencoder pre-trained for PRETRAIN_EPOCHS first) are trained on the
# training designs of benchmarks/timing-split.tsv and scored on its test designs beside STA
# without SPEF and with the wire-load model, all on the same pins (data pins and ports, and the
# constrained endpoints). Prints one pooled row per method and the per-design arrival and slack
# rows of every model and STA without SPEF.
# usage: benchmarks/timing-tt06.sh [DATA_DIR]   (release build; OUT=dir keeps the samples and models)
#   EPOCHS (default 30), PRETRAIN_EPOCHS (default 5), THREADS (default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
data=${1:-../shared/data/tt06}
lib_gz=$(dirname "$data")/opensta/sky130hd_tt.lib.gz
epochs=${EPOCHS:-30}
threads=${THREADS:-2}
pretrain_epochs=${PRETRAIN_EPOCHS:-5}
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
work=${OUT:-$(mktemp -d)}
mkdir -p "$work"
[ -n "${OUT:-}" ] || trap 'rm -rf "$work"' EXIT
gzip -dc "$lib_gz" > "$work/sky130hd_tt.lib"
split=benchmarks/timing-split.tsv
[ -d "$work/samples" ] || "$gt" timing dataset "$data" -o "$work/samples" --liberty "$work/sky130hd_tt.lib" --threads "$threads" --json --no-progress > "$work/dataset.json"
cat "$work/dataset.json"
for arch in timinggcn gcn preroutgnn; do
    [ -f "$work/$arch.safetensors" ] || "$gt" timing train --dataset "$work/samples" --split "$split" --save "$work/$arch.safetensors" \
        --architecture "$arch" --epochs "$epochs" --pretrain-epochs "$pretrain_epochs" --seed 1 --threads "$threads" --json --no-progress > "$work/$arch.train.json"
    "$gt" timing evaluate --dataset "$work/samples" --split "$split" --model "$work/$arch.safetensors" --threads "$threads" --json --no-progress > "$work/$arch.json"
done
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
models = {a: json.load(open(f"{work}/{a}.json")) for a in ("timinggcn", "gcn", "preroutgnn")}
g = models["timinggcn"]
def row(name, s):
    f = lambda k, fmt: (fmt % s[k]) if s.get(k) is not None else "n/a"
    print(f"| {name} | {f('r2_arrival', '%.4f')} | {f('mae_arrival_ps', '%.1f')} | {f('r2_slew', '%.4f')} | {f('mae_slew_ps', '%.1f')} | {f('r2_slack', '%.4f')} | {f('mae_slack_ps', '%.1f')} |")
print(f"test designs: {g['designs']}; model prediction time (all test designs, samples in memory): {g['predict_seconds']:.2f} s")
print("| method | arrival R² | arrival MAE ps | slew R² | slew MAE ps | slack R² | slack MAE ps |")
print("| --- | --- | --- | --- | --- | --- | --- |")
row("STA without SPEF (ideal wires)", g["sta_without_spef"])
row("STA, wire-load model", g["sta_wire_load"])
row("plain GCN", models["gcn"])
row("TimingGCN-style", g)
row("PreRoutGNN-style", models["preroutgnn"])
for name, s in models.items():
    assert s["arrivals"] == g["arrivals"] and s["endpoints"] == g["endpoints"], f"{name} is scored on other pins"
print()
names = ["timinggcn", "gcn", "preroutgnn"]
print("| design | nodes | arrival R² ideal / " + " / ".join(names) + " | arrival MAE ps | slack R² | slack MAE ps |")
print("| --- | --- | --- | --- | --- | --- |")
f = lambda s, k, fmt: (fmt % s[k]) if s.get(k) is not None else "n/a"
for k, d in enumerate(g["per_design"]):
    per = [d["sta_without_spef"]] + [models[n]["per_design"][k]["model"] for n in names]
    cell = lambda key, fmt: " / ".join(f(s, key, fmt) for s in per)
    print(f"| {d['design']} | {d['nodes']} | {cell('r2_arrival', '%.4f')} | {cell('mae_arrival_ps', '%.1f')} | {cell('r2_slack', '%.3f')} | {cell('mae_slack_ps', '%.1f')} |")
PY
