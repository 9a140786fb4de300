#!/usr/bin/env bash
# Builds an end-to-end binning benchmark from a folder of reference genomes (FASTA, plain or
# gzip, one file per genome, all of a file's records one genome): per sample, log-normal genome
# abundances and 2x150 bp reads simulated with wgsim (seeded); a co-assembly of all samples'
# reads with metaSPAdes; per-sample depths from bowtie2 + samtools + jgi_summarize_bam_contig_depths;
# the truth from minimap2 -x asm5 of the contigs against the references (each contig labelled
# with the genome holding its longest alignment; contigs without one are left out and counted).
#
# Writes OUTDIR/contigs.fasta, OUTDIR/assembly_graph.gfa and OUTDIR/contigs.paths (metaSPAdes'),
# OUTDIR/depth.txt (jgi layout), OUTDIR/gold.binning (CAMI bioboxes, with lengths),
# OUTDIR/abundances.tsv (the simulated abundance of each genome in each sample).
#
# usage: scripts/make-binning-benchmark.sh GENOMES_DIR OUTDIR [--samples N] [--seed S]
#        [--coverage C] [--threads T] [--segment BP]
# (defaults: 3 samples, seed 1, mean coverage 20 per sample, 2 threads; --segment keeps the first
# BP bases of each genome, for a small test of the whole path). Installs spades,
# samtools (wgsim), bowtie2, minimap2 and metabat from Debian when they are missing.
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,20p' "$0" >&2; exit 2; }
genomes_dir=$1 out=$2; shift 2
samples=3 seed=1 coverage=20 threads=2 segment=0
while [ $# -gt 0 ]; do
    case $1 in
        --samples) samples=$2; shift 2 ;;
        --seed) seed=$2; shift 2 ;;
        --coverage) coverage=$2; shift 2 ;;
        --threads) threads=$2; shift 2 ;;
        --segment) segment=$2; shift 2 ;;
        *) echo "make-binning-benchmark: unknown option $1" >&2; exit 2 ;;
    esac
done
need=()
for tool in metaspades.py:spades wgsim:samtools samtools:samtools bowtie2:bowtie2 minimap2:minimap2 jgi_summarize_bam_contig_depths:metabat; do
    command -v "${tool%%:*}" >/dev/null || need+=("${tool##*:}")
done
if [ ${#need[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "make-binning-benchmark: installing ${need[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${need[@]}" >/dev/null
fi
mkdir -p "$out/work"
work=$out/work
shopt -s nullglob
files=("$genomes_dir"/*.fa "$genomes_dir"/*.fasta "$genomes_dir"/*.fna "$genomes_dir"/*.fa.gz "$genomes_dir"/*.fasta.gz "$genomes_dir"/*.fna.gz)
[ ${#files[@]} -ge 2 ] || { echo "make-binning-benchmark: $genomes_dir holds fewer than 2 genomes (.fa .fasta .fna, gzip or not)" >&2; exit 1; }

# References with each record renamed GENOME|n, genome = file name without its extensions (only
# the first --segment bases of each genome when given).
python3 - "$work/references.fa" "$segment" "${files[@]}" <<'PY'
import gzip, os, sys
out = open(sys.argv[1], "w")
segment = int(sys.argv[2])
for path in sys.argv[3:]:
    genome = os.path.basename(path)
    for ext in (".gz", ".fasta", ".fna", ".fa"):
        genome = genome[: -len(ext)] if genome.endswith(ext) else genome
    opener = gzip.open if path.endswith(".gz") else open
    n = kept = 0
    with opener(path, "rt") as f:
        for line in f:
            if segment and kept >= segment:
                break
            if line.startswith(">"):
                n += 1
                out.write(f">{genome}|{n}\n")
            elif line.strip():
                bases = line.strip().upper()[: segment - kept if segment else None]
                kept += len(bases)
                out.write(bases + "\n")
PY

# Per genome and sample: a log-normal abundance (sigma 1), read pairs for `coverage` times the
# sample's mean at that abundance.
python3 - "$work/references.fa" "$samples" "$seed" "$coverage" "$work" "$out/abundances.tsv" <<'PY'
import random, sys, collections
refs, samples, seed, coverage, work, table = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4]), sys.argv[5], sys.argv[6]
size = collections.OrderedDict()
name = None
for line in open(refs):
    if line.startswith(">"):
        name = line[1:].split("|")[0]
        size.setdefault(name, 0)
    else:
        size[name] += len(line.strip())
rng = random.Random(seed)
with open(table, "w") as t, open(f"{work}/plan.tsv", "w") as plan:
    t.write("genome\tlength\t" + "\t".join(f"sample{s + 1}" for s in range(samples)) + "\n")
    row = {g: [] for g in size}
    for s in range(samples):
        raw = {g: rng.lognormvariate(0, 1) for g in size}
        mean = sum(raw.values()) / len(raw)
        for g in size:
            depth = coverage * raw[g] / mean
            row[g].append(depth)
            plan.write(f"{g}\t{s + 1}\t{max(1, round(depth * size[g] / 300))}\n")
    for g in size:
        t.write(f"{g}\t{size[g]}\t" + "\t".join(f"{d:.3f}" for d in row[g]) + "\n")
PY
# Reads: wgsim per genome and sample (its own seed), then one pair of files per sample.
python3 - "$work/references.fa" "$work" <<'PY'
import sys
refs, work = sys.argv[1:]
out = None
for line in open(refs):
    if line.startswith(">"):
        genome = line[1:].split("|")[0]
        out = open(f"{work}/genome-{genome}.fa", "a")
    out.write(line)
PY
for s in $(seq 1 "$samples"); do : > "$work/s$s.1.fq"; : > "$work/s$s.2.fq"; done
k=0
while IFS=$'\t' read -r genome sample pairs; do
    k=$((k + 1))
    wgsim -S $((seed * 1000 + k)) -N "$pairs" -1 150 -2 150 -e 0.001 -r 0 -R 0 \
        "$work/genome-$genome.fa" "$work/r1.fq" "$work/r2.fq" >/dev/null
    cat "$work/r1.fq" >> "$work/s$sample.1.fq"
    cat "$work/r2.fq" >> "$work/s$sample.2.fq"
done < "$work/plan.tsv"
rm -f "$work/r1.fq" "$work/r2.fq"

# Co-assembly of all samples.
cat "$work"/s*.1.fq > "$work/all.1.fq"
cat "$work"/s*.2.fq > "$work/all.2.fq"
rm -rf "$work/spades"
metaspades.py --only-assembler -t "$threads" -m 8 -1 "$work/all.1.fq" -2 "$work/all.2.fq" -o "$work/spades" >/dev/null
rm -f "$work/all.1.fq" "$work/all.2.fq"
cp "$work/spades/contigs.fasta" "$out/contigs.fasta"
cp "$work/spades/assembly_graph_with_scaffolds.gfa" "$out/assembly_graph.gfa"
cp "$work/spades/contigs.paths" "$out/contigs.paths"

# Depths.
bowtie2-build --threads "$threads" -q "$out/contigs.fasta" "$work/contigs" >/dev/null
bams=()
for s in $(seq 1 "$samples"); do
    bowtie2 -p "$threads" --no-unal -x "$work/contigs" -1 "$work/s$s.1.fq" -2 "$work/s$s.2.fq" 2>/dev/null |
        samtools sort -@ "$threads" -o "$work/sample$s.bam" -
    bams+=("$work/sample$s.bam")
done
jgi_summarize_bam_contig_depths --outputDepth "$out/depth.txt" "${bams[@]}" 2>/dev/null

# Truth: the genome with the longest alignment of each contig.
minimap2 -x asm5 -t "$threads" "$work/references.fa" "$out/contigs.fasta" 2>/dev/null > "$work/contigs.paf"
python3 - "$out/contigs.fasta" "$work/contigs.paf" "$out/gold.binning" <<'PY'
import sys, collections
fasta, paf, gold = sys.argv[1:]
length = collections.OrderedDict()
name = None
for line in open(fasta):
    if line.startswith(">"):
        name = line[1:].split()[0]
        length[name] = 0
    else:
        length[name] += len(line.strip())
aligned = collections.defaultdict(collections.Counter)
for line in open(paf):
    f = line.split("\t")
    aligned[f[0]][f[5].split("|")[0]] += int(f[9])  # matching bases
with open(gold, "w") as out:
    out.write("@Version:0.9.0\n@SampleID:mock\n@@SEQUENCEID\tBINID\tLENGTH\n")
    for contig, n in length.items():
        if aligned[contig]:
            out.write(f"{contig}\t{aligned[contig].most_common(1)[0][0]}\t{n}\n")
missing = [c for c in length if not aligned[c]]
print(f"make-binning-benchmark: {len(length)} contigs, {len(length) - len(missing)} labelled, "
      f"{len(missing)} without an alignment ({sum(length[c] for c in missing)} bp) left out of the gold standard", file=sys.stderr)
PY
rm -f "$work"/s*.fq "$work"/genome-*.fa
echo "make-binning-benchmark: wrote $out/contigs.fasta, assembly_graph.gfa, contigs.paths, depth.txt, gold.binning" >&2
