#!/usr/bin/env bash
# End to end from reads: graphtool bin, VAMB 5.0.4 and MetaBAT2 on the same contigs and depths
# (the output of scripts/make-binning-benchmark.sh), in one run, at equal threads, each scored
# by graphtool bin evaluate against DATA/gold.binning; wall time and peak memory from
# /usr/bin/time. graphtool also gets the assembly graph (DATA/assembly_graph.gfa with
# contigs.paths); VAMB gets the depths as its abundance TSV; MetaBAT2 the jgi depth file.
# Contigs of at least 2,000 bp for all three; MetaBAT2 writes bins from 50 kb (its default,
# 200 kb, would drop the small genomes of a mock community; graphtool and VAMB keep every bin).
#
# usage: benchmarks/binning-from-reads.sh DATA [SEEDS]   (SEEDS="1 2 3" by default; THREADS=2;
#        VAMB=path of a vamb executable, else it is installed with pip into .build/vamb-venv; pip
#        takes torch from PyPI, with its CUDA libraries, unless PIP_EXTRA_INDEX_URL names
#        https://download.pytorch.org/whl/cpu; VAMB=none leaves VAMB out. In a venv that already has
#        a CPU torch, `pip install --no-deps vamb==5.0.4 vambcore==0.1.2 pycoverm==0.6.2
#        dadaptation==3.2 loguru==0.7.3 pyhmmer==0.10.15 pyrodigal==3.6.3` gives a working VAMB
#        (with numpy 2 and scikit-learn 1.9 instead of its pins), then VAMB=that-venv/bin/vamb)
# graphtool runs with OPENBLAS_NUM_THREADS=1 unless set (its --threads is the thread count): on
# a loaded machine OpenBLAS' spinning worker threads made the VAE's small products wait (24
# contigs, 300 epochs: 51 s wall for 2 s of CPU, 13 s with one BLAS thread, load ~14).
set -euo pipefail
cd "$(dirname "$0")/.."
data=$1
seeds=${2:-1 2 3}
threads=${THREADS:-2}
for f in contigs.fasta depth.txt gold.binning assembly_graph.gfa contigs.paths; do
    [ -f "$data/$f" ] || { echo "binning-from-reads: $data/$f missing; run scripts/make-binning-benchmark.sh first" >&2; exit 1; }
done
command -v metabat2 >/dev/null || { echo "binning-from-reads: installing metabat" >&2; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq metabat >/dev/null; }
vamb=${VAMB:-}
if [ -z "$vamb" ]; then
    if [ ! -x .build/vamb-venv/bin/vamb ]; then
        echo "binning-from-reads: installing vamb 5.0.4 into .build/vamb-venv" >&2
        python3 -m venv .build/vamb-venv
        .build/vamb-venv/bin/pip install -q vamb==5.0.4
    fi
    vamb=.build/vamb-venv/bin/vamb
fi
swift build -c release --product graphtool >/dev/null
gt=.build/release/graphtool
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# VAMB's abundance TSV: contigname, then the per-sample depths of the jgi file (its columns 4, 6, …).
awk -F'\t' 'NR == 1 { printf "contigname"; for (i = 4; i <= NF; i += 2) printf "\t%s", $i; print ""; next }
            { printf "%s", $1; for (i = 4; i <= NF; i += 2) printf "\t%s", $i; print "" }' "$data/depth.txt" > "$work/abundance.tsv"
timed() {  # label, seed, command…: runs it under /usr/bin/time, appends "label seed seconds kB"
    local label=$1 seed=$2; shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/log" 2>&1 || { cat "$work/log" >&2; return 1; }
    echo "$label $seed $(cat "$work/time")" >> "$work/times"
}
bioboxes() {  # TSV of bin and contig (VAMB) or a folder of bin FASTAs (MetaBAT2) → CAMI binning
    python3 - "$@" <<'PY'
import os, sys
kind, source, out = sys.argv[1:]
rows = []
if kind == "vamb":
    for line in open(source).read().splitlines()[1:]:
        bin_, contig = line.split("\t")[:2]
        rows.append((contig, bin_))
else:
    for name in sorted(os.listdir(source)):
        if name.endswith(".fa"):
            rows += [(l[1:].split()[0], name[:-3]) for l in open(os.path.join(source, name)) if l.startswith(">")]
with open(out, "w") as f:
    f.write("@Version:0.9.0\n@SampleID:mock\n@@SEQUENCEID\tBINID\n")
    f.writelines(f"{c}\t{b}\n" for c, b in rows)
PY
}
for seed in $seeds; do
    rm -rf "$work/gt" "$work/vamb" "$work/metabat"
    timed graphtool "$seed" env OPENBLAS_NUM_THREADS="${OPENBLAS_NUM_THREADS:-1}" "$gt" bin "$data/contigs.fasta" --depth "$data/depth.txt" --graph "$data/assembly_graph.gfa" \
        --paths "$data/contigs.paths" --seed "$seed" --threads "$threads" -q -o "$work/gt"
    "$gt" bin evaluate --gold "$data/gold.binning" "$work/gt/bins.tsv" --json > "$work/score-graphtool-$seed.json"
    if [ "$vamb" != none ]; then
        timed vamb "$seed" "$vamb" bin default --outdir "$work/vamb" --fasta "$data/contigs.fasta" \
            --abundance_tsv "$work/abundance.tsv" -m 2000 -p "$threads" --seed "$seed"
        bioboxes vamb "$work/vamb/vae_clusters_unsplit.tsv" "$work/vamb.binning"
        "$gt" bin evaluate --gold "$data/gold.binning" "$work/vamb.binning" --json > "$work/score-vamb-$seed.json"
    fi
    mkdir -p "$work/metabat"
    timed metabat2 "$seed" metabat2 -i "$data/contigs.fasta" -a "$data/depth.txt" -o "$work/metabat/bin" \
        -m 2000 -s 50000 -t "$threads" --seed "$seed"
    bioboxes metabat "$work/metabat" "$work/metabat.binning"
    "$gt" bin evaluate --gold "$data/gold.binning" "$work/metabat.binning" --json > "$work/score-metabat2-$seed.json"
done
python3 - "$work" <<'PY'
import glob, json, statistics, sys
work = sys.argv[1]
times = [l.split() for l in open(f"{work}/times")]
print(f"{'tool':<10} {'runs':>4} {'F1':>6} {'purity':>7} {'complete':>8} {'>90/<5':>7} {'>50/<10':>8} {'wall s':>7} {'peak MB':>8}")
for tool in ("graphtool", "vamb", "metabat2"):
    scores = [json.load(open(p)) for p in sorted(glob.glob(f"{work}/score-{tool}-*.json"))]
    if not scores:
        print(f"{tool:<10} not run")
        continue
    mine = [(float(s), int(k)) for t, _, s, k in times if t == tool]
    mean = lambda key: statistics.mean(s[key] for s in scores)
    print(f"{tool:<10} {len(scores):>4} {mean('f1'):>6.3f} {mean('averagePurity'):>7.3f} {mean('averageCompleteness'):>8.3f} "
          f"{mean('recovered90_5'):>7.1f} {mean('recovered50_10'):>8.1f} {statistics.median(s for s, _ in mine):>7.1f} "
          f"{max(k for _, k in mine) / 1024:>8.0f}")
PY
