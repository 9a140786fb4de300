#!/usr/bin/env bash
# Masked gate modeling and signal probability against their baselines (issue 10): the
# DeepGate-style encoder and the GIN baseline, each trained with the same budget on the generated
# corpus (scripts/make-corpus.sh; no EPFL circuit), and each again with its encoder frozen at its
# seeded initialisation so that only the heads train (--freeze-encoder: the untrained-encoder
# baseline). Like for like: no probability prior (--probability-prior none), masked gates and
# probability only (--truth-table-weight 0 --alignment-weight 0), H = 32, seed 1, EPOCHS epochs.
# Each model is then evaluated on the EPFL circuits at mask ratio 0.3: masked gates hidden from
# the encoder (as trained), the majority class, and the leak control (masked gates visible to
# the encoder). Prints one markdown table; models, JSON and logs stay in OUT.
# Usage: benchmarks/masked-gate-baselines.sh [EPFL_DIR]   (env: EPOCHS=10, OUT=/tmp/masked-gate-baselines)
set -euo pipefail
epfl=$(realpath "${1:-/work/shared/data/epfl}")
cd "$(dirname "$0")/.."
tool=${GRAPHTOOL:-.build/release/graphtool}
[ -x "$tool" ] || { echo "$tool not found: run 'swift build -c release' first" >&2; exit 1; }
shopt -s nullglob
files=("$epfl"/*.aig)
[ ${#files[@]} -gt 0 ] || { echo "skipped: no .aig files in $epfl"; exit 0; }
out=${OUT:-/tmp/masked-gate-baselines}
epochs=${EPOCHS:-10}
mkdir -p "$out"
[ -d "$out/corpus" ] || scripts/make-corpus.sh "$out/corpus" "$tool" >/dev/null
export OPENBLAS_NUM_THREADS=1

# name, architecture, epochs, extra flags. GIN epochs cost about a fifth of DeepGate's, so
# gin-long gets 5× the epochs: about the same training time.
runs=(
    "deepgate-trained deepgate $epochs"
    "deepgate-frozen deepgate $epochs --freeze-encoder"
    "gin-trained gin $epochs"
    "gin-frozen gin $epochs --freeze-encoder"
    "gin-long gin $((5 * epochs))"
)
for run in "${runs[@]}"; do
    read -r name arch n flags <<<"$run"
    if [ ! -s "$out/$name.safetensors" ]; then
        # shellcheck disable=SC2086  # $flags is empty or one flag
        "$tool" pretrain --corpus "$out/corpus" --save "$out/$name.safetensors" --architecture "$arch" \
            --hidden 32 --epochs "$n" --probability-weight 10 --probability-prior none \
            --truth-table-weight 0 --alignment-weight 0 --seed 1 $flags \
            >"$out/$name.train.txt" 2>"$out/$name.train.log"
    fi
    [ -s "$out/$name.json" ] || "$tool" evaluate-encoder "${files[@]}" --model "$out/$name.safetensors" \
        --mask-ratios 0.3 --json >"$out/$name.json"
done

python3 - "$out" <<'PY'
import json, re, sys
out = sys.argv[1]
print("| model | epochs | training s | probability MAE (mean baseline) | kind (majority) | inverted fanins (majority) | fanout bucket (majority) | leak control: kind / inversions / fanout | TT r |")
print("| --- | ---: | ---: | --- | --- | --- | --- | --- | ---: |")
labels = {"deepgate-trained": "DeepGate-style, encoder trained", "deepgate-frozen": "DeepGate-style, encoder frozen at init (heads only)",
          "gin-trained": "GIN, encoder trained", "gin-frozen": "GIN, encoder frozen at init (heads only)",
          "gin-long": "GIN, encoder trained, 5× the epochs"}
for name, label in labels.items():
    mean = json.load(open(f"{out}/{name}.json"))["mean"]
    epochs, seconds = re.search(r"(\d+) epochs, ([0-9.]+) s, train loss", open(f"{out}/{name}.train.txt").read()).groups()
    m, v = mean["masked"]["0.3"], mean["maskedVisible"]["0.3"]
    print(f"| {label} | {epochs} | {seconds} | {mean['probabilityMAE']:.4f} ({mean['meanBaselineMAE']:.4f}) "
          f"| {m['kind']:.3f} ({m['kindMajority']:.3f}) | {m['inversions']:.3f} ({m['inversionsMajority']:.3f}) "
          f"| {m['fanout']:.3f} ({m['fanoutMajority']:.3f}) | {v['kind']:.3f} / {v['inversions']:.3f} / {v['fanout']:.3f} "
          f"| {mean['truthTableCorrelation']:.3f} |")
PY
