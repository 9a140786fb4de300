#!/usr/bin/env bash
# 1 vs 2 MPI ranks of one thread each (release build, loopback, this machine):
#  - a partition-parallel full-graph GCN epoch on a SIDE×SIDE grid graph (default 1000 → 1M nodes,
#    ~2M undirected edges), METIS parts made by `graphtool partition`, with the bytes each rank
#    sent per epoch beside the bytes the partition predicts (halo rows × widths × 2 + gradients);
#  - `graphtool pretrain --distributed` on the circuits of netlists/ (*.aig), EPOCHS epochs, ROUNDS
#    rounds of 1 then 2 ranks (order alternating), the median wall time of each.
# usage: benchmarks/distributed-scaling.sh [SIDE [EPOCHS [ROUNDS]]]   Needs mpirun (openmpi-bin), python3.
set -euo pipefail
cd "$(dirname "$0")/.."
side=${1:-1000}
epochs=${2:-3}
rounds=${3:-3}
swift build -c release --product graphtool >/dev/null
gt=$PWD/.build/release/graphtool
export OPENBLAS_NUM_THREADS=1 OMPI_ALLOW_RUN_AS_ROOT=1 OMPI_ALLOW_RUN_AS_ROOT_CONFIRM=1
mpi=(mpirun --oversubscribe --bind-to none)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$side" "$work/grid.tsv" <<'PY'
import sys
side, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    for i in range(side):
        for j in range(side):
            v = i * side + j
            if j + 1 < side: f.write(f"{v}\t{v + 1}\n")
            if i + 1 < side: f.write(f"{v}\t{v + side}\n")
PY
for ranks in 1 2; do
    "$gt" partition "$work/grid.tsv" --undirected --parts "$ranks" -o "$work/parts-$ranks" --json \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); print("partition", r["parts"], "parts: owned", r["owned"], "halo", r["halo"], "cut edges", r["cut_edges"])'
    echo "partition-epoch ranks $ranks: $("${mpi[@]}" -np "$ranks" "$gt" bench partition-epoch "$work/parts-$ranks" --threads 1 --epochs 5 --json)"
done

mkdir -p "$work/corpus"
cp netlists/*.aig "$work/corpus/"
for round in $(seq "$rounds"); do
    order="1 2"; [ $((round % 2)) -eq 0 ] && order="2 1"
    for ranks in $order; do
        start=$(date +%s.%N)
        "${mpi[@]}" -np "$ranks" "$gt" pretrain --corpus "$work/corpus" --save "$work/model-$ranks.safetensors" \
            --epochs "$epochs" --distributed --quiet
        python3 -c "print(round($(date +%s.%N) - $start, 3))" >> "$work/pretrain-$ranks.txt"
    done
done
for ranks in 1 2; do
    echo "pretrain ranks $ranks: median $(python3 -c "import statistics,sys; print(round(statistics.median(float(l) for l in open(sys.argv[1])), 2))" "$work/pretrain-$ranks.txt") s wall for $epochs epochs over $rounds rounds ($(tr '\n' ' ' < "$work/pretrain-$ranks.txt"))"
done
