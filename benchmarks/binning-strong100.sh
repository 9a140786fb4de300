#!/usr/bin/env bash
# Strong100, graph stage (852 contigs, 81 genomes; ../shared/data/strong100, see its README):
# graphtool bin on the precomputed inputs (contig table, 136-d TNF, assembly-graph edges with
# read counts, must-differ pairs, markers), from raw TNF + depth and from the provided VAMB
# latent, each model over SEEDS seeds, scored with graphtool bin evaluate (AMBER-style, bp);
# beside it the trivial baselines: every contig its own bin, connected components of the
# graph, k-means (k = 81) on the VAMB latent. The VAE is trained once per seed (its latent cached
# in $CACHE); each model runs on that latent with the default merge along the graph, without it
# (--no-merge), and with the must-differ split before it (--split). Prints per configuration the mean (and min–max)
# of F1, average purity and completeness, and genomes at >90%/<5% and >50%/<10%.
# VAE_FLAGS adds graphtool bin flags to the VAE runs (e.g. "--cannot-link-weight 1"; the latent
# cache is keyed by them). VAMB=path of a vamb 5.0.4 executable adds VAMB's own run per seed: the
# data set has no sequences, so its composition.npz is made from tnf136.npy with VAMB's kernel
# (benchmarks/strong100_vamb_composition.py, run by that vamb's python), its abundance TSV from
# the depth column; contigs of at least 2,000 bp (VAMB's default -m), scored on its
# vae_clusters_unsplit.tsv, with wall time and peak memory.
# usage: benchmarks/binning-strong100.sh    (SEEDS="1 2 3 4 5", MODELS="vae vae+gcn vae+sage vae+gat",
#        EPOCHS=300, GRAPH_EPOCHS=300, TNF_COLUMNS=136, SHARED=../shared by default)
set -euo pipefail
cd "$(dirname "$0")/.."
shared=${SHARED:-$( [ -d ../shared/data ] && echo ../shared || echo ../../shared )}
data=$shared/data/strong100
[ -f "$data/gold.binning" ] || { echo "binning-strong100: $data/gold.binning not found; set SHARED" >&2; exit 1; }
seeds=${SEEDS:-1 2 3 4 5}
models=${MODELS:-vae vae+gcn vae+sage vae+gat}
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
work=$(mktemp -d)
cache=${CACHE:-.build/binning-strong100}   # VAE latents by seed and epochs, reused across runs
mkdir -p "$cache"
trap 'rm -rf "$work"' EXIT
inputs=(--contig-table "$data/contigs.tsv" --tnf "$data/tnf136.npy" --edges "$data/edges.tsv"
        --must-differ "$data/must_differ.tsv" --markers "$data/markers.tsv" --marker-sets "$data/Bacteria.ms"
        --epochs "${EPOCHS:-300}" --graph-epochs "${GRAPH_EPOCHS:-300}" --tnf-columns "${TNF_COLUMNS:-136}" -q)
read -ra vae_flags <<< "${VAE_FLAGS:-}"
key=$(echo "${VAE_FLAGS:-}" | tr -c 'A-Za-z0-9.\n' '_')
score() { "$gt" bin evaluate --gold "$data/gold.binning" "$1" --json; }
run() {  # label, latent (or "vae"), then graphtool bin flags; one JSON line per seed into $work/label.jsonl
    local label=$1 latent=$2; shift 2
    for seed in $seeds; do
        local given=$latent
        [ "$latent" = vae ] && given=$cache/latent-seed$seed-epochs${EPOCHS:-300}-tnf${TNF_COLUMNS:-136}$key.npy
        "$gt" bin "${inputs[@]}" "$@" --latent "$given" --seed "$seed" -o "$work/out"
        score "$work/out/bins.tsv" >> "$work/$label.jsonl"
    done
}
# The VAE on raw TNF + depth, once per seed (its latent.npy is reused below, so every model and
# clustering of a seed sees the same VAE).
for seed in $seeds; do
    latent=$cache/latent-seed$seed-epochs${EPOCHS:-300}-tnf${TNF_COLUMNS:-136}$key.npy
    [ -f "$latent" ] && continue
    "$gt" bin "${inputs[@]}" "${vae_flags[@]}" --model vae --seed "$seed" -o "$work/out"
    cp "$work/out/latent.npy" "$latent"
done
for model in $models; do
    for variant in merge no-merge split+merge; do
        flag=(); [ $variant = no-merge ] && flag=(--no-merge); [ $variant = split+merge ] && flag=(--split)
        run "raw TNF+depth, $model, $variant" vae --model "$model" "${flag[@]}"
        run "VAMB latent, $model, $variant" "$data/vamb_latent32.npy" --model "$model" "${flag[@]}"
    done
done
if [ -n "${VAMB:-}" ]; then
    "$(dirname "$VAMB")/python" benchmarks/strong100_vamb_composition.py "$data" "$work/composition.npz" 2000
    awk -F'\t' 'NR == 1 { print "contigname\tstrong100"; next } { print $1 "\t" $3 }' "$data/contigs.tsv" > "$work/abundance.tsv"
    for seed in $seeds; do
        rm -rf "$work/vamb"
        /usr/bin/time -f "%e %M" -o "$work/vamb-time" "$VAMB" bin default --outdir "$work/vamb" --composition "$work/composition.npz" \
            --abundance_tsv "$work/abundance.tsv" -m 2000 -p 2 --seed "$seed" > "$work/vamb.log" 2>&1
        awk -F'\t' 'BEGIN { print "@Version:0.9.0\n@SampleID:strong100\n@@SEQUENCEID\tBINID" } NR > 1 { print $2 "\t" $1 }' \
            "$work/vamb/vae_clusters_unsplit.tsv" > "$work/vamb.binning"
        score "$work/vamb.binning" >> "$work/peer: VAMB 5.0.4 (>= 2 kb).jsonl"
        echo "VAMB seed $seed: $(cut -d' ' -f1 "$work/vamb-time") s, $(( $(cut -d' ' -f2 "$work/vamb-time") / 1024 )) MB peak" >&2
    done
fi
run "baseline: k-means k=81 on VAMB latent" "$data/vamb_latent32.npy" --model vae --clustering kmeans --clusters 81 --no-merge
# Singletons and graph components, written as bioboxes binnings.
python3 - "$data" "$work" <<'PY'
import sys
data, work = sys.argv[1:]
names = [l.split("\t")[0] for l in open(f"{data}/contigs.tsv").read().splitlines()[1:] if l]
parent = {n: n for n in names}
def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x
for line in open(f"{data}/edges.tsv").read().splitlines()[1:]:
    a, b = line.split("\t")[:2]
    parent[find(a)] = find(b)
for label, bin_of in [("singletons", lambda n: n), ("components", find)]:
    with open(f"{work}/{label}.binning", "w") as out:
        out.write("@Version:0.9.0\n@SampleID:strong100\n@@SEQUENCEID\tBINID\n")
        out.writelines(f"{n}\t{bin_of(n)}\n" for n in names)
PY
score "$work/singletons.binning" > "$work/baseline: singletons.jsonl"
score "$work/components.binning" > "$work/baseline: graph components.jsonl"
python3 - "$work" <<'PY'
import glob, json, os, sys
print(f"{'configuration':<44} {'runs':>4} {'F1':>15} {'purity':>7} {'complete':>8} {'>90/<5':>11} {'>50/<10':>11}")
for path in sorted(glob.glob(f"{sys.argv[1]}/*.jsonl")):
    rows = [json.loads(l) for l in open(path)]
    mean = lambda k: sum(r[k] for r in rows) / len(rows)
    span = lambda k, f: f"{mean(k):{f}} ({min(r[k] for r in rows):{f}}–{max(r[k] for r in rows):{f}})"
    print(f"{os.path.basename(path)[:-6]:<44} {len(rows):>4} {span('f1', '.3f'):>15} {mean('averagePurity'):>7.3f} "
          f"{mean('averageCompleteness'):>8.3f} {span('recovered90_5', '.1f'):>11} {span('recovered50_10', '.1f'):>11}")
PY
