#!/usr/bin/env bash
# Regenerates the generated seeds of the fuzz targets (Fuzzing/Corpus/TARGET/gen-*) and keeps the
# hand-written ones (hand-*): netlists/ in every circuit format, small valid instances of each
# other format written by graphtool's own writers (convert, embed, linkpred --save, pretrain)
# and, independently, by NumPy and by Python's json/struct (safetensors), and the first lines of
# the Cora lists. Needs a built graphtool (default .build/debug/graphtool, or $GRAPHTOOL) and
# python3 with NumPy. Run from anywhere: Fuzzing/make-corpus.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
graphtool=${GRAPHTOOL:-$root/.build/debug/graphtool}
corpus="$root/Fuzzing/Corpus"
cora=${CORA:-/work/shared/data/cora}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
[ -x "$graphtool" ] || { echo "make-corpus.sh: no graphtool at $graphtool; run 'swift build' first" >&2; exit 1; }
rm -f "$corpus"/*/gen-*

# Circuits: netlists/ and the hand-written circuits in every format the writers produce. A
# conversion the writer refuses (e.g. latches in Verilog) is skipped with its message.
convert() {
  "$graphtool" convert "$1" "$2" >/dev/null 2>"$tmp/convert.err" \
    || echo "make-corpus.sh: skipped $(basename "$2"): $(head -1 "$tmp/convert.err")" >&2
}
circuits=("$root"/netlists/*.aig "$corpus"/aiger-ascii/hand-*.aag "$corpus"/blif/hand-*.blif
          "$corpus"/bench/hand-*.bench "$corpus"/verilog/hand-*.v)
for source in "${circuits[@]}"; do
  name=$(basename "$source")
  stem=${name%.*}
  extension=${name##*.}
  for pair in aiger-binary:aig aiger-ascii:aag blif:blif bench:bench verilog:v; do
    target=${pair%%:*}
    format=${pair##*:}
    [ "$format" = "$extension" ] && [ "${stem#hand-}" != "$stem" ] && continue  # the file itself
    if [ "$format" = "$extension" ]; then cp "$source" "$corpus/$target/gen-$stem.$format"; continue; fi
    convert "$source" "$corpus/$target/gen-$stem.$format"
  done
done

# OpenQASM: netlists/*.qasm and the hand-written programs, as they are and as graphtool convert
# rewrites them (gate definitions expanded, one statement per operation).
for source in "$root"/netlists/*.qasm "$corpus"/qasm/hand-*.qasm; do
  stem=$(basename "$source" .qasm)
  [ "${stem#hand-}" = "$stem" ] && cp "$source" "$corpus/qasm/gen-$stem.qasm"
  "$graphtool" convert "$source" "$corpus/qasm/gen-$stem-flat.qasm" --quiet >/dev/null 2>&1 \
    || echo "make-corpus.sh: skipped gen-$stem-flat.qasm" >&2
done

# A tiny link-prediction data set (a 30-node ring with chords, 3 binary features): its lists
# are seeds, and the GNN checkpoints graphtool linkpred saves for it.
data="$tmp/ring"
mkdir -p "$data"
for i in $(seq 0 29); do
  printf '%d\t%d\n%d\t%d\n' "$i" $(((i + 1) % 30)) "$i" $(((i + 7) % 30)) >> "$data/edges.tsv"
  printf '%d\t%d\n' "$i" $((i % 3)) >> "$data/features.tsv"
  printf '%d\t%d\n' "$i" $((i % 4)) >> "$data/labels.tsv"
done
cp "$data/edges.tsv" "$corpus/edge-list/gen-ring.tsv"
cp "$data/features.tsv" "$corpus/feature-list/gen-ring.tsv"
cp "$data/labels.tsv" "$corpus/label-list/gen-ring.tsv"
for list in edges features labels; do
  case $list in edges) target=edge-list ;; features) target=feature-list ;; labels) target=label-list ;; esac
  head -64 "$cora/$list.tsv" > "$corpus/$target/gen-cora-head.tsv"
done
awk '$1 < 64' "$cora/split.tsv" > "$corpus/node-split/gen-cora-head.tsv"
for model in gae vgae masked; do
  "$graphtool" linkpred "$data" --model "$model" --hidden 4 --latent 2 --epochs 2 --quiet \
    --save "$corpus/safetensors/gen-$model.safetensors" >/dev/null
done

# Circuit-encoder checkpoints (hidden size 2), each architecture and probability prior, and the
# embeddings (NPY) one of them writes.
mkdir -p "$tmp/circuits"
cp "$root"/netlists/mux-2.aig "$root"/netlists/adder-4.aig "$tmp/circuits/"
for variant in "deepgate none" "gin none" "deepgate residual" "deepgate input --probability-estimate cuts-4"; do
  set -- $variant
  name="gen-$1-$2${4:+-${4}}"
  "$graphtool" pretrain --corpus "$tmp/circuits" --architecture "$1" --probability-prior "$2" "${@:3}" \
    --hidden 2 --epochs 1 --save "$corpus/circuit-model/$name.safetensors" >/dev/null 2>&1
done
"$graphtool" embed "$root/netlists/mux-2.aig" --model "$corpus/circuit-model/gen-deepgate-none.safetensors" \
  --no-progress -o "$corpus/npy/gen-embed-mux-2.npy" >/dev/null

# NumPy's own .npy files: every dtype and rank the reader takes, format versions 1 to 3, and
# arrays it must reject (Fortran order, big-endian, 3-D, float64).
python3 - "$corpus/npy" <<'PY'
import sys
import numpy as np
out = sys.argv[1]
def save(name, array, version=None):
    with open(f"{out}/gen-{name}.npy", "wb") as f:
        np.lib.format.write_array(f, array, version=version)
save("f32-2d", np.arange(6, dtype=np.float32).reshape(2, 3))
save("f32-1d", np.array([0.5, -1, np.inf, np.nan], dtype=np.float32))
save("f32-empty", np.zeros((0, 4), dtype=np.float32))
save("i32", np.array([1, -2, 3], dtype=np.int32))
save("i64", np.array([7, -(2**40)], dtype=np.int64))
save("i64-small", np.array([0, 1, 2], dtype=np.int64))
save("f32-v2", np.ones((2, 2), dtype=np.float32), version=(2, 0))
save("i32-v3", np.array([5], dtype=np.int32), version=(3, 0))
save("fortran", np.asfortranarray(np.ones((2, 3), dtype=np.float32)))
save("big-endian", np.array([1, 2], dtype=">f4"))
save("f32-3d", np.zeros((1, 2, 2), dtype=np.float32))
save("f64", np.array([1.5], dtype=np.float64))
save("c16", np.array([0.5 - 1j, 2j], dtype=np.complex128))
PY

# safetensors written independently of graphtool: JSON header and raw bytes by hand, with
# metadata, ranks 0 to 2, and what the reader must reject (F16, rank 3, overlapping offsets).
python3 - "$corpus/safetensors" <<'PY'
import json, struct, sys
out = sys.argv[1]
def save(name, header, data):
    text = json.dumps(header).encode()
    text += b" " * (-len(text) % 8)
    with open(f"{out}/gen-{name}.safetensors", "wb") as f:
        f.write(struct.pack("<Q", len(text)) + text + data)
floats = struct.pack("<6f", 1, 2, 3, 4, 5, 6)
save("python-ranks", {"__metadata__": {"format": "pt"},
                      "m": {"dtype": "F32", "shape": [2, 2], "data_offsets": [0, 16]},
                      "v": {"dtype": "F32", "shape": [1], "data_offsets": [16, 20]},
                      "s": {"dtype": "F32", "shape": [], "data_offsets": [20, 24]}}, floats)
save("python-f16", {"h": {"dtype": "F16", "shape": [2], "data_offsets": [0, 4]}}, b"\0\x3c\0\x40")
save("python-rank3", {"t": {"dtype": "F32", "shape": [1, 1, 2], "data_offsets": [0, 8]}}, floats[:8])
save("python-overlap", {"a": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]},
                        "b": {"dtype": "F32", "shape": [2], "data_offsets": [4, 12]}}, floats[:12])
PY
# Partition folders: the ring split by graphtool partition into 3 parts, unweighted and weighted,
# each part-R/ packed as the fuzz-partition-folder input (per file, in a fixed order: a 4-byte
# little-endian length, 0xFFFFFFFF for an absent file, then the bytes).
awk -F'\t' '{ printf "%s\t%s\t%d.5\n", $1, $2, NR % 5 }' "$data/edges.tsv" > "$tmp/ring-weighted.tsv"
for graph in "$data/edges.tsv:ring" "$tmp/ring-weighted.tsv:ring-weighted"; do
  "$graphtool" partition "${graph%%:*}" --parts 3 -o "$tmp/parts-${graph##*:}" >/dev/null
done
python3 - "$tmp" "$corpus/partition-folder" <<'PY'
import os, struct, sys
tmp, out = sys.argv[1:]
files = ["shape.npy", "nodes.npy", "halo_owners.npy", "incoming_offsets.npy", "incoming_senders.npy",
         "incoming_weights.npy", "gcn_degrees.npy", "send_offsets.npy", "send_rows.npy"]
for name in ["ring", "ring-weighted"]:
    for rank in range(3):
        folder, packed = f"{tmp}/parts-{name}/part-{rank}", b""
        for file in files:
            path = f"{folder}/{file}"
            data = open(path, "rb").read() if os.path.exists(path) else None
            packed += struct.pack("<I", 0xFFFFFFFF) if data is None else struct.pack("<I", len(data)) + data
        open(f"{out}/gen-{name}-part-{rank}", "wb").write(packed)
PY

# SPICE: the qflow sample's netlist (X instances of OSU cells, an absolute .include) and magic's
# extraction of it (black-box cells, ground and coupling capacitors).
cp "$root/netlists/qflow/ctrl/ctrl.spc" "$corpus/spice/gen-qflow-ctrl.spc"
gzip -dc "$root/netlists/qflow/ctrl/ctrl.pex.spice.gz" > "$corpus/spice/gen-qflow-ctrl.pex.spice"

# SPEF: the smallest TT06 extraction (OpenROAD, Apache-2.0), when ../shared/data is there.
tt06=${TT06:-/work/shared/data/tt06}
if [ -f "$tt06/tt_um_wokwi_384711264596377601.spef.gz" ]; then
  gzip -dc "$tt06/tt_um_wokwi_384711264596377601.spef.gz" > "$corpus/spef/gen-tt06-wokwi.spef"
fi

# Gate-level Verilog and SDC: OpenSTA's examples (Apache-2.0) when ../shared/data is there, and the
# shipped TT06 design's SDC (flat_sdc.py's output).
opensta=${OPENSTA_DATA:-/work/shared/data/opensta}
if [ -f "$opensta/gcd_sky130hd.v" ]; then
  cp "$opensta/example1.v" "$corpus/cell-verilog/gen-opensta-example1.v"
  cp "$opensta/reg1_asap7.v" "$corpus/cell-verilog/gen-opensta-reg1-asap7.v"
  cp "$opensta/gcd_sky130hd.v" "$corpus/cell-verilog/gen-opensta-gcd.v"
  cp "$opensta/gcd_sky130hd.sdc" "$corpus/sdc/gen-opensta-gcd.sdc"
fi
cp "$root/netlists/tt_um_3515_sequenceDetector.sdc" "$corpus/sdc/gen-tt06-flat.sdc"

# gzip: members written by the system gzip (levels 1 and 9, empty input, a file name in the
# header, two members one after the other).
gzip -1 -c "$root/netlists/adder-4.aig" > "$corpus/gzip/gen-adder-4.aig.gz"
gzip -9 -n -c "$corpus/spef/hand-rc.spef" > "$corpus/gzip/gen-rc.spef.gz"
gzip -c < /dev/null > "$corpus/gzip/gen-empty.gz"
cat "$corpus/gzip/gen-adder-4.aig.gz" "$corpus/gzip/gen-rc.spef.gz" > "$corpus/gzip/gen-two-members.gz"

echo "make-corpus.sh: $(find "$corpus" -name 'gen-*' | wc -l) generated seeds in $corpus" >&2
